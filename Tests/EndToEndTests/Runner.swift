import Foundation
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
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("ecsec").path
    }()

    static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:], binary: String = Runner.binary) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no"]
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
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
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

/// Golden files under Tests/EndToEndTests/Golden. Run with ECSEC_UPDATE_GOLDEN=1 to rewrite
/// them after an intended change, then review the diff.
enum Golden {
    static let folder: String = {
        let file = "\(#filePath)"
        return String(file[..<file.lastIndex(of: "/")!]) + "/Golden"
    }()

    static let fixtures: String = {
        let file = "\(#filePath)"
        let tests = String(file[..<file.lastIndex(of: "/")!])
        return String(tests[..<tests.lastIndex(of: "/")!]) + "/SecurityChecklistTests/Fixtures"
    }()

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["ECSEC_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        // Compared as bytes: a byte-order mark or CRLF must survive too.
        let expected = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Data(actual.utf8) == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
