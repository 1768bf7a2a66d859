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
        /// ``replace``, wherever it is (`/dev/shm` too); a name of a descriptor the process has
        /// open (`/dev/stdout`, `/dev/fd/N`) is written through that descriptor as the shell
        /// opened it (so `>>` appends); anything else — a device, a FIFO, a terminal, a file
        /// under `/proc/` — is opened and written, never replaced.
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
        } catch  where error.code == ENOENT && path.unicodeScalars.contains("\u{FFFD}") {
            // The command line replaced bytes that are not UTF-8: the file may well exist.
            throw fail(.nameNotUTF8)
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
        let writer = try Writer(path: path, mode: mode)
        try writer.append(bytes)
        try writer.commit()
    }

    /// A file written piece by piece and put in place atomically by ``commit()``, exactly as
    /// ``DocumentFile/write(_:to:mode:)`` does at once: for output too large to hold in memory.
    /// If the writer goes away without a commit, the file at `path` is untouched and the
    /// temporary copy removed. (A device or FIFO under ``WriteMode/output`` is written into
    /// directly.)
    public final class Writer {
        private let path: String
        private let mode: WriteMode
        private let target: String
        private let file: Descriptor
        /// Writing straight into a device or FIFO: there is no temporary copy.
        private let direct: Bool
        private var finished = false
        private var failure: FileWriteError?

        /// Opens the temporary copy beside `path` (or the device or FIFO itself).
        /// - Throws: ``FileWriteError`` when the folder cannot take a file.
        public init(path: String, mode: WriteMode) throws(FileWriteError) {
            self.path = path
            self.mode = mode
            if case .output = mode, let descriptor = openDescriptor(named: path) {
                // `/dev/stdout`, `/dev/fd/N`: the descriptor as the shell opened it, so `>>`
                // appends and `>` writes where the shell truncated, never from offset 0 again.
                file = .inherited(descriptor, name: path)
                target = path
                direct = true
                return
            }
            if case .output = mode, let info = fileStatus(path), info.type != S_IFREG || path.hasPrefix("/proc/") {
                guard info.type != S_IFDIR else { throw FileWriteError(path: path, problem: .isDirectory) }
                do {
                    file = try Descriptor.open(path, O_WRONLY | O_NOCTTY)
                } catch {
                    throw FileWriteError(path: path, problem: problem(error.code))
                }
                target = path
                direct = true
                return
            }
            if let link = linkStatus(path), link.type == S_IFLNK, !trustsLink(link, in: directory(of: path)) {
                throw FileWriteError(path: path, problem: .untrustedLink)
            }
            target = resolvedTarget(path)
            if mode != .createNew, let existing = fileStatus(target), existing.type == S_IFREG, existing.st_nlink > 1 {
                throw FileWriteError(path: path, problem: .hardLinked(names: Int(existing.st_nlink)))
            }
            let name = target.split(separator: "/").last.map(String.init) ?? target
            do {
                file = try Descriptor.temporary(
                    template: directory(of: target) + "/" + hiddenName(of: name, suffix: ".tmp-XXXXXX"))
            } catch {
                throw FileWriteError(path: path, problem: problem(error.code, folder: true))
            }
            direct = false
            // Held while writing, so a later write knows this copy is not abandoned.
            _ = try? file.tryLockExclusively()
        }

        /// Appends `bytes`.
        /// - Throws: ``FileWriteError`` (a full disk); nothing is put in place then.
        public func append(_ bytes: some Collection<UInt8>) throws(FileWriteError) {
            if let failure { throw failure }
            do {
                try file.write(all: bytes)
            } catch {
                abandon()
                failure = FileWriteError(path: path, problem: problem(error.code))
                throw failure!
            }
        }

        /// Syncs the copy and puts it in place (rename, or link for a new file), then syncs the
        /// folder and removes copies killed writers abandoned.
        /// - Throws: ``FileWriteError``; the file at `path` is then untouched.
        public func commit() throws(FileWriteError) {
            if let failure { throw failure }
            guard !finished else { return }
            finished = true
            if direct {
                do {
                    try file.close()
                } catch {
                    throw FileWriteError(path: path, problem: problem(error.code))
                }
                return
            }
            let temporary = file.path
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
                throw FileWriteError(path: path, problem: problem(error.code))
            }
            let folder = directory(of: target)
            syncDirectory(folder)
            if let written = fileStatus(target) {
                let name = target.split(separator: "/").last.map(String.init) ?? target
                removeAbandonedCopies(of: name, in: folder, olderThan: written.st_mtim.tv_sec - abandonedAfterSeconds)
            }
        }

        private func abandon() {
            guard !finished else { return }
            finished = true
            if !direct { unlink(file.path) }
            try? file.close()
        }

        deinit { abandon() }
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
        let prefix = Array(hiddenName(of: name, suffix: ".tmp-XXXXXX").utf8.dropLast(6))
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

    /// The hidden companion of the file `name` in its folder: `.NAME` + `suffix` (`.lock`,
    /// `.tmp-XXXXXX`). When that would pass the 255 bytes a name may have, the name is cut
    /// (at a character) and a hash of the whole name added, so each file keeps its own.
    package static func hiddenName(of name: String, suffix: String) -> String {
        let limit = 255
        let plain = "." + name + suffix
        guard plain.utf8.count > limit else { return plain }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digest = String(hash, radix: 16)
        let tag = "~" + String(repeating: "0", count: 16 - digest.count) + digest
        var kept = ""
        for character in name {
            guard 1 + kept.utf8.count + character.utf8.count + tag.utf8.count + suffix.utf8.count <= limit else {
                break
            }
            kept.append(character)
        }
        return "." + kept + tag + suffix
    }

    /// The descriptor a path such as `/dev/stdout`, `/dev/fd/3` or `/proc/self/fd/3` names,
    /// when this process has it open; `nil` for any other path.
    static func openDescriptor(named path: String) -> Int32? {
        let named: [String: Int32] = ["/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2]
        var number: Int32? = named[path]
        for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
            number = Int32(path.dropFirst(prefix.count))
        }
        guard let number, number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
        return number
    }

    /// Whether a symbolic link may be followed for writing: the rule of the kernel's
    /// `fs.protected_symlinks` — outside a sticky world-writable folder, or a link owned by
    /// the user or by the folder's owner. Checked before a replace, which the kernel's rule
    /// (for opens only) does not cover, so root never replaces another user's file through a
    /// link planted in `/tmp`.
    static func trustsLink(_ link: stat, in folder: String) -> Bool {
        guard let folderInfo = fileStatus(folder) else { return false }
        let stickyAndOpen = folderInfo.st_mode & S_ISVTX != 0 && folderInfo.st_mode & S_IWOTH != 0
        return !stickyAndOpen || link.st_uid == geteuid() || link.st_uid == folderInfo.st_uid
    }

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

    /// `path` from the root: its folder resolved, for telling the user where a file is.
    package static func absolutePath(_ path: String) -> String {
        guard !path.hasPrefix("/"), let resolved = realpath(directory(of: path), nil) else { return path }
        defer { free(resolved) }
        let folder = String(cString: resolved)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (folder == "/" ? "" : folder) + "/" + name
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
