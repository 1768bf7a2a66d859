import SecurityChecklist

struct ScoreCommand: Command {
    static let name = "score"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Score and what to fix first.", "スコアと、まず取り組むこと。"),
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            Examples:
              ecsec score shop-2026-Q4.json
              ecsec score shop-2026-Q4.json --format json --as-of 2026-12-31 | jq .overall
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                例:
                  ecsec score shop-2026-Q4.json
                  ecsec score shop-2026-Q4.json --format json --as-of 2026-12-31 | jq .overall
                """)
    )

    enum Format: String, OutputFormat {
        case text, json

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "the overall score and level, the mandatory measures missing, per-section and per-domain bars, the highest-priority gaps, the \"don't know\" answers to follow up and answers due for re-checking",
                    "総合スコアとレベル、抜けている必須の対策、セクション別・分野別の棒グラフ、優先度の高い未対策の項目、確認が必要な「わからない」の回答、見直し時期を過ぎた回答")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/score@1, described in the README): same input, same bytes",
                    "同じ内容をプログラム向けに（ecsec/score@1、README に説明）。同じ入力からは同じバイト列")
            }
        }
    }

    var file: String = ""
    var format: Format = .text
    var languageOption = LanguageOption()
    var checklistOption = ChecklistOption()
    var asOf = AsOfOption()
    var top: Int = 10

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.languageOption),
        .group(\.checklistOption),
        .group(\.asOf),
        .option(\.top, "top", help: .text("How many gaps the text lists.", "テキストに表示する未対策の項目の数。")),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let today = asOf.today
            let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            var report = Scorer.score(assessment, with: checklist, asOf: today)
            switch format {
            case .json:
                // Only the JSON carries the hash; the text does not pay for it.
                report.answersHash = assessment.answersHash
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
