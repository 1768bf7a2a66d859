import SecurityChecklist

struct ChecklistsCommand: CommandNode {
    static let name = "checklists"
    static let spec = CommandSpec(
        group: name, abstract: HelpText.text("Checklists and questions.", "チェックリストと質問。"),
        discussion: HelpText.reflow(
            """
            Each has an id to pass to `ecsec new --checklist ID`. A checklist of your own works the
            same way: pass its path instead of an id.

            Examples:
              ecsec checklists
              ecsec checklists --format json | jq '.checklists[].id'
              ecsec checklists show ipa-ec-site --profile platform=cart-asp \\
                  --format markdown
            """,
            ja: """
                それぞれのIDを ecsec new --checklist ID に指定します。独自のチェックリストも同じように、
                IDの代わりにファイルのパスを指定して使えます。

                例:
                  ecsec checklists
                  ecsec checklists --format json | jq '.checklists[].id'
                  ecsec checklists show ipa-ec-site --profile platform=cart-asp \\
                      --format markdown
                """),
        subcommands: [ListChecklistsCommand.self, ShowChecklistCommand.self],
        defaultSubcommand: ListChecklistsCommand.self
    )
}

/// `ecsec checklists [list]`: the shipped checklists.
struct ListChecklistsCommand: Command {
    static let name = "list"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("List the shipped checklists.", "同梱のチェックリストの一覧。"),
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)
                """))

    enum Format: String, OutputFormat {
        case text, json

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "one line per checklist: id, version, number of controls, title",
                    "チェックリストごとに1行: ID、版、項目数、タイトル")
            case .json:
                HelpText.text(
                    "the same with each checklist's profile questions, for programs (ecsec/checklists@1)",
                    "同じ内容に各チェックリストの前提条件の質問を加えた、プログラム向けの形式（ecsec/checklists@1）")
            }
        }
    }

    var format: Format = .text
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let catalog = ChecklistCatalog(checklists: try ShippedChecklists.all())
            switch format {
            case .json: Console.out(catalog.jsonText())
            case .text: Console.raw(catalog.text(language: language))
            }
        }
    }
}

/// `ecsec checklists show ID`: every question, to prepare with or to script against.
struct ShowChecklistCommand: Command {
    static let name = "show"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Every question, with why and how.", "すべての質問と、その理由・対策のしかた。"),
        discussion: HelpText.reflow(
            """
            With --profile, only the questions that apply to such a shop (as `assess` would ask
            them).

            Formats (--format):
            \(Format.helpList)

            Examples:
              ecsec checklists show ipa-ec-site --profile platform=cart-asp \\
                  --profile members=yes
              ecsec checklists show ipa-ec-site --format json | jq -r '.controls[].id'
            """,
            ja: """
                --profile を指定すると、そのようなお店に当てはまる質問だけを表示します（assess が聞くとおり）。

                出力形式（--format）:
                \(Format.helpList)

                例:
                  ecsec checklists show ipa-ec-site --profile platform=cart-asp \\
                      --profile members=yes
                  ecsec checklists show ipa-ec-site --format json | jq -r '.controls[].id'
                """)
    )

    enum Format: String, OutputFormat {
        case text, markdown, csv, json

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "every question with why, how and how to check, for the terminal or a printer",
                    "すべての質問と、なぜ必要か・対策のしかた・確認方法（端末や印刷向け）")
            case .markdown:
                HelpText.text(
                    "a printable sheet with checkboxes and the glossary",
                    "チェック欄と用語集の付いた印刷用の質問票")
            case .csv:
                HelpText.text(
                    "one row per question for a spreadsheet (UTF-8 with BOM)",
                    "質問ごとに1行の表計算向けの形式（BOM付き UTF-8）")
            case .json:
                HelpText.text(
                    "every question in both languages, for scripts (ecsec/questions@1)",
                    "すべての質問を日英両方で、スクリプト向けに（ecsec/questions@1）")
            }
        }
    }

    var checklist: String = ""
    var format: Format = .text
    var profileOption = ProfileOption()
    var languageOption = LanguageOption()
    var outputOption = OutputOption()

    static let parameters: [Parameter<Self>] = [
        .argument(
            \.checklist, "checklist",
            help: .text("A shipped checklist id or the path of a checklist file.", "同梱のチェックリストのID、またはチェックリストのファイル。"),
            completion: shippedChecklistIDs),
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.profileOption),
        .group(\.languageOption),
        .group(\.outputOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let checklist = try Documents.checklist(self.checklist, language)
            var values: [ProfileKey: ProfileValue] = [:]
            for entry in profileOption.entries {
                guard let question = checklist.profileQuestion(entry.key) else {
                    let error = AssessmentEditError.unknownProfileKey(entry.key, valid: checklist.profile.map(\.key))
                    throw Failure("--profile: " + error.message(in: language))
                }
                guard question.option(entry.value) != nil else {
                    let error = AssessmentEditError.unknownProfileValue(
                        entry.key, entry.value, valid: question.options.map(\.value))
                    throw Failure("--profile: " + error.message(in: language))
                }
                values[entry.key] = entry.value
            }
            let sheet = QuestionSheet(checklist: checklist, profile: values)
            switch format {
            case .text:
                try outputOption.write(
                    sheet.text(
                        language: language, width: outputOption.toStandardOutput ? min(Environment.columns(1), 100) : 80
                    ),
                    inputs: [], language)
            case .markdown: try outputOption.write(sheet.markdownText(language: language), inputs: [], language)
            case .csv: try outputOption.write(sheet.csvText(language: language), exactly: true, inputs: [], language)
            case .json: try outputOption.write(sheet.jsonText(), inputs: [], language)
            }
        }
    }
}
