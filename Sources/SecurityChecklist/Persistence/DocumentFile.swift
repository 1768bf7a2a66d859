#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing the user's files safely.
///
/// Reads refuse what is not a regular file (a directory, a FIFO) and anything over
/// ``maximumSize``. Writes are atomic: a temporary file in the same folder, `fsync`, then
/// `rename` (or `link` when creating, so an existing file is never overwritten), then `fsync`
/// of the folder. A crash leaves the old file or the new one, never a torn one.
public enum DocumentFile {
    /// The largest file read: 16 MiB.
    public static let maximumSize = 16 * 1024 * 1024

    /// How a write treats an existing file.
    public enum WriteMode: Sendable {
        /// Fail if the file exists. The new file gets mode 0600.
        case createNew
        /// Replace the file, keeping its permission bits (0600 if it did not exist).
        case replace
    }

    /// The bytes of the file at `path`.
    /// - Throws: ``LoadError`` with reason `.unreadable` and a message naming what is wrong.
    public static func read(_ path: String) throws(LoadError) -> [UInt8] {
        func fail(_ problem: FileProblem) -> LoadError { LoadError(source: path, reason: .unreadable(problem)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw fail(problem(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail(problem(errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw fail(.isDirectory) }
        guard type == S_IFREG else { throw fail(.notRegularFile) }
        guard info.st_size <= maximumSize else { throw fail(.tooLarge(bytes: Int64(info.st_size))) }
        guard info.st_size > 0 else { throw fail(.empty) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail(problem(errno))
            }
            if count == 0 { break }
            total += count
        }
        if total < bytes.count { bytes.removeLast(bytes.count - total) }
        return bytes
    }

    /// Writes `bytes` to `path` atomically.
    /// - Throws: ``FileWriteError``; the file at `path` is then untouched.
    public static func write(_ bytes: [UInt8], to path: String, mode: WriteMode) throws(FileWriteError) {
        let target = resolvedTarget(path)
        let folder = directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array((folder + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw FileWriteError(path: path, problem: problem(errno, folder: true))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        func fail(_ problem: FileProblem) -> FileWriteError { FileWriteError(path: path, problem: problem) }

        var permissions: mode_t = 0o600
        if case .replace = mode {
            var info = stat()
            if stat(target, &info) == 0 { permissions = info.st_mode & 0o7777 }
        }
        guard fchmod(fd, permissions) == 0 else {
            close(fd)
            throw fail(problem(errno))
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let error = errno
                close(fd)
                throw fail(problem(error))
            }
            written += count
        }
        guard fsync(fd) == 0 else {
            let error = errno
            close(fd)
            throw fail(problem(error))
        }
        guard close(fd) == 0 else { throw fail(problem(errno)) }

        switch mode {
        case .createNew:
            guard link(temporary, target) == 0 else {
                let error = errno
                if error == EEXIST { throw fail(.alreadyExists) }
                throw fail(problem(error))
            }
            unlink(temporary)
        case .replace:
            guard rename(temporary, target) == 0 else { throw fail(problem(errno)) }
        }
        succeeded = true
        syncDirectory(folder)
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Follows a symbolic link at `path`, so saving through a link updates the file it points to.
    static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func syncDirectory(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func problem(_ error: Int32, folder: Bool = false) -> FileProblem {
        switch error {
        case ENOENT: folder ? .folderMissing : .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        case ENOSPC: .diskFull
        case EDQUOT: .quotaExceeded
        case EROFS: .readOnlyFileSystem
        case ENOTDIR: .notAFolderInPath
        case ENAMETOOLONG: .pathTooLong
        case ELOOP: .tooManySymbolicLinks
        case EEXIST: .alreadyExists
        default: .system(code: error, text: String(cString: strerror(error)))
        }
    }
}

/// A save failed; the previous file, if any, is unchanged.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file that could not be written.
    public var path: String
    /// What went wrong.
    public var problem: FileProblem

    /// `path: problem`, in English.
    public var description: String { message(in: .en) }

    /// `path: problem` in `language`; the old file is unchanged.
    public func message(in language: Language) -> String {
        "\(path): " + (problem == .alreadyExists ? problem.text(language, reading: false) : problem.text(language, reading: false))
    }
}
