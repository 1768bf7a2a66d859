import SecurityChecklist

struct DiffCommand: Command {
    static let name = "diff"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("What changed, and why the score moved.", "前回との差分と、スコアが動いた理由。"),
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
              ecsec diff shop-2026-Q3.json shop-2026-Q4.json \\
                  --format markdown -o changes.md
              ecsec diff q3.json q4.json --format json \\
                  | jq '.changes[] | select(.kind == "regressed")'
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                項目はIDで対応づけます。新しい版で replaces を持つ項目は、古いIDから引き継ぎます。変更には
                種類（改善、悪化、変更、追加、削除）と影響（スコアの変化のうちその変更の分、点）があります。
                影響と適用範囲の効果を足すと、表示される差分にちょうど一致します（規則は README）。

                終了コードは 0。--fail-on-regression を付けると、悪化した項目があれば 1（定期実行向け）。

                例:
                  ecsec diff shop-2026-Q3.json shop-2026-Q4.json
                  ecsec diff shop-2026-Q3.json shop-2026-Q4.json \\
                      --format markdown -o changes.md
                  ecsec diff q3.json q4.json --format json \\
                      | jq '.changes[] | select(.kind == "regressed")'
                """)
    )

    enum Format: String, OutputFormat {
        case text, json, markdown

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "what changed, mandatory gaps opened and closed first, each with its impact on the score",
                    "変わったこと。必須の対策の抜けが増えた・減ったことを先に、それぞれスコアへの影響とともに")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/diff@1, Schemas/diff.schema.json)",
                    "同じ内容をプログラム向けに（ecsec/diff@1、Schemas/diff.schema.json）")
            case .markdown:
                HelpText.text(
                    "the same as a Markdown section to paste into a report or a ticket",
                    "同じ内容を、報告書やチケットに貼れる Markdown で")
            }
        }
    }

    var old: String = ""
    var new: String = ""
    var format: Format = .text
    var languageOption = LanguageOption()
    var failOnRegression = false
    var notes = false
    var asOf = AsOfOption()
    var checklist: String?
    var oldChecklist: String?
    var outputOption = OutputOption()

    static let parameters: [Parameter<Self>] = [
        .argument(\.old, "old", help: .text("The earlier assessment.", "前の期間の評価ファイル。")),
        .argument(\.new, "new", help: .text("The later assessment.", "後の期間の評価ファイル。")),
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.languageOption),
        .flag(
            \.failOnRegression, "fail-on-regression",
            help: .text("Exit 1 when any control regressed.", "悪化した項目があれば終了コード 1 で終わります。")),
        .flag(\.notes, "notes", help: .text("Also list controls whose only change is the note.", "メモだけが変わった項目も表示します。")),
        .group(\.asOf),
        .option(
            \.checklist, "checklist",
            help: .text("The checklist file for NEW, when not shipped.", "NEW のチェックリストのファイル（同梱でないとき）。"),
            completion: .file(extensions: ["json"])),
        .option(
            \.oldChecklist, "old-checklist",
            help: .text(
                "The checklist file for OLD (e.g. the previous version of a custom checklist).",
                "OLD のチェックリストのファイル（独自チェックリストの前の版など）。"), completion: .file(extensions: ["json"])),
        .group(\.outputOption),
    ]

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
        if failOnRegression && regressed { throw ExitStatus(1) }
    }
}
