import Dispatch
import Glibc
import SecurityChecklist
import Synchronization

/// Walks the paths, reads files in batches on every core, and merges per-batch portfolios.
/// With `rows`, also hands over one row per assessment, batch by batch in the order the files
/// were found (so the output is the same on every run), holding at most the batches in flight.
struct SummaryRun: Sendable {
    let checklists: [ChecklistID: Checklist]
    /// The archived versions of the shipped checklists (not of one given with --checklist): a
    /// file is scored against the version it answers when that ships, else the newest.
    var versions: [ChecklistReference: Checklist] = [:]
    let only: ChecklistID?
    let progress: Progress?
    var rows: RowFormat?
    /// The `-o` file when it exists: if it is one of the files found, the run says so
    /// (``Result/outputIsInput``) and the command writes nothing.
    var output: stat?
    /// Receives the rows, in order, one batch's text at a time (called under a lock).
    var emit: (@Sendable (String) -> Void)?

    enum RowFormat: Sendable { case ndjson, csv }

    struct Result: Sendable {
        var portfolios: [ChecklistID: Portfolio] = [:]
        var skipped: [SkippedFile] = []
        /// This batch's rows as text, when rows were asked for.
        var rows = ""
        /// A file found that is the `-o` file itself.
        var outputIsInput: String?

        mutating func merge(_ other: Result) {
            for (id, portfolio) in other.portfolios {
                if portfolios[id] == nil { portfolios[id] = portfolio } else { portfolios[id]!.merge(portfolio) }
            }
            skipped += other.skipped
            outputIsInput = outputIsInput ?? other.outputIsInput
        }
    }

    func run(_ paths: [String]) -> Result {
        let total = Mutex(Result())
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: 4)  // batches in flight: bounds memory
        // Rows wait here until every earlier batch's rows are out; a batch's slot is freed only
        // then, so at most 4 batches' rows are ever held.
        let ordered = Mutex((next: 0, waiting: [Int: String]()))
        var batch: [String] = []
        var sequence = 0
        batch.reserveCapacity(256)
        func flush() {
            guard !batch.isEmpty else { return }
            let files = batch
            let number = sequence
            sequence += 1
            batch.removeAll(keepingCapacity: true)
            slots.wait()
            group.enter()
            DispatchQueue.global().async {
                var partial = process(files)
                let rows = partial.rows
                partial.rows = ""
                total.withLock { $0.merge(partial) }
                progress?.add(files.count)
                ordered.withLock { state in
                    state.waiting[number] = rows
                    while let ready = state.waiting.removeValue(forKey: state.next) {
                        if !ready.isEmpty { emit?(ready) }
                        state.next += 1
                        slots.signal()
                    }
                }
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
            if let output, let info = fileStatus(file), info.isSameFile(as: output) {
                result.outputIsInput = file
                continue
            }
            let bytes: [UInt8]
            do {
                bytes = try DocumentFile.read(file)
            } catch {
                result.skipped.append(SkippedFile(path: file, reason: .invalid(error)))
                continue
            }
            let assessment: Assessment
            do {
                guard let loaded = try Assessment.loadIfAssessment(json: bytes, source: file) else {
                    result.skipped.append(SkippedFile(path: file, reason: .notAnAssessment))
                    continue
                }
                assessment = loaded
            } catch {
                result.skipped.append(SkippedFile(path: file, reason: .invalid(error)))
                continue
            }
            if let only, assessment.checklist.id != only {
                result.skipped.append(
                    SkippedFile(path: file, reason: .otherChecklist(found: assessment.checklist.id, wanted: only)))
                continue
            }
            guard let checklist = versions[assessment.checklist] ?? checklists[assessment.checklist.id] else {
                result.skipped.append(SkippedFile(path: file, reason: .checklistNotAvailable(assessment.checklist.id)))
                continue
            }
            if let error = assessment.check(against: checklist).first(where: { $0.severity == .error }) {
                result.skipped.append(SkippedFile(path: file, reason: .doesNotFitChecklist(error)))
                continue
            }
            let report = Scorer.score(assessment, with: checklist)
            switch rows {
            case .ndjson: result.rows += AssessmentRow(file: file, assessment: assessment, report: report).ndjsonLine()
            case .csv: result.rows += AssessmentRow(file: file, assessment: assessment, report: report).csvLine()
            case nil: break
            }
            result.portfolios[
                checklist.id,
                default: Portfolio(checklist: ChecklistReference(id: checklist.id, version: checklist.version))
            ]
            .add(report, assessment: assessment)
        }
        return result
    }

}
