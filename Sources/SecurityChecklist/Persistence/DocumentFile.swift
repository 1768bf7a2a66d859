import Glibc

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
    public enum WriteMode: Sendable, Hashable {
        /// Fail if the file exists. The new file gets mode 0600.
        case createNew
        /// Replace the file, keeping its permission bits (0600 if it did not exist).
        case replace
        /// Where a command's output goes (`-o`): a regular file (or none) is replaced as with
        /// ``replace``; anything else — a device, a FIFO, a terminal — and any path under `/dev/`
        /// or `/proc/` (`/dev/stdout`) is opened and written, never replaced.
        case output
    }

    /// The bytes of the file at `path`.
    /// - Throws: ``LoadError`` with reason `.unreadable` and a message naming what is wrong.
    public static func read(_ path: String) throws(LoadError) -> [UInt8] {
        func fail(_ problem: FileProblem) -> LoadError { LoadError(source: path, reason: .unreadable(problem)) }
        let file: Descriptor
        let info: stat
        do {
            file = try Descriptor.open(path, O_RDONLY | O_NONBLOCK)
            info = try file.status()
        } catch {
            throw fail(problem(error.code))
        }
        if info.type == S_IFDIR { throw fail(.isDirectory) }
        guard info.type == S_IFREG else { throw fail(.notRegularFile) }
        guard info.st_size <= maximumSize else { throw fail(.tooLarge(bytes: Int64(info.st_size))) }
        guard info.st_size > 0 else { throw fail(.empty) }
        do {
            return try file.readAll(limit: Int(info.st_size))
        } catch {
            throw fail(problem(error.code))
        }
    }

    /// Writes `bytes` to `path` atomically.
    ///
    /// Replacing keeps the file's permission bits, owner and group (when the process may set
    /// them: a root process answering a user's file leaves it the user's).
    /// - Throws: ``FileWriteError``; the file at `path` is then untouched.
    public static func write(_ bytes: [UInt8], to path: String, mode: WriteMode) throws(FileWriteError) {
        if case .output = mode, let info = fileStatus(path), info.type != S_IFREG || isSpecialPath(path) {
            guard info.type != S_IFDIR else { throw FileWriteError(path: path, problem: .isDirectory) }
            do {
                let stream = try Descriptor.open(path, O_WRONLY | O_NOCTTY)
                try stream.write(all: bytes)
                try stream.close()
            } catch {
                throw FileWriteError(path: path, problem: problem(error.code))
            }
            return
        }
        let target = resolvedTarget(path)
        let folder = directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        func fail(_ error: SystemError, folder: Bool = false) -> FileWriteError {
            FileWriteError(path: path, problem: problem(error.code, folder: folder))
        }
        let file: Descriptor
        do {
            file = try Descriptor.temporary(template: folder + "/." + name + ".tmp-XXXXXX")
        } catch {
            throw fail(error, folder: true)
        }
        let temporary = file.path
        // Held while writing, so a later write knows this copy is not abandoned.
        _ = try? file.tryLockExclusively()
        do throws(SystemError) {
            var permissions: mode_t = 0o600
            var existing: stat?
            if mode != .createNew, let info = fileStatus(target) {
                existing = info
                permissions = info.st_mode & 0o7777
            }
            try file.setPermissions(permissions)
            if let existing, existing.st_uid != geteuid() || existing.st_gid != getegid() {
                // Only root may give a file away; anyone else keeps what the kernel allows.
                do {
                    try file.setOwner(existing.st_uid, group: existing.st_gid)
                } catch  where error.code == EPERM && geteuid() != 0 {}
            }
            try file.write(all: bytes)
            try file.sync()
            try file.close()
            switch mode {
            case .createNew:
                try retryingInterrupts { link(temporary, target) }
                unlink(temporary)
            case .replace, .output:
                try retryingInterrupts { rename(temporary, target) }
            }
        } catch {
            unlink(temporary)
            throw fail(error)
        }
        syncDirectory(folder)
        if let written = fileStatus(target) {
            removeAbandonedCopies(of: name, in: folder, olderThan: written.st_mtim.tv_sec - abandonedAfterSeconds)
        }
    }

    /// How old an unlocked temporary copy must be before a write removes it.
    static let abandonedAfterSeconds: Int = 10

    /// Removes `.NAME.tmp-XXXXXX` copies that a killed writer left in `folder`: regular files
    /// this process owns, that no live writer holds (each writer `flock`s its copy) and that
    /// were last written before `cutoff` (seconds since 1970, from the file just written: the
    /// library reads no clock). They hold a full copy of the shop's answers.
    static func removeAbandonedCopies(of name: String, in folder: String, olderThan cutoff: Int) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = Array(("." + name + ".tmp-").utf8)
        while let entry = readdir(directory) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard raw.count == prefix.count + 6, raw.starts(with: prefix) else { continue }
            let path = folder + "/" + String(decoding: raw, as: UTF8.self)
            guard let copy = try? Descriptor.open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK),
                let info = try? copy.status(), info.type == S_IFREG, info.st_uid == geteuid(),
                info.st_mtim.tv_sec <= cutoff, (try? copy.tryLockExclusively()) == true
            else { continue }
            unlink(path)
        }
    }

    /// Paths that name a process's own descriptors or devices, whatever they point to.
    static func isSpecialPath(_ path: String) -> Bool { path.hasPrefix("/dev/") || path.hasPrefix("/proc/") }

    /// Whether two paths name the same existing file (after following links).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        guard let first = fileStatus(a), let second = fileStatus(b) else { return false }
        return first.isSameFile(as: second)
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool { linkStatus(path) != nil }

    /// Follows a symbolic link at `path`, so saving through a link updates the file it points to.
    package static func resolvedTarget(_ path: String) -> String {
        guard linkStatus(path)?.type == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Makes a rename in `folder` durable; best effort, as the file itself is already synced.
    static func syncDirectory(_ folder: String) {
        guard let directory = try? Descriptor.open(folder, O_RDONLY | O_DIRECTORY) else { return }
        try? directory.sync()
    }

    package static func problem(_ error: Int32, folder: Bool = false) -> FileProblem {
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
        "\(path): " + problem.text(language, reading: false)
    }
}
