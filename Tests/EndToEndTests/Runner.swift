import Foundation
import TestSupport
import Testing

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

    static func run(
        _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:],
        binary: String = Runner.binary
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // TZ fixes the zone reports write times in, whatever the machine's /etc/localtime says.
        var env = [
            "PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no", "TZ": "UTC",
        ]
        // The sanitizer runs' settings reach the binary too (leak detection is off there, see
        // scripts/test.sh: the leaks reported are the harness's and ArgumentParser's error paths).
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
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
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
