import ArgumentParser
import SecurityChecklist

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report to hand over: Markdown, HTML, CSV for Excel, or OSCAL. / 提出用の報告書を作成します。",
        discussion: """
            markdown  organization, score and level, mandatory measures missing, sections and
                      domains, the action plan with what to do, unknowns with how to find out,
                      N/A reasons, controls by provider, stale answers
            html      the same as one self-contained file (inline CSS and SVG charts, no script,
                      no external request) that prints on A4
            csv       one row per in-scope control, UTF-8 with BOM for Japanese Excel, formula-safe
            oscal     NIST OSCAL 1.0.4 assessment-results JSON (identical output for the same file)

            Examples:
              ecsec report shop-2026-Q4.json --format html -o report.html
              ecsec report shop-2026-Q4.json --format csv -o controls.csv
              ecsec report shop-2026-Q4.json --format oscal -o assessment-results.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html, csv, oscal }

    @Argument(help: "The assessment file.")
    var file: String

    @Option(help: "markdown, html, csv or oscal.")
    var format: Format = .markdown

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var outputOption: OutputOption

    @OptionGroup var checklistOption: ChecklistOption

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let today = asOf.today
            let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            let content = ReportContent(assessment: assessment, checklist: checklist, asOf: today, language: language)
            let text: String =
                switch format {
                case .markdown: content.markdown()
                case .html: content.html()
                case .csv: content.csv()
                case .oscal: content.oscal()
                }
            try outputOption.write(text, exactly: true, inputs: [file], language)
        }
    }
}
