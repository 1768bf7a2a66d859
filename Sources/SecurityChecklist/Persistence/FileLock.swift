import Glibc

/// Keeps two writers — two `ecsec` processes, or `ecsec` and a program embedding this
/// library — from changing one assessment file at once.
///
/// The lock is `flock` on a hidden `.NAME.lock` file in the folder of the file itself: symbolic
/// links are resolved first, so every name of one file takes one lock. The kernel drops the
/// lock when its holder dies, even by SIGKILL, so a lock file left behind is simply taken over.
/// The lock file is opened without following links and must be a regular file with one name,
/// owned by the user, by root or by the assessment's owner (a lock file someone else planted is
/// refused, never written); an assessment with more than one name (hard links) is refused, as
/// its names would take separate locks. A root process
/// gives the lock file it creates to the assessment's owner, so a killed root run never blocks
/// the owner.
public final class FileLock {
    /// The lock file.
    public let path: String
    private let file: Descriptor
    private var held = true

    private init(path: String, file: Descriptor) {
        self.path = path
        self.file = file
    }

    /// The lock file for the assessment at `path`, after resolving symbolic links.
    public static func lockPath(for path: String) -> String {
        let target = DocumentFile.resolvedTarget(path)
        guard let slash = target.lastIndex(of: "/") else { return DocumentFile.hiddenName(of: target, suffix: ".lock") }
        return String(target[...slash])
            + DocumentFile.hiddenName(of: String(target[target.index(after: slash)...]), suffix: ".lock")
    }

    /// Takes the lock for the assessment at `path`.
    /// - Parameters:
    ///   - path: The assessment file, by any name (links are resolved).
    ///   - processID: What the lock file records for the message another writer gets.
    /// - Throws: ``FileLockError/held(file:by:)`` when another process holds it.
    public static func acquire(for path: String, processID: Int32) throws(FileLockError) -> FileLock {
        let lockPath = lockPath(for: path)
        func fail(_ error: SystemError) -> FileLockError {
            .unusable(file: path, lock: lockPath, problem: DocumentFile.problem(error.code))
        }
        // A file with two names would take two locks (one per name) and be split by the
        // atomic replace: refuse it before anything else.
        let assessment = fileStatus(DocumentFile.resolvedTarget(path))
        if let assessment, assessment.type == S_IFREG, assessment.st_nlink > 1 {
            throw .linked(file: path, names: Int(assessment.st_nlink))
        }
        for _ in 0..<5 {
            var created = false
            var writable = true
            let file: Descriptor
            do {
                file = try Descriptor.open(lockPath, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
                created = true
            } catch  where error.code == EEXIST {
                do {
                    file = try Descriptor.open(lockPath, O_RDWR | O_NOFOLLOW | O_NONBLOCK)
                } catch  where error.code == EACCES {
                    // Someone else's lock file: flock works on a read-only descriptor too.
                    do {
                        file = try Descriptor.open(lockPath, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
                        writable = false
                    } catch {
                        throw fail(error)
                    }
                } catch  where error.code == ELOOP {
                    throw .unusable(file: path, lock: lockPath, problem: .notRegularFile)
                } catch  where error.code == ENOENT {
                    continue  // removed by its holder in the meantime
                } catch {
                    throw fail(error)
                }
            } catch  where error.code == ELOOP {
                throw .unusable(file: path, lock: lockPath, problem: .notRegularFile)
            } catch {
                throw fail(error)
            }
            let opened: stat
            do {
                opened = try file.status()
            } catch {
                throw fail(error)
            }
            guard opened.type == S_IFREG else { throw .unusable(file: path, lock: lockPath, problem: .notRegularFile) }
            // No name left: its holder released and removed it after our open. Not planted —
            // try again with whatever is at the name now.
            if opened.st_nlink == 0 { continue }
            // A lock file planted by someone else — another name of one of the user's files
            // (`ln budget.csv .shop.json.lock`), or a file of another user's — is never used.
            let trustedOwners: Set<uid_t> = [geteuid(), 0, assessment?.st_uid ?? geteuid()]
            guard opened.st_nlink == 1, created || trustedOwners.contains(opened.st_uid) else {
                throw .unusable(file: path, lock: lockPath, problem: .untrustedLockFile)
            }
            let locked: Bool
            do {
                locked = try file.tryLockExclusively()
            } catch {
                throw fail(error)
            }
            guard locked else {
                let pid = (try? file.read(count: 31, at: 0)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                throw .held(file: path, by: pid.trimmingTrailingNewlines.isEmpty ? "?" : pid.trimmingTrailingNewlines)
            }
            // The holder may have removed the file between our open and flock: make sure we
            // locked the file that is at the path now.
            guard let current = linkStatus(lockPath), current.isSameFile(as: opened) else { continue }
            if created, geteuid() == 0, let owner = fileStatus(DocumentFile.resolvedTarget(path)) {
                try? file.setOwner(owner.st_uid, group: owner.st_gid)
            }
            // Never truncate a file this process may not own.
            if writable, created || opened.st_uid == geteuid(), (try? file.status())?.st_nlink == 1 {
                try? file.overwrite(with: Array("\(processID)\n".utf8))
            }
            return FileLock(path: lockPath, file: file)
        }
        // Five times in a row another writer took and released the lock between our steps:
        // it is busy, as a held lock is.
        throw .held(file: path, by: "?")
    }

    /// Gives the lock up and removes the lock file (unless another writer has replaced it).
    public func release() {
        guard held else { return }
        held = false
        if let current = linkStatus(path), let mine = try? file.status(), current.isSameFile(as: mine) {
            unlink(path)
        }
        try? file.close()
    }

    deinit { release() }
}

/// Why a lock could not be taken; nothing was written.
public enum FileLockError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another process holds the lock; `by` is the process id it recorded, or `?`.
    case held(file: String, by: String)
    /// The lock file cannot be used: the folder is read-only, or something other than a
    /// regular file is at its name.
    case unusable(file: String, lock: String, problem: FileProblem)
    /// The assessment has more than one name (hard links): writing it would split them.
    case linked(file: String, names: Int)

    /// The message in English.
    public var description: String { message(in: .en) }

    /// The message in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .held(let file, let pid): Phrase.fileLocked(language, file, pid)
        case .unusable(let file, let lock, let problem):
            Phrase.lockFailed(language, file, lock, problem.text(language, reading: false))
        case .linked(let file, let names):
            "\(file): " + FileProblem.hardLinked(names: names).text(language, reading: false)
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\0") { text.removeLast() }
        return text
    }
}
