import ArgumentParser
import SecurityChecklist

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check checklist and assessment files. / チェックリストと評価ファイルを検証します。",
        discussion: """
        Each file is told apart by its "schema" member. Every problem is listed with the file,
        the JSON path and the valid values. An assessment is also checked against its
        checklist (the shipped one it names, or --checklist). Exit status 0 only when every
        file is valid; warnings do not fail.

        Example:
          ecsec validate Checklists/*.json shop-2026-Q4.json
        """
    )

    @Argument(help: "Checklist or assessment files.")
    var files: [String]

    @Option(help: "The checklist to check assessments against, when not shipped.")
    var checklist: String?

    @Option(help: "Language of messages: ja or en (default from the locale).")
    var lang: Language?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file to validate") }
    }

    func run() throws {
        let language = Environment.language(lang)
        var failed = false
        for file in files {
            let problems = check(file, language)
            let errors = problems.filter { !$0.hasPrefix(Phrase.warning(language) + ": ") }
            if errors.isEmpty {
                Console.out("\(TerminalText.sanitize(file)): \(CLIPhrase.valid(language))")
            } else {
                failed = true
            }
            for problem in problems { Console.error("ecsec: " + TerminalText.sanitize(problem)) }
        }
        if failed { throw ExitCode(1) }
    }

    /// Problems as lines; warnings start with "warning: ".
    func check(_ file: String, _ language: Language) -> [String] {
        let bytes: [UInt8]
        let override: Checklist?
        do {
            bytes = try DocumentFile.read(file)
            override = try self.checklist.map { try Documents.checklist($0, language) }
        } catch let error as LoadError {
            return error.messages(in: language)
        } catch let failure as Failure {
            return failure.lines
        } catch {
            return ["\(file): \(error)"]
        }
        switch Validator.validate(json: bytes, source: file, checklist: override) {
        case .checklist:
            return []
        case .assessment(let assessment, let warnings, let checkedAgainst):
            if checkedAgainst == nil {
                return ["\(Phrase.warning(language)): \(file): " + CLIPhrase.notShippedWarning(language, assessment.checklist.id)]
            }
            return warnings.map { "\(Phrase.warning(language)): \(file): \($0)" }
        case .invalid(let error):
            return error.messages(in: language)
        }
    }
}
