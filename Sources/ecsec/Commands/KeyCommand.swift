import Glibc
import SecurityChecklist

/// `ecsec key new|show`: the Ed25519 key a shop signs its assessments and reports with.
struct KeyCommand: CommandNode {
    static let name = "key"
    static let spec = CommandSpec(
        group: name, abstract: HelpText.text("The key you sign with.", "署名に使う鍵。"),
        discussion: HelpText.reflow(
            """
            An Ed25519 key pair in OpenSSH's format, so ssh-keygen reads the same files. The
            private key (mode 0600) stays with you; the line `key show` prints goes to whoever
            receives your reports, who checks signatures with ssh-keygen or ecsec verify.
            Default place: $XDG_CONFIG_HOME/ecsec/signing_key (else ~/.config/ecsec/signing_key).

            Examples:
              ecsec key new --identity owner@sakura-zakka.example
              ecsec key show
            """,
            ja: """
                OpenSSH 形式の Ed25519 の鍵ペアです（ssh-keygen でも同じファイルを読めます）。秘密鍵
                （権限 0600）は手元に置き、key show が表示する1行を報告書を受け取る人に渡します。受け取った
                人は ssh-keygen か ecsec verify で署名を確かめます。既定の場所:
                $XDG_CONFIG_HOME/ecsec/signing_key（なければ ~/.config/ecsec/signing_key）。

                例:
                  ecsec key new --identity owner@sakura-zakka.example
                  ecsec key show
                """),
        subcommands: [New.self, Show.self]
    )

    /// The private key's path: as given, else the default under the user's config folder.
    static func path(_ given: String?) -> String {
        if let given { return given }
        let base =
            Environment.variable("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (Environment.variable("HOME") ?? ".") + "/.config"
        return base + "/ecsec/signing_key"
    }

    /// Reads a private key, refusing one that others can read (as ssh does).
    static func load(_ path: String, _ language: Language) throws -> SigningKey {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & 0o077 != 0 {
            let mode = String(status.st_mode & 0o777, radix: 8)
            throw Failure(SigningPhrase.keyPermissions(language, path, mode, path))
        }
        let bytes = try DocumentFile.read(path)
        do {
            return try SigningKey(openSSH: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw Failure(
                SigningPhrase.keyUnreadable(language, path, SigningPhrase.problem(error, language, file: path)))
        }
    }

    struct New: Command {
        static let name = "new"
        static let spec = CommandSpec(
            Self.self, abstract: HelpText.text("Make a signing key.", "署名用の鍵を作ります。"))

        var path: String?
        var identity: String = "ecsec"
        var languageOption = LanguageOption()

        static let parameters: [Parameter<Self>] = [
            .argument(
                \.path, "path",
                help: .text("Where to write the private key (default: see above).", "秘密鍵を書く場所（既定は上の説明を参照）。")),
            .option(
                \.identity, "identity",
                help: .text("Who signs: an address or a name without spaces.", "署名する人: メールアドレスか空白のない名前。")),
            .group(\.languageOption),
        ]

        func run() throws {
            let language = languageOption.language
            try reportingFailures(language) {
                let path = KeyCommand.path(self.path)
                let publicPath = path + ".pub"
                for file in [path, publicPath] where access(file, F_OK) == 0 {
                    throw Failure(SigningPhrase.keyExists(language, file))
                }
                if self.path == nil { Environment.makeFolders(for: path) }
                var random = SystemRandomNumberGenerator()
                let seed = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
                let identity = self.identity.filter { !$0.isWhitespace }
                guard let key = SigningKey(seed: seed, comment: identity.isEmpty ? "ecsec" : identity) else {
                    throw Failure(SigningPhrase.notAKey(language))
                }
                try DocumentFile.write(
                    Array(key.openSSHText(checkInt: UInt32.random(in: 0...UInt32.max, using: &random)).utf8), to: path,
                    mode: .createNew)
                try DocumentFile.write(
                    Array((key.publicKey.openSSHText + " " + key.comment + "\n").utf8), to: publicPath, mode: .createNew
                )
                Console.message(SigningPhrase.keyCreated(language, path, publicPath))
                Console.message(SigningPhrase.keyHint(language))
                Console.out(AllowedSigner(identity: key.comment, key: key.publicKey).line)
            }
        }
    }

    struct Show: Command {
        static let name = "show"
        static let spec = CommandSpec(
            Self.self,
            abstract: HelpText.text(
                "Print the allowed_signers line of a key.", "鍵の allowed_signers の1行を表示します。"))

        var path: String?
        var identity: String?
        var languageOption = LanguageOption()

        static let parameters: [Parameter<Self>] = [
            .argument(
                \.path, "path",
                help: .text("The private key (default: see ecsec key --help).", "秘密鍵（既定は ecsec key --help を参照）。")),
            .option(
                \.identity, "identity", help: .text("Who signs (default: the key's comment).", "署名する人（既定: 鍵のコメント）。")),
            .group(\.languageOption),
        ]

        func run() throws {
            let language = languageOption.language
            try reportingFailures(language) {
                let key = try KeyCommand.load(KeyCommand.path(path), language)
                let name = (identity ?? key.comment).filter { !$0.isWhitespace }
                Console.out(AllowedSigner(identity: name.isEmpty ? "ecsec" : name, key: key.publicKey).line)
            }
        }
    }
}
