/// A location inside a JSON document, printed the way `jq` and JSONPath users read it:
/// `$.sections[2].controls[0].priority`, `$.answers["MGT-01"].status`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component] = []

    /// The document root, `$`.
    public static let root = JSONPath()

    package func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    package func appending(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    /// The path without its last component.
    package var parent: JSONPath {
        var copy = self
        if !copy.components.isEmpty { copy.components.removeLast() }
        return copy
    }

    package static func / (path: JSONPath, key: String) -> JSONPath { path.appending(key) }
    package static func / (path: JSONPath, index: Int) -> JSONPath { path.appending(index) }

    /// The path as text, e.g. `$.sections[0].controls[2].priority`.
    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key) where Self.isPlainName(key): text += "." + key
            case .key(let key):
                var quoted = ""
                JSONWriter.appendString(key, into: &quoted)
                text += "[" + quoted + "]"
            }
        }
        return text
    }

    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default: false
            }
        }
    }
}
