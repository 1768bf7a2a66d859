import SecurityChecklist

/// `ecsec sign FILE…`: FILE.sig in OpenSSH's signature format, namespace ecsec.
struct SignCommand: Command {
    static let name = "sign"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Sign files for a reader to check.", "受け取る人が確かめられるよう、ファイルに署名します。"),
        discussion: HelpText.reflow(
            """
            Writes FILE.sig beside each FILE: an OpenSSH signature (PROTOCOL.sshsig, namespace
            ecsec) of the file's bytes, made with your key (ecsec key new). Sign the assessment
            and the report you hand over; after any change, sign again. The reader checks it with
            ecsec verify, or with OpenSSH alone:
              ssh-keygen -Y verify -f allowed_signers -I IDENTITY -n ecsec -s FILE.sig < FILE

            Example:
              ecsec sign shop-2026-Q4.json shop-2026-Q4-report.html
            """,
            ja: """
                各 FILE の隣に FILE.sig を書きます。あなたの鍵（ecsec key new）で、ファイルの中身に
                OpenSSH 形式の署名（PROTOCOL.sshsig、namespace は ecsec）をします。渡す評価ファイルと
                報告書に署名し、変更したら署名し直してください。受け取った人は ecsec verify か、
                OpenSSH だけで確かめられます:
                  ssh-keygen -Y verify -f allowed_signers -I IDENTITY -n ecsec -s FILE.sig < FILE

                例:
                  ecsec sign shop-2026-Q4.json shop-2026-Q4-report.html
                """)
    )

    var files: [String] = []
    var key: String?
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .argument(\.files, "files", help: .text("The files to sign.", "署名するファイル。")),
        .option(
            \.key, "key",
            help: .text("The private key (default: see ecsec key --help).", "秘密鍵（既定は ecsec key --help を参照）。"),
            completion: .file(extensions: [])),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let key = try KeyCommand.load(KeyCommand.path(self.key), language)
            // Every file is read before any signature is written: a missing file signs none.
            let contents = try files.map { try DocumentFile.read($0) }
            for (file, bytes) in zip(files, contents) {
                let signature = try key.sign(bytes)
                try DocumentFile.write(Array(signature.utf8), to: file + ".sig", mode: .replace)
                Console.message(SigningPhrase.signed(language, file, file + ".sig"))
            }
            if let file = files.first {
                Console.message(SigningPhrase.verifyHint(language, key.comment, file + ".sig", file))
            }
        }
    }
}
