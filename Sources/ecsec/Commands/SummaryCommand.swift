import Dispatch
import Glibc
import SecurityChecklist
import Synchronization

struct SummaryCommand: Command {
    static let name = "summary"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Many shops at once.", "多数の店舗の結果をまとめます。"),
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            Rows (--rows):
            \(Rows.helpList)

            For a cart platform, a consultant or an association that collects many shops' results.
            Every *.json file under the given folders (recursively) is read; assessments are grouped
            by checklist. Shows the score distribution (quartiles and a histogram), levels, the
            controls most often missing, mandatory measures missing by how many shops, the providers
            most depended on, and the files skipped with the reason. Files are streamed and read on
            every core; memory does not grow with the number of files. Progress goes to stderr when
            it is a terminal.

            Examples:
              ecsec summary collected/
              ecsec summary collected/ --checklist ipa-ec-site --format json > summary.json
              ecsec summary collected/ --format csv -o missing-by-control.csv
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                行の出力（--rows）:
                \(Rows.helpList)

                カート事業者、コンサルタント、多くのお店の結果を集める団体向けです。指定したフォルダーの
                下（中のフォルダーも含む）の *.json をすべて読み、チェックリストごとにまとめます。スコアの
                分布（四分位と度数）、レベル、よく抜けている項目、必須の対策が抜けているお店の数、頼られて
                いる委託先、読み飛ばしたファイルとその理由を表示します。ファイルは全コアで順に読み、
                ファイル数が増えてもメモリは増えません。標準エラーが端末なら進み具合を表示します。

                例:
                  ecsec summary collected/
                  ecsec summary collected/ --checklist ipa-ec-site --format json > summary.json
                  ecsec summary collected/ --format csv -o missing-by-control.csv
                """)
    )

    enum Format: String, OutputFormat {
        case text, json, csv

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "per checklist: the score distribution, levels, the controls most often missing, providers, duplicate ids, and every file skipped with its reason",
                    "チェックリストごとに: スコアの分布、レベル、よく抜けている項目、委託先、重複したID、読み飛ばしたファイルとその理由")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/summary@1)",
                    "同じ内容をプログラム向けに（ecsec/summary@1）")
            case .csv:
                HelpText.text(
                    "one row per control with how many shops miss it, for Excel (UTF-8 with BOM)",
                    "項目ごとに1行、その対策が抜けているお店の数（Excel 向け、BOM付き UTF-8）")
            }
        }
    }

    enum Rows: String, OutputFormat {
        case ndjson, csv

        var summary: String {
            switch self {
            case .ndjson:
                HelpText.text(
                    "one JSON object per line and assessment, for loading into a database",
                    "評価1件につき1行の JSON オブジェクト（データベースへの読み込み向け）")
            case .csv:
                HelpText.text(
                    "the same rows as CSV with a header (UTF-8 with BOM)",
                    "同じ行を見出し付きの CSV で（BOM付き UTF-8）")
            }
        }
    }

    var paths: [String] = []
    var format: Format = .text
    var checklist: String?
    var languageOption = LanguageOption()
    var top: Int = 10
    var rows: Rows?
    var outputOption = OutputOption()

    static let parameters: [Parameter<Self>] = [
        .argument(
            \.paths, "paths",
            help: .text("Folders (searched recursively) or assessment files.", "フォルダー（中も含めて探します）または評価ファイル。")),
        .option(\.format, "format", help: Format.optionHelp),
        .option(
            \.checklist, "checklist",
            help: .text(
                "Only assessments of this checklist (a shipped id, or the path of a checklist file).",
                "このチェックリストの評価だけを対象にします（同梱のID、またはチェックリストのファイル）。"), completion: shippedChecklistIDs),
        .group(\.languageOption),
        .option(\.top, "top", help: .text("How many entries the ranked lists show.", "ランキングに表示する件数。")),
        .option(
            \.rows, "rows",
            help: .text(
                "Instead of the summary, one row per assessment for a database (each is described above; see docs/at-scale.md).",
                "まとめの代わりに、データベース向けに評価1件につき1行を出力します（内容は上の説明と docs/at-scale.md を参照）。",
                valueName: "format")),
        .group(\.outputOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            var checklists: [ChecklistID: Checklist] = [:]
            for shipped in try ShippedChecklists.all() { checklists[shipped.id] = shipped }
            var only: ChecklistID?
            if let reference = checklist {
                let custom = try Documents.checklist(reference, language)
                checklists[custom.id] = custom
                only = custom.id
            }
            let progress =
                Environment.isTerminal(2) && outputOption.toStandardOutput ? Progress(language: language) : nil
            if let rows {
                try streamRows(rows, checklists: checklists, only: only, progress: progress, language)
                return
            }
            var run = SummaryRun(checklists: checklists, only: only, progress: progress)
            run.versions = try Self.shippedVersions(except: only)
            run.output = outputOption.output.flatMap(fileStatus)
            let result = run.run(paths)
            progress?.finish()
            if let input = result.outputIsInput, let output = outputOption.output {
                throw Failure(CLIPhrase.outputIsInput(language, output, input))
            }
            let portfolios = result.portfolios.values.sorted { $0.checklist.id < $1.checklist.id }
            let skipped = result.skipped.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            switch format {
            case .json:
                try outputOption.write(
                    Portfolio.jsonText(portfolios, skipped: skipped, top: max(1, top)), inputs: paths, language)
            case .csv:
                let text = Portfolio.csvText(portfolios, checklists: checklists, language: language)
                try outputOption.write(text, exactly: true, inputs: paths, language)
            case .text:
                try outputOption.write(
                    Portfolio.text(
                        portfolios, skipped: skipped, checklists: checklists, language: language,
                        style: outputOption.toStandardOutput ? Environment.style(for: 1) : .plain,
                        width: min(Environment.columns(1), 120), top: max(1, top)), inputs: paths, language)
            }
        }
    }

    /// The archived versions of every shipped checklist but `except` (one given with
    /// --checklist); the newest are in `checklists` already.
    static func shippedVersions(except: ChecklistID?) throws -> [ChecklistReference: Checklist] {
        var versions: [ChecklistReference: Checklist] = [:]
        for id in ShippedChecklists.ids where id != except {
            for version in ShippedChecklists.archivedVersions(of: id) {
                if let checklist = try ShippedChecklists.checklist(id, version: version) {
                    versions[ChecklistReference(id: id, version: version)] = checklist
                }
            }
        }
        return versions
    }

    /// `--rows`: streams one row per assessment to standard output or `-o` (written piece by
    /// piece and put in place at the end), and names every skipped file on standard error.
    func streamRows(
        _ format: Rows, checklists: [ChecklistID: Checklist], only: ChecklistID?, progress: Progress?,
        _ language: Language
    ) throws {
        if let output = outputOption.output, let input = paths.first(where: { DocumentFile.sameFile($0, output) }) {
            throw Failure(CLIPhrase.outputIsInput(language, output, input))
        }
        let writer = try outputOption.output.map { SerializedWriter(try DocumentFile.Writer(path: $0, mode: .output)) }
        let failure = Mutex<FileWriteError?>(nil)
        let sink: @Sendable (String) -> Void = { text in
            guard let writer else { return Console.raw(text) }
            do throws(FileWriteError) {
                try writer.file.append(text.utf8)
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
        if format == .csv { sink(AssessmentRow.csvHeader) }
        var run = SummaryRun(checklists: checklists, only: only, progress: progress)
        run.versions = try Self.shippedVersions(except: only)
        run.rows = format == .csv ? .csv : .ndjson
        run.emit = sink
        run.output = outputOption.output.flatMap(fileStatus)
        let result = run.run(paths)
        progress?.finish()
        if let input = result.outputIsInput, let output = outputOption.output {
            throw Failure(CLIPhrase.outputIsInput(language, output, input))  // the writer is dropped: nothing written
        }
        if let error = failure.withLock({ $0 }) { throw error }
        try writer?.file.commit()
        for file in result.skipped.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            Console.error(
                "ecsec: "
                    + TerminalText.sanitize(CLIPhrase.skippedFile(language, file.path, file.reason.text(language))))
        }
    }
}

/// The `-o` writer of `--rows`, shared with the batch threads: `SummaryRun` calls its `emit`
/// under a lock, one batch at a time, so the writer is never used by two threads at once.
final class SerializedWriter: @unchecked Sendable {
    let file: DocumentFile.Writer

    init(_ file: DocumentFile.Writer) { self.file = file }
}
