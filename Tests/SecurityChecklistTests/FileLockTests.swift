import Foundation
import Testing

@testable import SecurityChecklist

@Suite("The writers' lock")
struct FileLockTests {
    /// Writers that take and release one lock as fast as they can only ever see "held":
    /// a lock file its holder removed between another writer's open and its checks is gone,
    /// not planted by someone else.
    @Test func racingWritersOnlyEverSeeTheLockHeld() throws {
        let dir = DocumentFileTests.folder()
        defer { system("rm -rf '\(dir)'") }
        let path = dir + "/shop.json"
        try DocumentFile.write(Array("{}\n".utf8), to: path, mode: .createNew)
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for _ in 0..<400 {
                do throws(FileLockError) {
                    let lock = try FileLock.acquire(for: path, processID: Int32(worker))
                    lock.release()
                    outcomes.add("taken")
                } catch {
                    if case .held = error { outcomes.add("held") } else { outcomes.add(error.description) }
                }
            }
        }
        let counts = outcomes.counts
        #expect(Set(counts.keys).isSubset(of: ["taken", "held"]), "\(counts)")
        #expect((counts["taken"] ?? 0) > 0)
        // Every lock was released and its file removed.
        #expect(access(FileLock.lockPath(for: path), F_OK) != 0)
    }
}

/// What the racing writers saw, counted under a lock.
private final class Outcomes: @unchecked Sendable {
    private let guardLock = NSLock()
    private var seen: [String: Int] = [:]

    func add(_ outcome: String) {
        guardLock.withLock { seen[outcome, default: 0] += 1 }
    }

    var counts: [String: Int] { guardLock.withLock { seen } }
}
