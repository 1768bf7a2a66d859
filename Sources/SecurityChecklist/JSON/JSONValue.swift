/// A parsed JSON document that keeps what the strict loaders need and `JSONSerialization` loses:
/// the order of object members, the exact text of numbers, and no silent duplicate keys.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The JSON type name used in error messages ("object", "string", ...).
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON number kept as its source text, so no precision is lost before a loader decides
/// how to read it (an integer, a fixed-point weight, ...).
package struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    package let text: String
    package init(text: String) { self.text = text }
    package init(_ value: Int) { self.text = String(value) }
    package var description: String { text }

    /// The value as an `Int` when the text is a plain integer that fits.
    package var intValue: Int? { Int(text) }
}

/// A JSON object whose members keep their order of appearance. Keys are unique: the parser
/// rejects duplicates, and `subscript(_:)=` replaces in place. Members live in one array (one
/// allocation per object), since most objects are small and read once.
package struct JSONObject: Sendable, Hashable {
    package struct Member: Sendable, Hashable {
        package var key: String
        package var value: JSONValue
    }

    package private(set) var storage: [Member] = []

    package init() {}

    /// An object of `members` in order; a repeated key keeps its first place and its last value.
    /// Linear in the number of members (an assessment may hold 100,000 answers).
    package init(_ members: [(String, JSONValue)]) {
        storage.reserveCapacity(members.count)
        var positions: [String: Int] = [:]
        for (key, value) in members {
            if let index = positions[key] {
                storage[index].value = value
            } else {
                positions[key] = storage.count
                storage.append(Member(key: key, value: value))
            }
        }
    }

    package var count: Int { storage.count }
    package var isEmpty: Bool { storage.isEmpty }
    /// Member names in order.
    package var keys: [String] { storage.map(\.key) }

    package subscript(key: String) -> JSONValue? {
        get {
            for member in storage where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = storage.firstIndex(where: { $0.key == key }) {
                if let newValue { storage[index].value = newValue } else { storage.remove(at: index) }
            } else if let newValue {
                storage.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Members in order of appearance.
    package var members: [(String, JSONValue)] { storage.map { ($0.key, $0.value) } }

    /// Whether a member is named `key`.
    func contains(_ key: String) -> Bool { storage.contains { $0.key == key } }

    /// Appends without checking for an existing key; the parser checks duplicates itself.
    mutating func appendUnchecked(_ key: String, _ value: JSONValue) {
        storage.append(Member(key: key, value: value))
    }
}
