import Crypto
import Glibc

extension DocumentFile {
    /// The record of the evidence file at `path` (read in pieces, any size, empty too): its
    /// size and SHA-256, under the name `recordedAs`.
    /// - Throws: ``LoadError`` with reason `.unreadable` naming what is wrong.
    public static func evidenceFile(at path: String, recordedAs name: String) throws(LoadError) -> EvidenceFile {
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
        var hash = SHA256()
        var size = 0
        var offset: off_t = 0
        do {
            while true {
                let piece = try file.read(count: 1 << 20, at: offset)
                if piece.isEmpty { break }
                hash.update(data: piece)
                size += piece.count
                offset += off_t(piece.count)
            }
        } catch {
            throw fail(problem(error.code))
        }
        return EvidenceFile(path: name, size: size, sha256: Hex.encode(hash.finalize()))
    }
}
