import Glibc
import SecurityChecklist

/// `ecsec verify FILE`: the signature, the chain to last quarter, one line per check.
struct VerifyCommand: Command {
    static let name = "verify"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Check a signed file and its chain.", "署名と、前の期間とのつながりを確かめます。"),
        discussion: HelpText.reflow(
            """
            For whoever receives an assessment or a report. Checks, one line each:
              signature  FILE.sig (or --signature) is the signer's signature of FILE, made
                         for ecsec; --signer is an allowed_signers line or a file of them
              previous   with --previous PREV: FILE was started from PREV, and PREV has not
                         changed since (its answers hash is the one FILE recorded)
              evidence   every evidence file the assessment records is there and unchanged
            Exit status 0 when every check passes, 1 when any fails.

            Examples:
              ecsec verify shop-2026-Q4.json --signer allowed_signers
              ecsec verify shop-2027-Q1.json --previous shop-2026-Q4.json \\
                  --signer allowed_signers
            """,
            ja: """
                評価ファイルや報告書を受け取った人のためのコマンドです。1行に1つずつ確かめます:
                  署名      FILE.sig（または --signature）が、署名者による FILE への ecsec 用の署名か。
                            --signer には allowed_signers の1行か、そのファイルを指定します
                  前の期間  --previous PREV を指定すると、FILE が PREV から始められ、その後 PREV が
                            変更されていないか（回答のハッシュが FILE に記録されたものと一致するか）
                  証跡      評価ファイルに記録された証跡のファイルが、そろっていて変わっていないか
                すべて通れば終了コード 0、1つでも通らなければ 1。

                例:
                  ecsec verify shop-2026-Q4.json --signer allowed_signers
                  ecsec verify shop-2027-Q1.json --previous shop-2026-Q4.json \\
                      --signer allowed_signers
                """)
    )

    var file: String = ""
    var signature: String?
    var signer: String?
    var previous: String?
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .argument(
            \.file, "file", help: .text("The signed file (an assessment or a report).", "署名されたファイル（評価ファイルか報告書）。")),
        .option(
            \.signature, "signature", help: .text("The signature (default: FILE.sig).", "署名（既定: FILE.sig）。"),
            completion: .file(extensions: [])),
        .option(
            \.signer, "signer",
            help: .text(
                "Who must have signed: an allowed_signers line, or the path of an allowed_signers file.",
                "署名しているべき人: allowed_signers の1行、またはそのファイルのパス。"), completion: .file(extensions: [])),
        .option(
            \.previous, "previous",
            help: .text(
                "The previous period's assessment FILE must continue.", "FILE が続いているはずの、前の期間の評価ファイル。"),
            completion: .file(extensions: ["json"])),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        var failed = false
        try reportingFailures(language) {
            let bytes = try DocumentFile.read(file)
            func report(_ result: Result<String, Failure>) {
                switch result {
                case .success(let line): Console.message(SigningPhrase.checkPassed(language, line))
                case .failure(let failure):
                    failed = true
                    for line in failure.lines { Console.message(SigningPhrase.checkFailed(language, line)) }
                }
            }
            let signaturePath = signature ?? file + ".sig"
            if signature != nil || signer != nil || access(signaturePath, F_OK) == 0 || previous == nil {
                report(
                    Result { try checkSignature(bytes, at: signaturePath, language) }.mapError {
                        Self.failure($0, language)
                    })
            }
            if let previous {
                report(
                    Result { try checkChain(bytes, previous: previous, language) }.mapError {
                        Self.failure($0, language)
                    })
            }
            // An assessment's evidence files: each still the one recorded.
            if let assessment = try? Assessment(json: bytes, source: file) {
                let files = assessment.answers.values.flatMap { $0.evidence.compactMap(\.file) }
                if !files.isEmpty {
                    let problems = files.compactMap { EvidenceCommand.problem($0, assessment: file, language) }
                    report(
                        problems.isEmpty
                            ? .success(SigningPhrase.evidenceCheck(language, files.count))
                            : .failure(Failure(problems)))
                }
            }
        }
        if failed { throw ExitStatus(1) }
    }

    static func failure(_ error: any Error, _ language: Language) -> Failure {
        if let failure = error as? Failure { return failure }
        if let error = error as? LoadError { return Failure(error.messages(in: language).joined(separator: "; ")) }
        return Failure("\(error)")
    }

    /// The signature check's line, or a failure saying why it did not pass.
    func checkSignature(_ bytes: [UInt8], at path: String, _ language: Language) throws -> String {
        guard access(path, F_OK) == 0 else { throw Failure(SigningPhrase.noSignature(language, path)) }
        let text = String(decoding: try DocumentFile.read(path), as: UTF8.self)
        let parts: SSHSignature.Parts
        do {
            parts = try SSHSignature.parse(text)
        } catch {
            throw Failure(SigningPhrase.problem(error, language, file: path))
        }
        guard let signer else { throw Failure(SigningPhrase.signerNeeded(language)) }
        let candidates = try signers(signer, language)
        guard let allowed = candidates.first(where: { $0.key == parts.publicKey }) else {
            if candidates.count == 1 {
                throw Failure(SigningPhrase.otherSigner(language, parts.publicKey.fingerprint))
            }
            throw Failure(SigningPhrase.signerNotFound(language, signer, parts.publicKey.fingerprint))
        }
        do {
            try SSHSignature.verify(bytes, signature: text, signer: allowed.key)
        } catch {
            throw Failure(SigningPhrase.problem(error, language, file: path))
        }
        return SigningPhrase.signatureCheck(language, allowed.identity, allowed.key.fingerprint)
    }

    /// The signers `value` names: one allowed_signers line, or every line of such a file.
    func signers(_ value: String, _ language: Language) throws -> [AllowedSigner] {
        let lines: [String]
        if access(value, F_OK) == 0 {
            lines = String(decoding: try DocumentFile.read(value), as: UTF8.self).split(separator: "\n").map(
                String.init
            )
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        } else {
            lines = [value]
        }
        var signers: [AllowedSigner] = []
        var problem: SignatureProblem?
        for line in lines {
            do { signers.append(try AllowedSigner(line: line)) } catch { problem = error }
        }
        if signers.isEmpty, let problem { throw Failure(SigningPhrase.problem(problem, language, file: value)) }
        return signers
    }

    /// The chain check's line: FILE names PREV and PREV's answers hash is the one recorded.
    func checkChain(_ bytes: [UInt8], previous path: String, _ language: Language) throws -> String {
        guard let assessment = try? Assessment(json: bytes, source: file) else {
            throw Failure(SigningPhrase.notAnAssessmentForChain(language))
        }
        let earlier = try Assessment(json: DocumentFile.read(path), source: path)
        guard let reference = assessment.previous else { throw Failure(SigningPhrase.chainNoPrevious(language)) }
        guard reference.id == earlier.id else {
            throw Failure(SigningPhrase.chainOtherAssessment(language, reference.id.rawValue, path))
        }
        guard let recorded = reference.answersHash else { throw Failure(SigningPhrase.chainNoHash(language)) }
        guard recorded == earlier.answersHash else {
            throw Failure(SigningPhrase.chainHashDiffers(language, path, earlier.answersHash, recorded))
        }
        return SigningPhrase.chainCheck(language, path)
    }
}
