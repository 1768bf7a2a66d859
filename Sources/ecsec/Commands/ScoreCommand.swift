import ArgumentParser
import SecurityChecklist

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score and what to fix first. / スコアと優先項目",
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            Examples:
              ecsec score shop-2026-Q4.json
              ecsec score shop-2026-Q4.json --format json --as-of 2026-12-31 | jq .overall
            """)
    )

    enum Format: String, OutputFormat {
        case text, json

        var summary: String {
            switch self {
            case .text:
                "the overall score and level, the mandatory measures missing, per-section and per-domain bars, the highest-priority gaps, the \"don't know\" answers to follow up and answers due for re-checking"
            case .json: "the same for programs (ecsec/score@1, described in the README): same input, same bytes"
            }
        }
    }

    @Argument(help: "The assessment file.")
    var file: String

    @Option(help: Format.optionHelp)
    var format: Format = .text

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var checklistOption: ChecklistOption

    @OptionGroup var asOf: AsOfOption

    @Option(help: "How many gaps the text lists.")
    var top: Int = 10

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let today = asOf.today
            let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            let report = Scorer.score(assessment, with: checklist, asOf: today)
            switch format {
            case .json:
                Console.out(report.jsonText())
            case .text:
                Console.out(
                    report.text(
                        checklist: checklist, language: language, style: Environment.style(for: 1),
                        width: min(Environment.columns(1), 120), gapLimit: max(0, top),
                        more: { left in CLIPhrase.moreGaps(language, left, max(0, top) + left) }))
            }
        }
    }
}
