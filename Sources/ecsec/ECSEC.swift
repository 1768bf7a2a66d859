import ArgumentParser
import SecurityChecklist

@main
struct ECSEC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecsec",
        abstract: "A security self-assessment for small online shops, after IPA's EC-site security guideline.",
        discussion: """
        IPA「ECサイト構築・運用セキュリティガイドライン」に沿って、ネットショップのセキュリティを自己点検します。

        A typical quarter:
          ecsec new shop-2026-Q4.json --organization "Example Shop" --period 2026-Q4 \\
              --profile platform=cart-asp --profile cardHandling=provider
          ecsec answer shop-2026-Q4.json BLD-09 implemented --note "TLS certificate renews automatically"
          ecsec score shop-2026-Q4.json

        Language: --lang ja|en on each command, or from LC_ALL / LC_MESSAGES / LANG.
        Exit status: 0 success, 1 a file or answer problem (one line per problem on stderr), 64 bad usage.
        """,
        version: "0.1.0",
        subcommands: [
            AssessCommand.self, ChecklistsCommand.self, NewCommand.self, AnswerCommand.self, ScoreCommand.self, DiffCommand.self, TrendCommand.self, ReportCommand.self, SummaryCommand.self, ValidateCommand.self,
        ]
    )
}
