import ArgumentParser
import SecurityChecklist

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed, and why the score moved. / 前回との差分",
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            Controls are matched by id; a control that declares `replaces` in a newer checklist is
            followed from its old id. Each change has a kind (improved, regressed, changed, added,
            removed) and its impact: its share of the score's change, in points. Impacts plus the
            applicability effect add up to the printed delta exactly (rules in the README).

            Exit status 0; with --fail-on-regression, 1 when any control regressed (for a
            scheduled job).

            Examples:
              ecsec diff shop-2026-Q3.json shop-2026-Q4.json
              ecsec diff shop-2026-Q3.json shop-2026-Q4.json --format markdown -o changes.md
              ecsec diff q3.json q4.json --format json | jq '.changes[] | select(.kind == "regressed")'
            """)
    )

    enum Format: String, OutputFormat {
        case text, json, markdown

        var summary: String {
            switch self {
            case .text: "what changed, mandatory gaps opened and closed first, each with its impact on the score"
            case .json: "the same for programs (ecsec/diff@1, Schemas/diff.schema.json)"
            case .markdown: "the same as a Markdown section to paste into a report or a ticket"
            }
        }
    }

    @Argument(help: "The earlier assessment.")
    var old: String

    @Argument(help: "The later assessment.")
    var new: String

    @Option(help: Format.optionHelp)
    var format: Format = .text

    @OptionGroup var languageOption: LanguageOption

    @Flag(help: "Exit 1 when any control regressed.")
    var failOnRegression = false

    @Flag(help: "Also list controls whose only change is the note.")
    var notes = false

    @OptionGroup var asOf: AsOfOption

    @Option(help: "The checklist file for NEW, when not shipped.")
    var checklist: String?

    @Option(help: "The checklist file for OLD (e.g. the previous version of a custom checklist).")
    var oldChecklist: String?

    @OptionGroup var outputOption: OutputOption

    func run() throws {
        var regressed = false
        let language = languageOption.language
        try reportingFailures(language) {
            let today = asOf.today
            let (newAssessment, newList) = try Documents.assessment(new, checklist: checklist, language)
            let (oldAssessment, oldList) = try Documents.assessment(old, checklist: oldChecklist ?? checklist, language)
            guard oldList.id == newList.id else {
                throw Failure(CLIPhrase.differentChecklists(language, old, oldList.id, new, newList.id))
            }
            let diff = Differ.diff(
                old: oldAssessment, oldChecklist: oldList, new: newAssessment, newChecklist: newList,
                includeNotes: notes, asOf: today)
            regressed = diff.hasRegressions
            let text: String =
                switch format {
                case .json: diff.jsonText()
                case .markdown: diff.markdownText(checklist: newList, oldChecklist: oldList, language: language)
                case .text:
                    diff.text(
                        checklist: newList, oldChecklist: oldList, language: language,
                        style: outputOption.toStandardOutput ? Environment.style(for: 1) : .plain,
                        width: outputOption.toStandardOutput ? min(Environment.columns(1), 120) : 100)
                }
            try outputOption.write(text, inputs: [old, new], language)
        }
        if failOnRegression && regressed { throw ExitCode(1) }
    }
}
