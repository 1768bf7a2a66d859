import Foundation
import Glibc
import TestSupport
import Testing

/// Every command against hostile and broken input: a clear error (each line starting with
/// `ecsec:`) and exit 1, or a safe rendering and exit 0; never a crash; and the input file's
/// bytes and mode unchanged.
@Suite("Bad input, every command")
struct BadInputTests {
    static let valid = Repository.path("Examples/quarters/shop-2026-Q4.json")

    /// How a bad file is made in the scratch folder.
    enum Make: Sendable, CustomTestStringConvertible {
        case missing
        case bytes(String, [UInt8])
        case directory
        case fifo
        case unreadable  // mode 000 (checked as an unprivileged user when running as root)
        case json(String, @Sendable (inout [String: Any]) -> Void)

        var testDescription: String {
            switch self {
            case .missing: "missing"
            case .bytes(let name, _): name
            case .directory: "directory"
            case .fifo: "fifo"
            case .unreadable: "unreadable"
            case .json(let name, _): name
            }
        }
    }

    static func validJSON() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: valid))) as! [String: Any]
    }

    static let cases: [Make] = [
        .missing,
        .bytes("empty", []),
        .bytes("truncated", Array(#"{"schema": "ecsec/assessment@1", "answers": {"MGT-01": {"status": "impl"#.utf8)),
        .bytes(
            "not UTF-8",
            Array(#"{"schema": "ecsec/assessment@1", "organization": ""#.utf8) + [0xC3, 0x28, 0x80] + Array("\"}".utf8)),
        .bytes("UTF-16", [0xFF, 0xFE] + Array("{\"a\":1}".utf8).flatMap { [$0, 0] }),
        .bytes("over 16 MiB", [UInt8](repeating: 0x20, count: 16 * 1024 * 1024 + 1)),
        .bytes(
            "deeply nested",
            Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        .bytes("duplicate keys", Array(#"{"schema": "ecsec/assessment@1", "schema": "ecsec/assessment@1"}"#.utf8)),
        .bytes("not an object", Array("[1, 2, 3]".utf8)),
        .bytes("binary", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }),
        .directory,
        .fifo,
        .unreadable,
        .json("wrong schema") { $0["schema"] = "ecsec/assessment@9" },
        .json("a checklist instead") { $0 = ["schema": "ecsec/checklist@1", "id": "x"] },
        .json("wrong types") { $0["answers"] = ["MGT-01": ["status": 1, "answeredAt": true]] },
        .json("unknown keys") { $0["answerz"] = [:] },
        .json("unknown status") { doc in
            var answers = doc["answers"] as! [String: Any]
            answers["MGT-01"] = ["status": "done", "answeredAt": "2026-10-01T00:00:00Z"]
            doc["answers"] = answers
        },
        .json("N/A without reason") { doc in
            var answers = doc["answers"] as! [String: Any]
            answers["MGT-01"] = ["status": "notApplicable", "answeredAt": "2026-10-01T00:00:00Z"]
            doc["answers"] = answers
        },
        .json("unknown profile value") { doc in
            var profile = doc["profile"] as! [String: Any]
            profile["platform"] = "castle"
            doc["profile"] = profile
        },
        .json("unknown checklist") { doc in doc["checklist"] = ["id": "pci-dss", "version": "4.0"] },
    ]

    static let commands: [[String]] = [
        ["score", "FILE"], ["score", "FILE", "--format", "json"], ["answer", "FILE", "MGT-01", "implemented"],
        ["diff", "VALID", "FILE"], ["diff", "FILE", "VALID"], ["trend", "VALID", "FILE"],
        ["report", "FILE", "--format", "html"],
        ["report", "FILE", "--format", "oscal"], ["report", "FILE", "--format", "csv"], ["validate", "FILE"],
        ["summary", "FILE"],
        ["new", "created.json", "--checklist", "FILE"],
    ]

    @Test("broken files", arguments: cases)
    func broken(_ make: Make) throws {
        let scratch = try Scratch()
        let file = scratch.file("input.json")
        switch make {
        case .missing: break
        case .bytes(_, let bytes): try scratch.write("input.json", bytes: bytes)
        case .directory: try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        case .fifo: #expect(mkfifo(file, 0o644) == 0)
        case .unreadable:
            try FileManager.default.copyItem(atPath: Self.valid, toPath: file)
            chmod(file, 0o000)
        case .json(_, let change):
            var document = try Self.validJSON()
            change(&document)
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
        }
        let before = Self.snapshot(file)
        for command in Self.commands {
            let arguments = command.map { $0 == "FILE" ? file : $0 == "VALID" ? Self.valid : $0 }
            let result = try Self.run(
                arguments, in: scratch.path,
                asUnprivileged: {
                    if case .unreadable = make { return true }
                    return false
                }())
            let label = "\(make.testDescription): ecsec \(command.joined(separator: " "))"
            #expect(result.status < 128, "crashed: \(label)\n\(result)")
            if command[0] == "summary" {
                // A summary skips a bad file and says why; a missing path is skipped too.
                #expect(result.status == 0, "\(label)\n\(result)")
                continue
            }
            if command[0] == "validate", case .json(let name, _) = make, name == "unknown checklist" {
                // Valid as a file; its answers cannot be checked without the checklist (a warning).
                #expect(result.status == 0 && result.stderr.hasPrefix("ecsec: warning: "), "\(label)\n\(result)")
                continue
            }
            if command[0] == "new", case .json = make {
                // An assessment given as --checklist: not a checklist.
                #expect(result.status == 1, "\(label)\n\(result)")
                continue
            }
            #expect(result.status == 1, "\(label)\n\(result)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("ecsec: ") }, "\(label)\n\(result)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("\u{1B}"), "\(label)\n\(result)")
            #expect(Self.snapshot(file) == before, "the input changed: \(label)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("created.json")))
    }

    @Test func hostileTextInEveryFieldRendersSafely() throws {
        let scratch = try Scratch()
        let evil = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m<script>alert(1)</script>=cmd|' /C calc'!A0\u{202E}txt\r\n"
        var document = try Self.validJSON()
        for key in ["organization", "site", "assessor", "period"] { document[key] = evil + key }
        var answers = document["answers"] as! [String: [String: Any]]
        for (id, var answer) in answers {
            answer["note"] = evil + id
            if answer["status"] as? String == "delegated" { answer["provider"] = evil }
            answer["evidence"] = [evil]
            answers[id] = answer
        }
        answers["INC-04"] = ["status": "notApplicable", "reason": evil, "answeredAt": "2026-10-01T00:00:00Z"]
        answers["MGT-07"]?["note"] = String(repeating: "長いメモ", count: 262_144)  // 1 MB note
        document["answers"] = answers
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: scratch.file("evil.json")))
        let file = scratch.file("evil.json")
        let before = Self.snapshot(file)
        for command in [
            ["score", file], ["score", file, "--format", "json"], ["report", file, "--format", "markdown"],
            ["report", file, "--format", "html"], ["report", file, "--format", "csv"],
            ["report", file, "--format", "oscal"],
            ["diff", Self.valid, file, "--notes"], ["trend", Self.valid, file], ["validate", file],
            ["summary", scratch.path],
        ] {
            let result = try Self.run(command, in: scratch.path, environment: ["NO_COLOR": "1"])
            #expect(result.status == 0, "ecsec \(command.joined(separator: " "))\n\(result.stderr.prefix(500))")
            let output = result.stdout + result.stderr
            let json = command.contains("json") || command.contains("oscal")
            // No raw escape, bell, C1 control or bidi override reaches a terminal, except inside
            // JSON, where they are \u escapes.
            for forbidden: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
                #expect(
                    !output.unicodeScalars.contains(forbidden),
                    "\(forbidden.value) in ecsec \(command.joined(separator: " "))")
            }
            if command.contains("html") { #expect(!output.contains("<script")) }
            if command.contains("csv") { #expect(!output.contains(",=cmd") && !output.contains("\n=cmd")) }
            _ = json
        }
        #expect(Self.snapshot(file) == before)
    }

    @Test func readOnlyFolderAndDiskFullKeepTheOldFile() throws {
        let scratch = try Scratch()
        #expect(try Self.run(["new", "shop.json"], in: scratch.path).status == 0)
        let before = Self.snapshot(scratch.file("shop.json"))
        chmod(scratch.path, 0o555)
        defer { chmod(scratch.path, 0o755) }
        let readOnly = try Self.run(
            ["answer", "shop.json", "MGT-01", "implemented"], in: scratch.path, asUnprivileged: true)
        #expect(readOnly.status == 1)
        #expect(
            readOnly.stderr.hasPrefix("ecsec: shop.json: ") && !readOnly.stderr.dropFirst().contains("\necsec"),
            "\(readOnly)")
        #expect(Self.snapshot(scratch.file("shop.json")) == before)
        chmod(scratch.path, 0o755)

        // A full disk, where this machine lets us mount a tiny one (root in CI).
        let disk = scratch.file("tiny")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        guard getuid() == 0, Self.shell("mount -t tmpfs -o size=16k tmpfs '\(disk)'") == 0 else { return }
        defer { _ = Self.shell("umount '\(disk)'") }
        #expect(try Self.run(["new", "shop.json"], in: disk).status == 0)
        let small = Self.snapshot(disk + "/shop.json")
        _ = Self.shell("dd if=/dev/zero of='\(disk)/filler' bs=1k count=64 2>/dev/null")
        let full = try Self.run(
            ["answer", "shop.json", "MGT-01", "implemented", "--note", String(repeating: "x", count: 20_000)], in: disk)
        #expect(full.status == 1, "\(full)")
        #expect(full.stderr == "ecsec: shop.json: the disk is full\n", "\(full)")
        #expect(Self.snapshot(disk + "/shop.json") == small)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == ["filler", "shop.json"])
    }

    // MARK: helpers

    struct Snapshot: Equatable {
        var bytes: Data?
        var mode: Int?
    }

    static func snapshot(_ path: String) -> Snapshot {
        var info = stat()
        let exists = lstat(path, &info) == 0
        let isFile = exists && info.st_mode & S_IFMT == S_IFREG
        return Snapshot(
            bytes: isFile ? (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data([0xFF, 0xFF]) : nil,
            mode: exists ? Int(info.st_mode) : nil)
    }

    /// Runs ecsec; as an unprivileged user when asked and running as root, so permission checks are real.
    static func run(
        _ arguments: [String], in folder: String, environment: [String: String] = [:], asUnprivileged: Bool = false
    ) throws -> Runner.Result {
        guard asUnprivileged, getuid() == 0 else {
            return try Runner.run(arguments, in: folder, environment: environment)
        }
        chmod(
            folder,
            (try? FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int).map {
                mode_t($0 | 0o005)
            } ?? 0o755)
        return try Runner.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", Runner.binary] + arguments, in: folder,
            environment: environment, binary: "/usr/bin/setpriv")
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        return Runner.wait(for: process, upTo: .seconds(60)) ? process.terminationStatus : -1
    }
}
