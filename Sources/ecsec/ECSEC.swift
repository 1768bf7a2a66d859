import Glibc
import SecurityChecklist

/// The root of the command tree: the commands, the help that lists them, and `main`, the
/// executable's edge where the command line is read, a command run and the exit status set.
@main
struct ECSEC: CommandNode {
    static let name = "ecsec"
    /// The release, as `--version` prints it and the probe's User-Agent names it.
    static let version = "0.2.0"

    /// The commands, in the order help lists them.
    static let commands: [any CommandNode.Type] = [
        AssessCommand.self, ChecklistsCommand.self, NewCommand.self, AnswerCommand.self, ScoreCommand.self,
        PlanCommand.self, SetCommand.self, DiffCommand.self, TrendCommand.self, ReportCommand.self,
        SummaryCommand.self, ValidateCommand.self, EvidenceCommand.self, ProbeCommand.self, KeyCommand.self,
        SignCommand.self, VerifyCommand.self,
    ]

    static let spec = CommandSpec(
        group: name,
        abstract: HelpText.text(
            "A security self-assessment for small online shops, after IPA's EC-site security guideline.",
            "IPA「ECサイト構築・運用セキュリティガイドライン」に沿った、ネットショップのセキュリティ自己点検。"),
        discussion: HelpText.reflow(
            """
            IPA「ECサイト構築・運用セキュリティガイドライン」に沿って、ネットショップのセキュリティを自己点検します。

            A typical quarter:
              ecsec new shop-2026-Q4.json --organization "Example Shop" --period 2026-Q4 \\
                  --profile platform=cart-asp --profile cardHandling=provider
              ecsec answer shop-2026-Q4.json BLD-09 implemented \\
                  --note "TLS certificate renews automatically"
              ecsec score shop-2026-Q4.json

            The next quarter starts from the last one (or run ecsec assess shop-2027-Q1.json
            beside last quarter's file, and press Enter when it offers to carry it over):
              ecsec new shop-2027-Q1.json --from shop-2026-Q4.json
              ecsec assess shop-2027-Q1.json

            Language: --lang ja|en on each command, or from LC_ALL / LC_MESSAGES / LANG.

            Exit status: 0 success, 1 a file or answer problem (one line per problem on stderr), 64 bad usage.
            """,
            ja: """
                IPA「ECサイト構築・運用セキュリティガイドライン」に沿って、ネットショップのセキュリティを自己点検します。

                ふだんの四半期:
                  ecsec assess shop-2026-Q4.json        画面で質問に答えます（いつでも q で中断・再開）
                  ecsec score shop-2026-Q4.json         スコアと、まず取り組むこと
                  ecsec report shop-2026-Q4.json -o shop-2026-Q4-report.html

                次の四半期は前の四半期から始めます（前の四半期のファイルと同じフォルダーで
                ecsec assess shop-2027-Q1.json を実行し、引き継ぐか聞かれたら Enter でも同じです）:
                  ecsec new shop-2027-Q1.json --from shop-2026-Q4.json
                  ecsec assess shop-2027-Q1.json

                コマンドから回答することもできます:
                  ecsec answer shop-2026-Q4.json BLD-09 implemented --note "TLS証明書は自動更新"

                言語: 各コマンドの --lang ja|en、またはファイルに保存した言語、LC_ALL / LC_MESSAGES / LANG。

                終了コード: 0 成功、1 ファイルや回答の問題（問題ごとに1行を標準エラーへ）、64 使い方の誤り。
                """),
        subcommands: commands
    )

    /// Reads the command line and runs the command it names, or prints what it asks for
    /// (help, the version, the tool-info dump, a completion script). A mistake on the line is
    /// explained in the user's language with exit status 64 (a value its type refused: 1, as
    /// every other problem with an answer).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The language the owner chose for the file (the terminal UI's L) is the default.
        Environment.noteFileLanguage(arguments: arguments)
        let request: CommandRequest
        do {
            request = try CommandLineReader.read(arguments, root: ECSEC.self)
        } catch {
            let language = Environment.language(languageArgument(in: arguments))
            Console.error(TerminalText.sanitize(error.message(language), keepNewlines: true))
            Glibc.exit(error.status)
        }
        do {
            switch request {
            case .run(let command): try command.run()
            case .help(let path):
                Console.raw(HelpPage.text(path, columns: HelpText.columns, language: HelpText.language))
            case .version: Console.out(version)
            case .toolInfo: Console.raw(ToolInfo.json(spec))
            case .completionScript(let shell): Console.raw(CompletionScript.script(for: shell, root: spec))
            case .manual(let folder, let date):
                let language = Environment.language(languageArgument(in: arguments))
                try reportingFailures(language) {
                    Environment.makeFolders(for: folder + "/ecsec.1")
                    for page in ManualPage.pages(spec, date: date ?? Environment.now().dateText) {
                        try DocumentFile.write(Array(page.text.utf8), to: folder + "/" + page.name, mode: .output)
                    }
                }
            }
            exitIfOutputFailed()
        } catch let exit as ExitStatus {
            exitIfOutputFailed()
            Glibc.exit(exit.code)
        } catch {
            exitIfOutputFailed()
            Console.error("ecsec: " + TerminalText.sanitize(String(describing: error)))
            Glibc.exit(1)
        }
    }

    /// Standard output lost some of what was written: say so, and fail — unless the command
    /// saved the user's file, which is then said on standard error with exit status 0, so a
    /// script does not redo a change that was made.
    static func exitIfOutputFailed() {
        guard let failure = Console.outputFailure else { return }
        let language = Environment.language(languageArgument(in: Array(CommandLine.arguments.dropFirst())))
        if let saved = Console.savedFiles.last {
            Console.error(
                "ecsec: " + TerminalText.sanitize(CLIPhrase.savedDespiteOutput(language, saved, failure.text)))
            Glibc.exit(0)
        }
        Console.error("ecsec: " + CLIPhrase.outputFailed(language, failure.text))
        Glibc.exit(1)
    }

    /// `--lang` as typed, looked up before the command is parsed (`--lang ja`, `--lang=ja`).
    static func languageArgument(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) }
        }
        return nil
    }
}
