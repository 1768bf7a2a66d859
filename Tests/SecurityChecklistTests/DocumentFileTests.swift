import Glibc
import Testing

@testable import SecurityChecklist

@Suite("Reading and writing files")
struct DocumentFileTests {
    /// A fresh folder under the system temporary folder, removed by the caller.
    static func folder() -> String {
        var template = Array("/tmp/ecsec-test-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: path!)
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test func createsNewFilesPrivateAndNeverOverwrites() throws {
        let dir = Self.folder()
        defer { system("rm -rf '\(dir)'") }
        let path = dir + "/a.json"
        try DocumentFile.write(Array("one\n".utf8), to: path, mode: .createNew)
        #expect(Self.mode(path) == 0o600)
        #expect(throws: FileWriteError(path: path, problem: .alreadyExists)) {
            try DocumentFile.write(Array("two\n".utf8), to: path, mode: .createNew)
        }
        #expect(try DocumentFile.read(path) == Array("one\n".utf8))
        // No temporary files left behind.
        #expect(system("test $(ls -A '\(dir)' | wc -l) -eq 1") == 0)
    }

    @Test func replaceKeepsTheFileMode() throws {
        let dir = Self.folder()
        defer { system("rm -rf '\(dir)'") }
        let path = dir + "/a.json"
        try DocumentFile.write(Array("one\n".utf8), to: path, mode: .createNew)
        chmod(path, 0o640)
        try DocumentFile.write(Array("two\n".utf8), to: path, mode: .replace)
        #expect(Self.mode(path) == 0o640)
        #expect(try DocumentFile.read(path) == Array("two\n".utf8))
    }

    @Test func failedWriteLeavesTheOldFile() throws {
        let dir = Self.folder()
        defer {
            chmod(dir, 0o700)
            system("rm -rf '\(dir)'")
        }
        let path = dir + "/a.json"
        try DocumentFile.write(Array("one\n".utf8), to: path, mode: .createNew)
        #expect(throws: FileWriteError.self) {
            try DocumentFile.write(Array("two\n".utf8), to: dir + "/missing/b.json", mode: .replace)
        }
        if getuid() != 0 {
            chmod(dir, 0o500)
            #expect(throws: FileWriteError.self) {
                try DocumentFile.write(Array("two\n".utf8), to: path, mode: .replace)
            }
            chmod(dir, 0o700)
        }
        #expect(try DocumentFile.read(path) == Array("one\n".utf8))
    }

    @Test func refusesWhatIsNotAReadableFile() throws {
        let dir = Self.folder()
        defer { system("rm -rf '\(dir)'") }
        func reason(_ path: String) -> String? {
            do {
                _ = try DocumentFile.read(path)
                return nil
            } catch {
                if case .unreadable(let problem) = error.reason { return problem.text(.en, reading: true) }
                return "\(error)"
            }
        }
        #expect(reason(dir + "/missing.json") == "no such file")
        #expect(reason(dir) == "is a directory, not a file")
        let fifo = dir + "/pipe"
        mkfifo(fifo, 0o600)
        #expect(reason(fifo) == "is not a regular file")
        let empty = dir + "/empty.json"
        try DocumentFile.write([], to: empty, mode: .createNew)
        #expect(reason(empty) == "is empty")
        let large = dir + "/large.json"
        try DocumentFile.write(
            [UInt8](repeating: 0x20, count: DocumentFile.maximumSize + 1), to: large, mode: .createNew)
        #expect(reason(large) == "is too large (16777217 bytes; the limit is 16 MiB)")
        // The same problems in Japanese, for the shop owner.
        #expect(FileProblem.notFound.text(.ja, reading: true) == "ファイルがありません")
        #expect(FileProblem.tooLarge(bytes: 17).text(.ja, reading: true) == "大きすぎます（17 バイト。上限は 16 MiB）")
    }
}
