import ArgumentParser
import SecurityChecklist

struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "Checklists and questions. / チェックリストと質問",
        discussion: HelpText.reflow(
            """
            Each has an id to pass to `ecsec new --checklist ID`. A checklist of your own works the
            same way: pass its path instead of an id.

            Examples:
              ecsec checklists
              ecsec checklists --format json | jq '.checklists[].id'
              ecsec checklists show ipa-ec-site --profile platform=cart-asp --format markdown
            """),
        subcommands: [ListChecklistsCommand.self, ShowChecklistCommand.self],
        defaultSubcommand: ListChecklistsCommand.self
    )
}

/// `ecsec checklists [list]`: the shipped checklists.
struct ListChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the shipped checklists. / 同梱の一覧",
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)
            """))

    enum Format: String, OutputFormat {
        case text, json

        var summary: String {
            switch self {
            case .text: "one line per checklist: id, version, number of controls, title"
            case .json: "the same with each checklist's profile questions, for programs (ecsec/checklists@1)"
            }
        }
    }

    @Option(help: Format.optionHelp)
    var format: Format = .text

    @OptionGroup var languageOption: LanguageOption

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
struct ShowChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Every question, with why and how. / 質問の一覧",
        discussion: HelpText.reflow(
            """
            With --profile, only the questions that apply to such a shop (as `assess` would ask
            them).

            Formats (--format):
            \(Format.helpList)

            Examples:
              ecsec checklists show ipa-ec-site --profile platform=cart-asp --profile members=yes
              ecsec checklists show ipa-ec-site --format json | jq -r '.controls[].id'
            """)
    )

    enum Format: String, OutputFormat {
        case text, markdown, csv, json

        var summary: String {
            switch self {
            case .text: "every question with why, how and how to check, for the terminal or a printer"
            case .markdown: "a printable sheet with checkboxes and the glossary"
            case .csv: "one row per question for a spreadsheet (UTF-8 with BOM)"
            case .json: "every question in both languages, for scripts (ecsec/questions@1)"
            }
        }
    }

    @Argument(help: "A shipped checklist id or the path of a checklist file.", completion: shippedChecklistIDs)
    var checklist: String

    @Option(help: Format.optionHelp)
    var format: Format = .text

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile answer as key=value; repeat for each key.", valueName: "key=value"))
    var profile: [ProfileEntry] = []

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var outputOption: OutputOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let checklist = try Documents.checklist(self.checklist, language)
            var values: [ProfileKey: ProfileValue] = [:]
            for entry in profile {
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
