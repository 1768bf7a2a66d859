import Glibc
import SecurityChecklist

/// Finds `*.json` entries under a folder, depth first, in name order. Every such entry is
/// either visited (a regular file, or a link to one) or reported with the reason it is skipped
/// (a broken link, a link to a folder, a FIFO or device, a file or folder whose name is not
/// UTF-8, an entry of a folder that can be listed but not searched); nothing is left out
/// silently: found = scored + skipped. Links to folders are not followed (no loops), and hidden folders (`.git`)
/// are not entered.
enum FileWalker {
    static func walk(_ path: String, _ visit: (String, SkipReason?) -> Void) {
        guard let info = fileStatus(path) else {
            visit(path, .unreadable(.notFound))
            return
        }
        guard info.type == S_IFDIR else {
            visit(path, nil)
            return
        }
        guard let directory = opendir(path) else {
            visit(path, .folderUnreadable(String(cString: strerror(errno))))
            return
        }
        var names: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == Array(".".utf8) || name == Array("..".utf8) { continue }
            names.append((name, entry.pointee.d_type))
        }
        closedir(directory)
        let base = path.hasSuffix("/") ? path : path + "/"
        for (raw, type) in names.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) {
            let isJSON = raw.count >= 5 && raw.suffix(5).elementsEqual(".json".utf8)
            let hidden = raw.first == UInt8(ascii: ".")
            guard let name = String(validating: raw, as: UTF8.self) else {
                // A folder is reported too: the files under it are not reached.
                if isJSON || (type == DT_DIR && !hidden) {
                    visit(base + String(decoding: raw, as: UTF8.self), .nameNotUTF8)
                }
                continue
            }
            let child = base + name
            guard let entry = linkStatus(child) else {
                // A folder that can be listed but not searched (mode 0444) names its entries
                // but lets nothing be opened: each JSON file and folder is reported, not dropped.
                if isJSON || (type == DT_DIR && !hidden) {
                    visit(child, .unreadable(DocumentFile.problem(errno)))
                }
                continue
            }
            switch entry.type {
            case S_IFDIR:
                if !hidden { walk(child, visit) }
            case _ where !isJSON:
                continue
            case S_IFREG:
                visit(child, nil)
            case S_IFLNK:
                guard let target = fileStatus(child) else {
                    visit(child, .brokenLink)
                    continue
                }
                switch target.type {
                case S_IFREG: visit(child, nil)
                case S_IFDIR: visit(child, .linkToFolder)
                default: visit(child, .unreadable(.notRegularFile))
                }
            default:
                visit(child, .unreadable(.notRegularFile))
            }
        }
    }
}
