import SecurityChecklist

/// `ecsec evidence FILE [--check]`: every evidence item, and whether the files are still the
/// ones recorded.
struct EvidenceCommand: Command {
    static let name = "evidence"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("List the evidence behind the answers.", "回答の証跡を一覧します。"),
        discussion: HelpText.reflow(
            """
            Lists every evidence item of the assessment, control by control: its text, its file
            (name, size, SHA-256) and when it was recorded, marked when older than the control's
            review interval. With --check, every evidence file is read again and compared with
            what was recorded: a missing or changed file is listed and the exit status is 1.
            Evidence is added with ecsec answer --evidence TEXT / --evidence-file PATH, or with v
            in ecsec assess.

            Examples:
              ecsec answer shop.json CARD-05 delegated --provider "決済代行" \\
                  --evidence-file non-retention-2026-10.pdf
              ecsec evidence shop.json --check
            """,
            ja: """
                評価ファイルのすべての証跡を、項目ごとに一覧します: 内容、ファイル（名前・大きさ・
                SHA-256）、記録した日。項目の見直し間隔より古いものには印を付けます。--check を付けると、
                証跡のファイルをすべて読み直して記録と比べ、見つからない・変わったファイルを表示して
                終了コード 1 で終わります。証跡は ecsec answer の --evidence・--evidence-file か、
                ecsec assess の v で追加します。

                例:
                  ecsec answer shop.json CARD-05 delegated --provider "決済代行" \\
                      --evidence-file non-retention-2026-10.pdf
                  ecsec evidence shop.json --check
                """)
    )

    var file: String = ""
    var check = false
    var checklistOption = ChecklistOption()
    var languageOption = LanguageOption()
    var asOf = AsOfOption()

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .flag(\.check, "check", help: .text("Read every evidence file again and compare it.", "証跡のファイルを読み直して比べます。")),
        .group(\.checklistOption),
        .group(\.languageOption),
        .group(\.asOf),
    ]

    func run() throws {
        let language = languageOption.language
        var failed = false
        try reportingFailures(language) {
            let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            let today = asOf.today
            var count = 0
            for control in assessment.controlsInScope(of: checklist) {
                guard let answer = assessment.answers[control.id], !answer.evidence.isEmpty else { continue }
                Console.message("\(control.id)  \(control.title[language])  [\(answer.status.label[language])]")
                for item in answer.evidence {
                    count += 1
                    var line = "  - " + item.line()
                    if let age = item.age(asOf: today, language: language) { line += "  (" + age + ")" }
                    if let days = control.reviewEveryDays, item.isOlder(than: days, asOf: today) {
                        line += "  " + Phrase.staleColumn(language)
                    }
                    Console.message(line)
                    guard check, let recorded = item.file else { continue }
                    if let problem = Self.problem(recorded, assessment: file, language) {
                        failed = true
                        Console.message("    " + SigningPhrase.checkFailed(language, problem))
                    } else {
                        Console.message(
                            "    " + SigningPhrase.checkPassed(language, SigningPhrase.evidenceSame(language)))
                    }
                }
            }
            if count == 0 { Console.message(SigningPhrase.noEvidence(language)) }
        }
        if failed { throw ExitStatus(1) }
    }

    /// What is wrong with a recorded evidence file now, or `nil` when it is the same.
    static func problem(_ recorded: EvidenceFile, assessment: String, _ language: Language) -> String? {
        let path = Documents.evidencePath(recorded, for: assessment)
        guard let now = try? DocumentFile.evidenceFile(at: path, recordedAs: recorded.path) else {
            return SigningPhrase.evidenceMissing(language, recorded.path)
        }
        guard now.sha256 == recorded.sha256, now.size == recorded.size else {
            return SigningPhrase.evidenceChanged(language, recorded.path, String(now.sha256.prefix(12)))
        }
        return nil
    }
}
