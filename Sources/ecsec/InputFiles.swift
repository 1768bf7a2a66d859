import Glibc
import SecurityChecklist
import Synchronization

/// Every file this run has read, by identity (device and inode), so that `-o` can refuse to
/// overwrite any of them — a custom checklist given with `--checklist` as much as the
/// assessment — whatever name either is given by.
enum InputFiles {
    private static let identities = Mutex<[(path: String, device: UInt64, inode: UInt64)]>([])

    /// Reads `path` (as ``DocumentFile/read(_:)`` does) and remembers it.
    static func read(_ path: String) throws -> [UInt8] {
        let bytes = try DocumentFile.read(path)
        record(path)
        return bytes
    }

    /// Remembers `path` as read.
    static func record(_ path: String) {
        guard let info = fileStatus(path) else { return }
        identities.withLock { $0.append((path, UInt64(info.st_dev), UInt64(info.st_ino))) }
    }

    /// The input that `output` names, if any.
    static func input(namedBy output: String) -> String? {
        guard let info = fileStatus(output) else { return nil }
        return identities.withLock { list in
            list.first { $0.device == UInt64(info.st_dev) && $0.inode == UInt64(info.st_ino) }?.path
        }
    }
}
