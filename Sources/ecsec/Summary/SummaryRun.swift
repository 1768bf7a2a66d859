import Dispatch
import SecurityChecklist
import Synchronization

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
        let slots = DispatchSemaphore(value: 4)  // batches in flight: bounds memory
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
            guard let checklist = checklists[assessment.checklist.id] else {
                result.skipped.append(SkippedFile(path: file, reason: .checklistNotAvailable(assessment.checklist.id)))
                continue
            }
            if let error = assessment.check(against: checklist).first(where: { $0.severity == .error }) {
                result.skipped.append(SkippedFile(path: file, reason: .doesNotFitChecklist(error)))
                continue
            }
            let report = Scorer.score(assessment, with: checklist)
            result.portfolios[
                checklist.id,
                default: Portfolio(checklist: ChecklistReference(id: checklist.id, version: checklist.version))
            ]
            .add(report, assessment: assessment)
        }
        return result
    }

}
