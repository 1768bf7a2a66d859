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
/// rejects duplicates, and `subscript(_:)=` replaces in place.
package struct JSONObject: Sendable, Hashable {
    package private(set) var keys: [String] = []
    package private(set) var values: [JSONValue] = []

    package init() {}

    package init(_ members: [(String, JSONValue)]) {
        for (key, value) in members { self[key] = value }
    }

    package var count: Int { keys.count }
    package var isEmpty: Bool { keys.isEmpty }

    package subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue { values[index] = newValue } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Members in order of appearance.
    package var members: Zip2Sequence<[String], [JSONValue]> { zip(keys, values) }

    /// Appends without checking for an existing key; the parser checks duplicates itself.
    mutating func appendUnchecked(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
    }
}
