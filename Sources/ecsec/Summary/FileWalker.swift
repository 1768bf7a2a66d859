import Glibc
import SecurityChecklist

/// Finds `*.json` entries under a folder, depth first, in name order. Every such entry is
/// either visited (a regular file, or a link to one) or reported with the reason it is skipped
/// (a broken link, a link to a folder, a FIFO or device, a name that is not UTF-8); nothing is
/// left out silently. Links to folders are not followed (no loops), and hidden folders (`.git`)
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
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == Array(".".utf8) || name == Array("..".utf8) { continue }
            names.append(name)
        }
        closedir(directory)
        let base = path.hasSuffix("/") ? path : path + "/"
        for raw in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let isJSON = raw.count >= 5 && raw.suffix(5).elementsEqual(".json".utf8)
            guard let name = String(validating: raw, as: UTF8.self) else {
                if isJSON { visit(base + String(decoding: raw, as: UTF8.self), .nameNotUTF8) }
                continue
            }
            let child = base + name
            guard let entry = linkStatus(child) else { continue }
            switch entry.type {
            case S_IFDIR:
                if !name.hasPrefix(".") { walk(child, visit) }
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
