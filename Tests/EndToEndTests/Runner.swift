import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `ecsec` binary, as a user would, and captures what it prints.
struct Runner {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// The binary next to the test bundle (SwiftPM builds it because this target depends on it).
    static let binary: String = {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("ecsec").path
    }()

    /// How long one run may take before it is ended and reported as timed out.
    static let timeLimit: Duration = .seconds(120)

    static func run(
        _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:],
        binary: String = Runner.binary, timeLimit: Duration = Runner.timeLimit
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // TZ fixes the zone reports write times in, whatever the machine's /etc/localtime says.
        var env = [
            // English messages unless a test asks for Japanese (a locale naming no language,
            // such as C, gives Japanese).
            "PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no",
            "TZ": "UTC",
        ]
        // The sanitizer runs' settings reach the binary too (leak detection is off there, see
        // scripts/test.sh: the leaks reported are the test harness's).
        for name in ["ASAN_OPTIONS", "TSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[name] { env[name] = value }
        }
        env.merge(environment) { _, new in new }
        process.environment = env
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once: reading one to its end first would deadlock once the
        // other filled its buffer.
        let group = DispatchGroup()
        let collected = Collected()
        for (pipe, isOutput) in [(out, true), (err, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, output: isOutput)
                group.leave()
            }
        }
        let timedOut = !Runner.wait(for: process, upTo: timeLimit)
        group.wait()
        let (stdout, stderr) = collected.values
        return Result(
            status: timedOut ? -1 : process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: (timedOut ? "timed out after \(timeLimit)\n" : "") + String(decoding: stderr, as: UTF8.self))
    }

    /// Waits for `process` to end, at most `limit`; ends it (SIGKILL) and returns `false` when
    /// it does not. Every wait in the tests is bounded, so a hang fails a test instead of the suite.
    static func wait(for process: Process, upTo limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while process.isRunning {
            if ContinuousClock.now > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return false
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return true
    }

    /// What the two reader threads collected.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output = Data()
        private var error = Data()

        func set(_ data: Data, output isOutput: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isOutput { output = data } else { error = data }
        }

        var values: (Data, Data) {
            lock.lock()
            defer { lock.unlock() }
            return (output, error)
        }
    }
}

/// A temporary folder for one test, removed at the end.
final class Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "ecsec-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file(name))) }

    func mode(_ name: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: file(name))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

extension Golden {
    /// Compares with `Tests/EndToEndTests/Golden/NAME`.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(actual, file: Repository.path("Tests/EndToEndTests/Golden/" + name), sourceLocation: sourceLocation)
    }
}
