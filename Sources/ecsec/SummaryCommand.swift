import ArgumentParser
import Dispatch
import Glibc
import SecurityChecklist
import Synchronization

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Many shops at once: distribution, levels, what is most often missing. / 多数の店舗の評価をまとめます。",
        discussion: """
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
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "Folders (searched recursively) or assessment files.")
    var paths: [String]

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: "Only assessments of this checklist (a shipped id, or the path of a checklist file).")
    var checklist: String?

    @Option(help: "Language: ja or en (default from the locale).")
    var lang: Language?

    @Option(help: "How many entries the ranked lists show.")
    var top: Int = 10

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one folder or file") }
    }

    func run() throws {
        let language = Environment.language(lang)
        try reportingFailures(language) {
            var checklists: [ChecklistID: Checklist] = [:]
            for shipped in try ShippedChecklists.all() { checklists[shipped.id] = shipped }
            var only: ChecklistID?
            if let reference = checklist {
                let custom = try Documents.checklist(reference, language)
                checklists[custom.id] = custom
                only = custom.id
            }
            let progress = Environment.isTerminal(2) && output == nil ? Progress(language: language) : nil
            let result = SummaryRun(checklists: checklists, only: only, progress: progress).run(paths)
            progress?.finish()
            let portfolios = result.portfolios.values.sorted { $0.checklist.id < $1.checklist.id }
            let skipped = result.skipped.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            switch format {
            case .json:
                try Output.write(Portfolio.jsonText(portfolios, skipped: skipped, top: max(1, top)), to: output)
            case .csv:
                let text = Portfolio.csvText(portfolios, checklists: checklists, language: language)
                if let output { try Output.write(Array(text.utf8), to: output) } else { Console.raw(text) }
            case .text:
                try Output.write(Portfolio.text(portfolios, skipped: skipped, checklists: checklists, language: language,
                                                style: output == nil ? Environment.style(for: 1) : .plain,
                                                width: min(Environment.columns(1), 120), top: max(1, top)), to: output)
            }
        }
    }
}

/// Walks the paths, reads files in batches on every core, and merges per-batch portfolios.
struct SummaryRun: Sendable {
    let checklists: [ChecklistID: Checklist]
    let only: ChecklistID?
    let progress: Progress?

    struct Result: Sendable {
        var portfolios: [ChecklistID: Portfolio] = [:]
        var skipped: [SkippedFile] = []

        mutating func merge(_ other: Result) {
            for (id, portfolio) in other.portfolios {
                if portfolios[id] == nil { portfolios[id] = portfolio } else { portfolios[id]!.merge(portfolio) }
            }
            skipped += other.skipped
        }
    }

    func run(_ paths: [String]) -> Result {
        let total = Mutex(Result())
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: 4)   // batches in flight: bounds memory
        var batch: [String] = []
        batch.reserveCapacity(256)
        func flush() {
            guard !batch.isEmpty else { return }
            let files = batch
            batch.removeAll(keepingCapacity: true)
            slots.wait()
            group.enter()
            DispatchQueue.global().async {
                let partial = process(files)
                total.withLock { $0.merge(partial) }
                progress?.add(files.count)
                slots.signal()
                group.leave()
            }
        }
        for path in paths {
            FileWalker.walk(path) { file, problem in
                if let problem {
                    total.withLock { $0.skipped.append(SkippedFile(path: file, reason: problem)) }
                    return
                }
                batch.append(file)
                if batch.count == 256 { flush() }
            }
        }
        flush()
        group.wait()
        return total.withLock { $0 }
    }

    func process(_ files: [String]) -> Result {
        var result = Result()
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try DocumentFile.read(file)
            } catch {
                result.skipped.append(SkippedFile(path: file, reason: Self.reason(error)))
                continue
            }
            let assessment: Assessment
            do {
                guard let loaded = try Assessment.loadIfAssessment(json: bytes, source: file) else {
                    result.skipped.append(SkippedFile(path: file, reason: "not an assessment (no \"schema\": \"ecsec/assessment@1\")"))
                    continue
                }
                assessment = loaded
            } catch {
                result.skipped.append(SkippedFile(path: file, reason: Self.reason(error)))
                continue
            }
            if let only, assessment.checklist.id != only {
                result.skipped.append(SkippedFile(path: file, reason: "answers checklist \"\(assessment.checklist.id)\", not \"\(only)\""))
                continue
            }
            guard let checklist = checklists[assessment.checklist.id] else {
                result.skipped.append(SkippedFile(path: file, reason: "checklist \"\(assessment.checklist.id)\" is not shipped; pass it with --checklist PATH"))
                continue
            }
            if let error = assessment.check(against: checklist).first(where: { $0.severity == .error }) {
                result.skipped.append(SkippedFile(path: file, reason: error.description))
                continue
            }
            let report = Scorer.score(assessment, with: checklist)
            result.portfolios[checklist.id, default: Portfolio(checklist: ChecklistReference(id: checklist.id, version: checklist.version))]
                .add(report, assessment: assessment)
        }
        return result
    }

    static func reason(_ error: LoadError) -> String {
        error.messages(in: .en).first.map { line in
            line.hasPrefix(error.source + ": ") ? String(line.dropFirst(error.source.count + 2)) : line
        } ?? "unreadable"
    }
}

/// Finds `*.json` files under a folder, depth first, in name order, without following links to folders.
enum FileWalker {
    static func walk(_ path: String, _ visit: (String, String?) -> Void) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            visit(path, FileProblem.notFound.text(.en, reading: true))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            visit(path, nil)
            return
        }
        guard let directory = opendir(path) else {
            visit(path, "cannot open the folder: \(String(cString: strerror(errno)))")
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard lstat(child, &childInfo) == 0 else { continue }
            switch childInfo.st_mode & S_IFMT {
            case S_IFDIR: walk(child, visit)
            case S_IFREG where name.hasSuffix(".json"): visit(child, nil)
            default: continue
            }
        }
    }
}

/// "12000 files read" on stderr, rewritten in place, at most every 1000 files.
final class Progress: Sendable {
    let language: Language
    let count = Atomic<Int>(0)

    init(language: Language) { self.language = language }

    func add(_ files: Int) {
        let before = count.add(files, ordering: .relaxed).oldValue
        if (before + files) / 1000 != before / 1000 {
            Console.errorRaw("\r" + CLIPhrase.summaryProgress(language, before + files))
        }
    }

    func finish() {
        if count.load(ordering: .relaxed) >= 1000 { Console.errorRaw("\r\u{1B}[K") }
    }
}
