import SecurityChecklist

struct ReportCommand: Command {
    static let name = "report"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("A report to hand over.", "提出用の報告書を作成します。"),
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
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                日付と時刻は --tz、なければ TZ、なければシステムのタイムゾーンで書きます。

                例:
                  ecsec report shop-2026-Q4.json -o shop-2026-Q4-report.html
                  ecsec report shop-2026-Q4.json --previous shop-2026-Q3.json -o report.md
                  ecsec report shop-2026-Q4.json --format csv -o controls.csv
                  ecsec report shop-2026-Q4.json --format oscal-poam -o poam.json
                """)
    )

    enum Format: String, OutputFormat {
        case markdown, html, csv, oscal
        case oscalPOAM = "oscal-poam"
        case cardDeclaration = "card-declaration"

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
                || (inferred == .markdown && self == .cardDeclaration)
        }

        var summary: String {
            switch self {
            case .markdown:
                HelpText.text(
                    "who and what was assessed, the scope (profile answers, controls excluded), whether the assessment is complete, score and level, the mandatory measures not met (unanswered and N/A told apart), the comparison with --previous, sections and domains, what to fix first, the action plan with owners and due dates, unknowns, N/A reasons, providers, stale answers, a register of every control in scope with its note and evidence, the excluded controls with the profile answer that excluded each, a statement with lines to sign, and how to read the report (self-declared answers, what each level requires, what the priorities mean)",
                    "点検した組織と対象、範囲（前提条件の回答と対象外の項目）、回答がそろっているか、スコアとレベル、満たしていない必須の対策（未回答と該当しないを区別）、--previous との比較、セクション別・分野別、まず取り組むこと、担当と期限の付いた対策計画、「わからない」の回答、該当しない理由、委託先、古くなった回答、対象の全項目の回答一覧（メモと証跡付き）、対象外の項目とその理由、署名欄付きの確認文、報告書の読み方（自己申告であること、各レベルの条件、優先度の意味）"
                )
            case .html:
                HelpText.text(
                    "the same as one self-contained file (inline CSS and SVG, no script, no external request) that prints on A4 with page numbers",
                    "同じ内容を1つのファイルで（CSS と SVG を内蔵、スクリプトも外部への通信もなし）。A4 にページ番号付きで印刷できます")
            case .csv:
                HelpText.text(
                    "one row per in-scope control with the assessment id, organization and period, evidence, owner and due date; UTF-8 with BOM for Japanese Excel",
                    "対象の項目ごとに1行（評価ID、組織名、期間、証跡、担当、期限付き）。日本語の Excel 向けに BOM付き UTF-8")
            case .oscal:
                HelpText.text(
                    "NIST OSCAL 1.0.4 assessment results (identical output for the same file)",
                    "NIST OSCAL 1.0.4 の assessment results（同じファイルからは同じ出力）")
            case .oscalPOAM:
                HelpText.text(
                    "the open gaps with their plans as an OSCAL 1.0.4 plan of action and milestones",
                    "未対策の項目とその計画を、OSCAL 1.0.4 の対策計画（POA&M）で")
            case .cardDeclaration:
                HelpText.text(
                    "for card-security-ec-merchant answers: item by item, the answer the shop can honestly give on its payment provider's security-checklist declaration (implemented only for measures in place), with the control, note and evidence behind each",
                    "card-security-ec-merchant の回答から: 決済代行会社への「セキュリティ・チェックリスト」の申告で、項目ごとに正直に書ける回答（実施は対策ができている項目だけ）と、その裏付けの項目・メモ・証跡"
                )
            }
        }
    }

    var file: String = ""
    var format: Format?
    var previous: String?
    var tz: String?
    var statement: NonBlankText?
    var noStatement = false
    var languageOption = LanguageOption()
    var outputOption = OutputOption()
    var checklistOption = ChecklistOption()
    var asOf = AsOfOption()

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .option(
            \.format, "format",
            help: .text(
                "The output format (each is described above); default: from -o's extension (.html, .md, .csv, .json), else markdown.",
                "出力形式（内容は上の説明を参照）。既定: -o の拡張子（.html、.md、.csv、.json）から、なければ markdown。")),
        .option(
            \.previous, "previous",
            help: .text(
                "Compare with the previous period's assessment of the same shop and checklist.",
                "同じお店・同じチェックリストの前の期間の評価と比べます。", valueName: "FILE"), completion: .file(extensions: ["json"])),
        .option(
            \.tz, "tz",
            help: .text(
                "Time zone for dates and times, e.g. Asia/Tokyo (default: TZ, else the system's).",
                "日付と時刻のタイムゾーン（例: Asia/Tokyo。既定: TZ、なければシステムのもの）。", valueName: "ZONE")),
        .option(
            \.statement, "statement",
            help: .text(
                "The statement the owner signs at the end of Markdown and HTML (default: a standard one).",
                "Markdown と HTML の最後に置く、署名する確認文（既定: 標準の文）。")),
        .flag(
            \.noStatement, "no-statement", help: .text("Leave the statement and signature lines out.", "確認文と署名欄を入れません。")
        ),
        .group(\.languageOption),
        .group(\.outputOption),
        .group(\.checklistOption),
        .group(\.asOf),
    ]

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
            case .cardDeclaration:
                guard let declaration = content.cardDeclarationMarkdown() else {
                    throw Failure(
                        CLIPhrase.declarationNeedsCard(
                            language, file, ReportContent.cardDeclarationChecklist.rawValue, checklist.id.rawValue,
                            ReportContent.cardDeclarationChecklist.rawValue))
                }
                text = declaration
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
