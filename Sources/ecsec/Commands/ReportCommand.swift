import ArgumentParser
import SecurityChecklist

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report to hand over. / 提出用の報告書を作成",
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            Dates and times are written in --tz, else TZ, else the system's time zone.

            Examples:
              ecsec report shop-2026-Q4.json --format html -o report.html
              ecsec report shop-2026-Q4.json --previous shop-2026-Q3.json -o report.md
              ecsec report shop-2026-Q4.json --format csv -o controls.csv
              ecsec report shop-2026-Q4.json --format oscal-poam -o poam.json
            """)
    )

    enum Format: String, OutputFormat {
        case markdown, html, csv, oscal
        case oscalPOAM = "oscal-poam"

        /// `md` is Markdown too.
        init?(argument: String) {
            self.init(rawValue: argument == "md" ? "markdown" : argument)
        }

        /// The format a file name's extension asks for (`report.html`), if it names one.
        static func inferred(from path: String) -> Format? {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: ".") else { return nil }
            switch name[name.index(after: dot)...].lowercased() {
            case "html", "htm": return .html
            case "md", "markdown": return .markdown
            case "csv": return .csv
            case "json": return .oscal
            default: return nil
            }
        }

        /// Whether an output named `path` may hold this format (a POA&M is JSON too).
        func fits(_ path: String) -> Bool {
            guard let inferred = Self.inferred(from: path) else { return true }
            return inferred == self || (inferred == .oscal && self == .oscalPOAM)
        }

        var summary: String {
            switch self {
            case .markdown:
                "who and what was assessed, the scope (profile answers, controls excluded), whether the assessment is complete, score and level, the mandatory measures not met (unanswered and N/A told apart), the comparison with --previous, sections and domains, what to fix first, the action plan with owners and due dates, unknowns, N/A reasons, providers, stale answers, a register of every control in scope with its note and evidence, the excluded controls with the profile answer that excluded each, a statement with lines to sign, and how to read the report (self-declared answers, what each level requires, what the priorities mean)"
            case .html:
                "the same as one self-contained file (inline CSS and SVG, no script, no external request) that prints on A4 with page numbers"
            case .csv:
                "one row per in-scope control with the assessment id, organization and period, evidence, owner and due date; UTF-8 with BOM for Japanese Excel"
            case .oscal: "NIST OSCAL 1.0.4 assessment results (identical output for the same file)"
            case .oscalPOAM: "the open gaps with their plans as an OSCAL 1.0.4 plan of action and milestones"
            }
        }
    }

    @Argument(help: "The assessment file.", completion: .file(extensions: ["json"]))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The output format (each is described above); default: from -o's extension (.html, .md, .csv, .json), else markdown."
        ))
    var format: Format?

    @Option(
        help: ArgumentHelp(
            "Compare with the previous period's assessment of the same shop and checklist.", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var previous: String?

    @Option(
        help: ArgumentHelp(
            "Time zone for dates and times, e.g. Asia/Tokyo (default: TZ, else the system's).", valueName: "ZONE"))
    var tz: String?

    @Option(help: "The statement the owner signs at the end of Markdown and HTML (default: a standard one).")
    var statement: NonBlankText?

    @Flag(help: "Leave the statement and signature lines out.")
    var noStatement = false

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var outputOption: OutputOption

    @OptionGroup var checklistOption: ChecklistOption

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let today = asOf.today
            let localTime = try LocalZone.resolve(tz, language)
            let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            var inputs = [file]
            var previousPair: (assessment: Assessment, checklist: Checklist)?
            if let previous {
                previousPair = try Documents.previous(
                    previous, of: assessment, file: file, checklist: checklistOption.checklist, language)
                inputs.append(previous)
            }
            let content = ReportContent(
                assessment: assessment, checklist: checklist, asOf: today, language: language, previous: previousPair,
                localTime: localTime, statement: statement?.text, includeStatement: !noStatement)
            let format = try chosenFormat(language)
            let text: String
            switch format {
            case .markdown: text = content.markdownText()
            case .html: text = content.htmlText()
            case .csv: text = content.csvText()
            case .oscal: text = content.oscalText()
            case .oscalPOAM:
                guard let poam = content.oscalPOAMText() else { throw Failure(CLIPhrase.nothingOpen(language, file)) }
                text = poam
            }
            try outputOption.write(text, exactly: true, inputs: inputs, language)
        }
    }

    /// `--format`, else what `-o`'s extension asks for, else Markdown; a `--format` that the
    /// extension contradicts (`--format csv -o report.html`) is refused.
    func chosenFormat(_ language: Language) throws -> Format {
        let output = outputOption.output
        if let format {
            if let output, !format.fits(output) {
                throw Failure(CLIPhrase.formatMismatch(language, format.rawValue, output))
            }
            return format
        }
        return output.flatMap(Format.inferred(from:)) ?? .markdown
    }
}
