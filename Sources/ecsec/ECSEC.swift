import ArgumentParser
import Glibc
import SecurityChecklist

/// A command run by name after `ecsec`. Its configuration names it `name` and `ecsec` as the
/// command above it, so when it is parsed on its own (``ECSEC/parseDirectly(_:)``)
/// ArgumentParser does not look for a completion-script request (the root answers those).
protocol Subcommand: ParsableCommand {
    /// The name typed after `ecsec`: known without building the configuration and its help.
    static var name: String { get }
}

@main
struct ECSEC: ParsableCommand {
    static let name = "ecsec"
    /// The release, as `--version` prints it and the probe's User-Agent names it.
    static let version = "0.2.0"

    /// The commands, in the order help lists them.
    static let commands: [any Subcommand.Type] = [
        AssessCommand.self, ChecklistsCommand.self, NewCommand.self, AnswerCommand.self, ScoreCommand.self,
        PlanCommand.self, SetCommand.self, DiffCommand.self, TrendCommand.self, ReportCommand.self,
        SummaryCommand.self, ValidateCommand.self, EvidenceCommand.self, ProbeCommand.self, KeyCommand.self,
        SignCommand.self, VerifyCommand.self,
    ]

    static let configuration = CommandConfiguration(
        commandName: name,
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
        version: version,
        // Upcast one by one: the array cast would look each conformance up at run time.
        subcommands: commands.map { command -> any ParsableCommand.Type in command }
    )

    /// Parses and runs the command. A value that its type refused (a status, a date, a profile
    /// entry) is reported in the user's language with exit status 1, as every other problem
    /// with an answer is; everything else is ArgumentParser's (help, usage errors: 64).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The language the owner chose for the file (the terminal UI's L) is the default.
        Environment.noteFileLanguage(arguments: arguments)
        do {
            var command = try parseDirectly(arguments) ?? parseAsRoot(arguments)
            try command.run()
            exitIfOutputFailed()
        } catch {
            exitIfOutputFailed()
            if let refused = RefusedArgument.recorded {
                let language = Environment.language(languageArgument(in: arguments))
                Console.error("ecsec: " + TerminalText.sanitize(refused.message(language)))
                Glibc.exit(1)
            }
            // ArgumentParser's own messages quote what was typed: show it with control
            // characters made visible. Help and completion scripts go out as they are.
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .validationFailure {
                message = UsageMessage.text(
                    message, arguments: arguments,
                    commands: commands.map { $0.name },
                    language: Environment.language(languageArgument(in: arguments)))
            }
            if !message.isEmpty {
                if code == .success {
                    let help = HelpText.localizingParserWords(message)
                    Console.raw(help.hasSuffix("\n") ? help : help + "\n")
                } else {
                    Console.error(TerminalText.sanitize(message, keepNewlines: true))
                }
            }
            exitIfOutputFailed()
            Glibc.exit(code.rawValue)
        }
    }

    /// The command the first argument names, parsed on its own: ArgumentParser then builds the
    /// model of that one command, not of all sixteen (most of its start-up cost), and no other
    /// command's configuration (their help texts) is built to find it. Anything the
    /// command does not accept as given — help, `--version`, a usage error, a refused value — is
    /// left to the root, which parses it again, so every message and exit status reads as it
    /// always has.
    static func parseDirectly(_ arguments: [String]) -> ParsableCommand? {
        // Help and the tool's own requests name the command path from the root: never direct.
        let rootRequests: Set<String> = ["help", "-h", "--help", "--version"]
        guard let name = arguments.first, !name.hasPrefix("-"),
            !arguments.contains(where: {
                rootRequests.contains($0) || $0.hasPrefix("--experimental") || $0.hasPrefix("--generate-")
            }),
            let command = commands.first(where: { $0.name == name })
        else { return nil }
        return try? command.parseAsRoot(Array(arguments.dropFirst()))
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
