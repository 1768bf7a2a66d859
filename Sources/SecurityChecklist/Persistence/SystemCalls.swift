#if os(Linux)
    import Glibc
#else
    #error("ecsec builds and is tested on Linux only (Glibc's system calls; see README, Install)")
#endif

/// A failed system call's `errno`.
package struct SystemError: Error, Sendable, Hashable {
    /// The `errno` value.
    package var code: Int32

    /// The `errno` of the call that just failed.
    package static var current: SystemError { SystemError(code: errno) }

    /// What the system calls the error (`No space left on device`).
    package var text: String { String(cString: strerror(code)) }
}

/// Runs `call` until it is not interrupted by a signal; a negative result throws its `errno`.
@discardableResult
package func retryingInterrupts<Result: BinaryInteger>(_ call: () -> Result) throws(SystemError) -> Result {
    while true {
        let result = call()
        if result >= 0 { return result }
        if errno != EINTR { throw .current }
    }
}

/// An open file descriptor, closed exactly once: by ``close()``, or when the last reference
/// goes away on any path, an error included. The one seam through which the library opens, reads and
/// writes files.
package final class Descriptor {
    /// The raw descriptor.
    package let raw: Int32
    /// The path it was opened with (the generated name, for a temporary file).
    package let path: String
    /// Whether this value still has to close it: never for standard output and the like.
    private var owned: Bool

    private init(raw: Int32, path: String, owned: Bool = true) {
        self.raw = raw
        self.path = path
        self.owned = owned
    }

    /// Opens `path`; `O_CLOEXEC` is always added.
    package static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(SystemError) -> Descriptor {
        let fd = try retryingInterrupts { Glibc.open(path, flags | O_CLOEXEC, mode) }
        return Descriptor(raw: fd, path: path)
    }

    /// Creates a unique file (mode 0600) from a `mkstemp` template ending in `XXXXXX`.
    package static func temporary(template: String) throws(SystemError) -> Descriptor {
        var bytes = Array(template.utf8CString)
        let fd = try retryingInterrupts { bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) } }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Descriptor(raw: fd, path: path)
    }

    /// A descriptor the process already has (standard output), which this value never closes.
    package static func inherited(_ raw: Int32, name: String) -> Descriptor {
        Descriptor(raw: raw, path: name, owned: false)
    }

    /// The file's status.
    package func status() throws(SystemError) -> stat {
        var info = stat()
        try retryingInterrupts { fstat(raw, &info) }
        return info
    }

    /// Reads until end of file or `limit` bytes.
    package func readAll(limit: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit)
        var total = 0
        while total < limit {
            let count = try retryingInterrupts {
                bytes.withUnsafeMutableBytes { Glibc.read(raw, $0.baseAddress! + total, limit - total) }
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeLast(limit - total)
        return bytes
    }

    /// Reads at most `count` bytes from `offset`, without moving the file position.
    package func read(count: Int, at offset: off_t) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try retryingInterrupts { bytes.withUnsafeMutableBytes { pread(raw, $0.baseAddress!, count, offset) } }
        return Array(bytes.prefix(got))
    }

    /// Writes every byte (short writes continue; `ENOSPC` and the like throw).
    package func write(all bytes: some Collection<UInt8>) throws(SystemError) {
        let bytes = Array(bytes)
        var written = 0
        while written < bytes.count {
            written += try retryingInterrupts {
                bytes.withUnsafeBytes { Glibc.write(raw, $0.baseAddress! + written, $0.count - written) }
            }
        }
    }

    /// Flushes the file's data and metadata to the disk.
    package func sync() throws(SystemError) { try retryingInterrupts { fsync(raw) } }

    /// Sets the permission bits.
    package func setPermissions(_ mode: mode_t) throws(SystemError) { try retryingInterrupts { fchmod(raw, mode) } }

    /// Sets the owner and group.
    package func setOwner(_ owner: uid_t, group: gid_t) throws(SystemError) {
        try retryingInterrupts { fchown(raw, owner, group) }
    }

    /// Cuts the file to `length` bytes.
    package func truncate(to length: off_t) throws(SystemError) { try retryingInterrupts { ftruncate(raw, length) } }

    /// Replaces the file's contents from the start.
    package func overwrite(with bytes: [UInt8]) throws(SystemError) {
        try truncate(to: 0)
        try retryingInterrupts { bytes.withUnsafeBytes { pwrite(raw, $0.baseAddress!, $0.count, 0) } }
    }

    /// `flock` without waiting; `false` when another process holds the lock.
    package func tryLockExclusively() throws(SystemError) -> Bool {
        do {
            try retryingInterrupts { flock(raw, LOCK_EX | LOCK_NB) }
            return true
        } catch  where error.code == EWOULDBLOCK {
            return false
        }
    }

    /// Closes the descriptor and reports what `close` says (a late write error on some file
    /// systems). The descriptor is closed whatever it says.
    package func close() throws(SystemError) {
        guard owned else { return }
        owned = false
        if Glibc.close(raw) != 0, errno != EINTR { throw .current }
    }

    deinit {
        if owned { Glibc.close(raw) }
    }
}

/// Status of whatever is at `path`, without following a final symbolic link; `nil` when
/// nothing is there.
package func linkStatus(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
}

/// Status of the file `path` names, following links; `nil` when nothing is there.
package func fileStatus(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}

extension stat {
    /// The file type bits (`S_IFREG`, `S_IFDIR`, ...).
    package var type: mode_t { st_mode & S_IFMT }

    /// Whether two statuses describe the same file.
    package func isSameFile(as other: stat) -> Bool { st_dev == other.st_dev && st_ino == other.st_ino }
}
