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

    @Option(help: "Language: ja or en (default from the locale).")
    var lang: Language?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "The checklist file, when not shipped.")
    var checklist: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge stale answers as of this date instead of today.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let language = Environment.language(lang)
        try reportingFailures(language) {
            let today = try parseAsOf(asOf, language)
            let (assessment, checklist) = try Documents.assessment(file, checklist: self.checklist, language)
            let content = ReportContent(assessment: assessment, checklist: checklist, asOf: today, language: language)
            let text: String = switch format {
            case .markdown: content.markdown()
            case .html: content.html()
            case .csv: content.csv()
            case .oscal: content.oscal()
            }
            if let output {
                try Output.write(Array(text.utf8), to: output)
            } else {
                Console.raw(text)
            }
        }
    }
}
