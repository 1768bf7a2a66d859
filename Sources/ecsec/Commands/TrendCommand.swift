import SecurityChecklist

struct TrendCommand: Command {
    static let name = "trend"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Scores over many periods.", "期間ごとのスコアの推移。"),
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            The files are ordered by their period (then creation time). Text shows a table with a
            bar per period and the controls that regressed between any two consecutive periods.

            Examples:
              ecsec trend shop-2026-Q*.json
              ecsec trend shop-*.json --format csv -o trend.csv
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                ファイルは期間の順（同じなら作成日時の順）に並べます。テキストでは期間ごとの棒グラフと、
                続く2つの期間の間で悪化した項目を表示します。

                例:
                  ecsec trend shop-2026-Q*.json
                  ecsec trend shop-*.json --format csv -o trend.csv
                """)
    )

    enum Format: String, OutputFormat {
        case text, csv, json

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "one series per shop: a bar per period and the controls that regressed",
                    "お店ごとに1系列: 期間ごとの棒グラフと、悪化した項目")
            case .csv:
                HelpText.text(
                    "one row per period for Excel (UTF-8 with BOM)",
                    "期間ごとに1行の Excel 向けの形式（BOM付き UTF-8）")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/trend@2, Schemas/trend.schema.json)",
                    "同じ内容をプログラム向けに（ecsec/trend@2、Schemas/trend.schema.json）")
            }
        }
    }

    var files: [String] = []
    var format: Format = .text
    var languageOption = LanguageOption()
    var checklistOption = ChecklistOption()
    var outputOption = OutputOption()

    static let parameters: [Parameter<Self>] = [
        .argument(\.files, "files", help: .text("Assessment files of the same checklist.", "同じチェックリストの評価ファイル。")),
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.languageOption),
        .group(\.checklistOption),
        .group(\.outputOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            var items: [(source: String, assessment: Assessment, checklist: Checklist)] = []
            for file in files {
                let (assessment, list) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
                if let first = items.first, first.checklist.id != list.id {
                    throw Failure(
                        CLIPhrase.differentChecklists(language, first.source, first.checklist.id, file, list.id))
                }
                items.append((file, assessment, list))
            }
            let trend = TrendSet.compute(items)
            for warning in trend.warnings {
                Console.error("ecsec: \(Phrase.warning(language)): " + TerminalText.sanitize(warning.text(language)))
            }
            switch format {
            case .json: try outputOption.write(trend.jsonText(), inputs: files, language)
            case .csv:
                try outputOption.write(trend.csvText(language: language), exactly: true, inputs: files, language)
            case .text:
                try outputOption.write(
                    trend.text(
                        checklist: items[0].checklist, language: language,
                        style: outputOption.toStandardOutput ? Environment.style(for: 1) : .plain,
                        width: min(Environment.columns(1), 120)), inputs: files, language)
            }
        }
    }
}
