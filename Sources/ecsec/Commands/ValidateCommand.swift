import SecurityChecklist

struct ValidateCommand: Command {
    static let name = "validate"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Check files.", "チェックリストと評価ファイルを検証します。"),
        discussion: HelpText.reflow(
            """
            Each file is told apart by its "schema" member. Every problem is listed with the file,
            the JSON path and the valid values. An assessment is also checked against its
            checklist (the shipped one it names, or --checklist). Exit status 0 only when every
            file is valid; warnings do not fail.

            Example:
              ecsec validate Checklists/*.json shop-2026-Q4.json
            """,
            ja: """
                各ファイルは "schema" メンバーで種類を見分けます。問題はすべて、ファイル、JSON のパス、
                有効な値とともに表示します。評価ファイルは、そのチェックリスト（指定された同梱のもの、
                または --checklist）とも照合します。すべてのファイルが有効なときだけ終了コード 0 です。
                警告では失敗しません。

                例:
                  ecsec validate Checklists/*.json shop-2026-Q4.json
                """)
    )

    var files: [String] = []
    var checklist: String?
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .argument(\.files, "files", help: .text("Checklist or assessment files.", "チェックリストまたは評価ファイル。")),
        .option(
            \.checklist, "checklist",
            help: .text("The checklist to check assessments against, when not shipped.", "評価の検証に使うチェックリスト（同梱でないとき）。"),
            completion: .file(extensions: ["json"])),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        var failed = false
        for file in files {
            let problems = check(file, language)
            if !problems.contains(where: { $0.severity == .error }) {
                Console.out("\(TerminalText.sanitize(file)): \(CLIPhrase.valid(language))")
            } else {
                failed = true
            }
            for problem in problems {
                let prefix = problem.severity == .warning ? Phrase.warning(language) + ": " : ""
                Console.error("ecsec: " + TerminalText.sanitize(prefix + problem.text))
            }
        }
        if failed { throw ExitStatus(1) }
    }

    /// One line of what `validate` found, and whether it fails the file.
    struct Problem {
        var severity: Diagnostic.Severity
        var text: String

        static func errors(_ lines: [String]) -> [Problem] { lines.map { Problem(severity: .error, text: $0) } }
    }

    /// What is wrong with `file`, errors and warnings.
    func check(_ file: String, _ language: Language) -> [Problem] {
        let bytes: [UInt8]
        let override: Checklist?
        do {
            bytes = try DocumentFile.read(file)
            override = try self.checklist.map { try Documents.checklist($0, language) }
        } catch let error as LoadError {
            return Problem.errors(error.messages(in: language))
        } catch let failure as Failure {
            return Problem.errors(failure.lines)
        } catch {
            return Problem.errors(["\(file): \(error)"])
        }
        switch Validator.validate(json: bytes, source: file, checklist: override) {
        case .checklist:
            return []
        case .assessment(let assessment, let warnings, let checkedAgainst):
            if checkedAgainst == nil {
                return [
                    Problem(
                        severity: .warning,
                        text: "\(file): " + CLIPhrase.notShippedWarning(language, assessment.checklist.id))
                ]
            }
            return warnings.map { Problem(severity: .warning, text: "\(file): \($0)") }
        case .invalid(let error):
            return Problem.errors(error.messages(in: language))
        }
    }
}
