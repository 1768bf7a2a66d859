import Foundation
import SecurityChecklist
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Regression tests for what a deliberate attack on ecsec's promises broke: one lock per file
/// however it is named, no file written that ecsec would refuse to read, outputs that never fail
/// silently, ownership kept, nothing left out of a summary, no copies left behind.
@Suite("Reliability under attack", .serialized)
struct ReliabilityTests {
    static let quarter = Repository.quarter("2026-Q4")

    /// A folder with `a.json` (an example quarter) and `b.json`, a symbolic link to it.
    static func aliases() throws -> Scratch {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: quarter, toPath: scratch.file("a.json"))
        #expect(symlink("a.json", scratch.file("b.json")) == 0)
        return scratch
    }

    static func runAsNobody(_ arguments: [String], in folder: String) throws -> Runner.Result {
        chmod(folder, 0o777)
        return try Runner.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", Runner.binary] + arguments, in: folder,
            binary: "/usr/bin/setpriv")
    }

    // 1. One file, one lock, whatever the name.
    @Test func aLockHeldThroughOneNameRefusesAWriterThroughAnother() throws {
        let scratch = try Self.aliases()
        let before = try scratch.bytes("a.json")
        let lock = try FileLock.acquire(for: scratch.file("a.json"), processID: 4242)
        defer { lock.release() }
        #expect(FileLock.lockPath(for: scratch.file("b.json")) == lock.path)
        for name in ["b.json", "./b.json", "../" + URL(fileURLWithPath: scratch.path).lastPathComponent + "/a.json"] {
            let result = try Runner.run(["answer", name, "MGT-01", "notImplemented"], in: scratch.path)
            #expect(result.status == 1, "\(name): \(result)")
            #expect(result.stderr.contains("pid 4242"), "\(result.stderr)")
        }
        #expect(try scratch.bytes("a.json") == before)
    }

    // 2. A planted lock symbolic link is never followed.
    @Test func aPlantedLockLinkIsRefusedAndItsTargetUntouched() throws {
        let scratch = try Self.aliases()
        try scratch.write("victim.txt", "do not touch\n")
        #expect(symlink(scratch.file("victim.txt"), scratch.file(".a.json.lock")) == 0)
        let result = try Runner.run(["answer", "a.json", "MGT-01", "implemented"], in: scratch.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(".a.json.lock"), "\(result.stderr)")
        #expect(try scratch.read("victim.txt") == "do not touch\n")
        // A FIFO in its place is refused as well, without blocking.
        unlink(scratch.file(".a.json.lock"))
        #expect(mkfifo(scratch.file(".a.json.lock"), 0o600) == 0)
        #expect(try Runner.run(["answer", "a.json", "MGT-01", "implemented"], in: scratch.path).status == 1)
    }

    // 3. -o onto a device, /dev/stdout or a FIFO writes into it.
    @Test func outputIntoDevicesStandardOutputAndFIFOs() throws {
        let scratch = try Self.aliases()
        let null = try #require(fileStatus("/dev/null"))
        #expect(try Runner.run(["report", "a.json", "-o", "/dev/null"], in: scratch.path).status == 0)
        let after = try #require(fileStatus("/dev/null"))
        #expect(after.type == S_IFCHR && after.st_rdev == null.st_rdev, "/dev/null is still the device")
        let stdout = try Runner.run(["report", "a.json", "--format", "csv", "-o", "/dev/stdout"], in: scratch.path)
        #expect(stdout.status == 0 && stdout.stdout.contains("MGT-01"), "\(stdout)")
        #expect(mkfifo(scratch.file("pipe"), 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat pipe > received"]
        reader.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        try reader.run()
        let written = try Runner.run(["report", "a.json", "-o", "pipe"], in: scratch.path, timeLimit: .seconds(30))
        #expect(Runner.wait(for: reader, upTo: .seconds(30)), "the FIFO's reader never got an end of file")
        let expected = try Runner.run(["report", "a.json"], in: scratch.path).stdout
        #expect(written.status == 0)
        #expect(try scratch.read("received") == expected)
    }

    // 4. -o onto an input is refused, by identity.
    @Test(arguments: [
        ["report", "a.json", "-o", "b.json"], ["report", "a.json", "-o", "a.json"],
        ["diff", "a.json", "q3.json", "-o", "./b.json"], ["trend", "q3.json", "a.json", "-o", "b.json"],
    ])
    func outputOntoAnInputIsRefused(arguments: [String]) throws {
        let scratch = try Self.aliases()
        try FileManager.default.copyItem(atPath: Repository.quarter("2026-Q3"), toPath: scratch.file("q3.json"))
        let before = try scratch.bytes("a.json")
        let result = try Runner.run(arguments, in: scratch.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("input"), "\(result.stderr)")
        #expect(try scratch.bytes("a.json") == before)
    }

    // 5. Nothing is written that a read would refuse.
    @Test(arguments: [
        ["answer", "a.json", "MGT-01", "implemented", "--evidence", ""],
        ["answer", "a.json", "MGT-01", "implemented", "--evidence", "  "],
        ["new", "n.json", "--period", ""], ["new", "n.json", "--period", " "], ["new", "n.json", "--site", " "],
        ["new", "n.json", "--assessor", ""], ["assess", "n.json", "--period", ""],
    ])
    func writesThatAReadWouldRefuseAreRefused(arguments: [String]) throws {
        let scratch = try Self.aliases()
        let before = try scratch.bytes("a.json")
        let result = try Runner.run(arguments, in: scratch.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("ecsec: "), "\(result.stderr)")
        #expect(try scratch.bytes("a.json") == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("n.json")))
        #expect(try Runner.run(["validate", "a.json"], in: scratch.path).status == 0)
    }

    @Test func aBlankNoteClearsItInsteadOfBreakingTheFile() throws {
        let scratch = try Self.aliases()
        #expect(
            try Runner.run(["answer", "a.json", "MGT-01", "implemented", "--note", "   "], in: scratch.path).status == 0
        )
        #expect(try Runner.run(["validate", "a.json"], in: scratch.path).status == 0)
    }

    @Test func anAnswerThatWouldGrowTheFilePastTheReadLimitIsRefused() throws {
        let scratch = try Self.aliases()
        var text = try scratch.read("a.json")
        // An assessor's name of just under 16 MiB: the file still loads.
        let filler = String(repeating: "a", count: DocumentFile.maximumSize - text.utf8.count - 200)
        text = text.replacingOccurrences(
            of: #""assessor": "[^"]*""#, with: "\"assessor\": \"\(filler)\"", options: .regularExpression)
        try scratch.write("a.json", text)
        #expect(try Runner.run(["validate", "a.json"], in: scratch.path).status == 0)
        let before = try scratch.bytes("a.json")
        let result = try Runner.run(
            ["answer", "a.json", "OPS-09", "partial", "--note", String(repeating: "長い", count: 200)], in: scratch.path)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try scratch.bytes("a.json") == before)
    }

    // 6. Standard output that cannot be written fails the command.
    @Test(arguments: [
        ["report", "a.json"], ["score", "a.json", "--format", "json"], ["checklists"], ["trend", "a.json"],
    ])
    func aFullStandardOutputExitsOne(arguments: [String]) throws {
        let scratch = try Self.aliases()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Runner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        for name in ["ASAN_OPTIONS", "TSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[name] { environment[name] = value }
        }
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(Runner.wait(for: process, upTo: .seconds(60)), "\(arguments) did not end")
        #expect(process.terminationStatus == 1)
        #expect(message.contains("standard output"), "\(message)")
    }

    // 8. A checklist number that would overflow is refused at load.
    @Test func hugeReviewIntervalsAreRefusedAtLoad() throws {
        let scratch = try Self.aliases()
        var checklist = try String(contentsOfFile: Repository.path("Checklists/ipa-ec-site.json"), encoding: .utf8)
        checklist = checklist.replacingOccurrences(
            of: "\"reviewEveryDays\": 365", with: "\"reviewEveryDays\": 9223372036854775807")
        try scratch.write("big.json", checklist)
        let result = try Runner.run(["validate", "big.json"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("reviewEveryDays: must be at most 36525"), "\(result.stderr)")
        let score = try Runner.run(["score", "a.json", "--checklist", "big.json"], in: scratch.path)
        #expect(score.status == 1, "a refusal, not a crash: \(score)")
    }

    @Test(arguments: ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z"])
    func timestampsOutsideTheSupportedYearsAreRefused(timestamp: String) throws {
        let scratch = try Self.aliases()
        let text = try scratch.read("a.json")
        let changed = text.replacingOccurrences(
            of: #""createdAt": "[^"]*""#, with: "\"createdAt\": \"\(timestamp)\"", options: .regularExpression)
        try scratch.write("a.json", changed)
        let result = try Runner.run(["report", "a.json", "--format", "oscal"], in: scratch.path)
        #expect(result.status == 1 && result.stderr.contains("outside the years"), "\(result)")
    }

    // 10. Root keeps a user's file the user's; a lock a root run left does not block the owner.
    @Test(.enabled(if: getuid() == 0, "needs root to give files away"))
    func rootAnsweringAUsersFileKeepsItTheUsers() throws {
        let scratch = try Self.aliases()
        chmod(scratch.path, 0o777)
        #expect(chown(scratch.file("a.json"), 65534, 65534) == 0)
        chmod(scratch.file("a.json"), 0o600)
        #expect(try Runner.run(["answer", "b.json", "MGT-01", "partial"], in: scratch.path).status == 0)
        let info = try #require(fileStatus(scratch.file("a.json")))
        #expect(info.st_uid == 65534 && info.st_gid == 65534 && info.st_mode & 0o777 == 0o600)
        // A lock file a root run leaves behind (as after SIGKILL) belongs to the file's owner.
        let lock = try FileLock.acquire(for: scratch.file("a.json"), processID: 1)
        let lockInfo = try #require(fileStatus(lock.path))
        #expect(lockInfo.st_uid == 65534)
        #expect(link(lock.path, scratch.file("left-behind")) == 0)
        lock.release()
        #expect(rename(scratch.file("left-behind"), lock.path) == 0)
        let owner = try Self.runAsNobody(["answer", "a.json", "MGT-02", "implemented"], in: scratch.path)
        #expect(owner.status == 0, "\(owner)")
    }

    // 11. summary reads or names every *.json entry.
    @Test func summaryNamesEverySkippedEntry() throws {
        let scratch = try Self.aliases()
        try FileManager.default.createDirectory(atPath: scratch.file("folder"), withIntermediateDirectories: false)
        #expect(symlink("nowhere.json", scratch.file("broken.json")) == 0)
        #expect(symlink("folder", scratch.file("folder-link.json")) == 0)
        #expect(mkfifo(scratch.file("fifo.json"), 0o600) == 0)
        let badName = scratch.path + "/bad\u{FFFD}".replacingOccurrences(of: "\u{FFFD}", with: "")
        let raw = Array((badName).utf8) + [0xFF] + Array(".json".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o600)
        }
        #expect(fd >= 0)
        close(fd)
        let result = try Runner.run(["summary", ".", "--format", "json"], in: scratch.path)
        #expect(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checklists = try #require(json["checklists"] as? [[String: Any]])
        #expect(checklists.first?["files"] as? Int == 2, "a.json and the link b.json are both read")
        let skipped = try #require(json["skipped"] as? [[String: String]])
        let reasons = Dictionary(uniqueKeysWithValues: skipped.map { ($0["file"]!, $0["reason"]!) })
        #expect(reasons["./broken.json"] == "a symbolic link to nothing")
        #expect(reasons["./folder-link.json"] == "a link to a folder, not followed")
        #expect(reasons["./fifo.json"]?.contains("not a regular file") == true)
        #expect(reasons.values.contains("the file name is not valid UTF-8"), "\(reasons)")
        #expect(skipped.count == 4)
    }

    // 12. A killed writer's temporary copy is removed by the next write.
    @Test func abandonedTemporaryCopiesAreRemovedByTheNextWrite() throws {
        let scratch = try Self.aliases()
        try scratch.write(".a.json.tmp-AbCdEf", "old copy")
        try scratch.write(".a.json.tmp-GhIjKl", "fresh copy")
        var old = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, scratch.file(".a.json.tmp-AbCdEf"), &old, 0) == 0)
        #expect(try Runner.run(["answer", "b.json", "MGT-01", "implemented"], in: scratch.path).status == 0)
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".a.json.tmp-AbCdEf")))
        #expect(FileManager.default.fileExists(atPath: scratch.file(".a.json.tmp-GhIjKl")), "may still be written")
    }

    // 13. What was typed is shown safely on success and usage paths too.
    @Test(arguments: [
        (["new", "x\u{1B}[31m.json"], "x\\x1B[31m.json"), (["bo\u{1B}[2Jgus"], "bo\\x1B[2Jgus"),
        (["score", "--top", "\u{1B}]0;t\u{07}"], "\\x1B]0;t\\x07"),
    ])
    func typedTextReachesTheTerminalEscaped(arguments: [String], shown: String) throws {
        let scratch = try Scratch()
        let result = try Runner.run(arguments, in: scratch.path)
        let output = result.stdout + result.stderr
        #expect(!output.contains("\u{1B}"), "\(output)")
        #expect(output.contains(shown), "\(output)")
    }
}
