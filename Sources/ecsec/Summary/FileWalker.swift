import Glibc
import SecurityChecklist

/// Finds `*.json` files under a folder, depth first, in name order, without following links to folders.
enum FileWalker {
    static func walk(_ path: String, _ visit: (String, SkipReason?) -> Void) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            visit(path, .unreadable(.notFound))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            visit(path, nil)
            return
        }
        guard let directory = opendir(path) else {
            visit(path, .folderUnreadable(String(cString: strerror(errno))))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard lstat(child, &childInfo) == 0 else { continue }
            switch childInfo.st_mode & S_IFMT {
            case S_IFDIR: walk(child, visit)
            case S_IFREG where name.hasSuffix(".json"): visit(child, nil)
            default: continue
            }
        }
    }
}
