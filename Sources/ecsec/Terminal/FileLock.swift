import Glibc
import SecurityChecklist

/// Keeps two ecsec processes from writing one assessment at once.
///
/// The lock is `flock` on a hidden `.NAME.lock` file next to the assessment, holding the owner's
/// pid for the message. The kernel drops the lock when its process dies, even by SIGKILL, so a
/// stale lock file from a killed process is simply taken over.
final class FileLock {
    let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    static func lockPath(for file: String) -> String {
        if let slash = file.lastIndex(of: "/") {
            return String(file[...slash]) + "." + file[file.index(after: slash)...] + ".lock"
        }
        return "." + file + ".lock"
    }

    /// Takes the lock for `file`, or fails with a message naming the process that holds it.
    static func acquire(for file: String, _ language: Language) throws -> FileLock {
        let path = lockPath(for: file)
        for _ in 0..<5 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw Failure(CLIPhrase.lockFailed(language, file, path, String(cString: strerror(errno))))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                var buffer = [UInt8](repeating: 0, count: 32)
                let count = pread(fd, &buffer, 31, 0)
                close(fd)
                let pid = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self).trimmingTrailingNewline : "?"
                throw Failure(CLIPhrase.fileLocked(language, file, pid))
            }
            // The holder may have removed the file between our open and flock: make sure we
            // locked the file that is at the path now.
            var opened = stat()
            var current = stat()
            guard fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev else {
                close(fd)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            ftruncate(fd, 0)
            _ = pwrite(fd, pid, pid.count, 0)
            return FileLock(path: path, fd: fd)
        }
        throw Failure(CLIPhrase.lockFailed(language, file, path, "busy"))
    }

    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

extension String {
    var trimmingTrailingNewline: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\0") { text.removeLast() }
        return text
    }
}
