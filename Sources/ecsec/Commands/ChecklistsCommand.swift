import ArgumentParser
import SecurityChecklist

struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "List the shipped checklists. / 同梱のチェックリストを一覧表示します。",
        discussion: """
            Each has an id to pass to `ecsec new --checklist ID`. A checklist of your own works the
            same way: pass its path instead of an id.

            Example:
              ecsec checklists
              ecsec checklists --format json | jq '.checklists[].id'
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let checklists = try ShippedChecklists.all()
            switch format {
            case .json:
                Console.out(ChecklistCatalog(checklists: checklists).jsonText())
            case .text:
                let rows = checklists.map { checklist in
                    [
                        checklist.id.rawValue, checklist.version,
                        CLIPhrase.controlsCount(language, checklist.controls.count), checklist.title[language],
                    ]
                }
                let widths = (0..<3).map { column in rows.map { TerminalText.width($0[column]) }.max() ?? 0 }
                for row in rows {
                    Console.message(
                        (0..<3).map { TerminalText.pad(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  "
                            + row[3])
                }
            }
        }
    }
}
