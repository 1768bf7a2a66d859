/// The few value shapes every JSON output writes, so each format writes them the same way.
extension JSONValue {
    /// A score as an exact decimal number, or `null`.
    static func score(_ score: Score?) -> JSONValue {
        score.map { .number(JSONNumber(text: $0.description)) } ?? .null
    }

    /// Tenths of a point as an exact decimal number, or `null`.
    static func tenths(_ value: Int64?) -> JSONValue { score(value.map { Score(tenths: $0) }) }

    /// A whole number.
    package static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    /// A string, or `null`.
    static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}

extension JSONValue {
    /// An object with `members` in the order given.
    static func object(_ members: (String, JSONValue)...) -> JSONValue { .object(JSONObject(members)) }

    /// `[{"<key>": id, "shops": n}, ...]` for a ranked count.
    static func counts<ID>(_ items: some Sequence<(ID, Int)>, key: String, id: (ID) -> JSONValue) -> JSONValue {
        .array(items.map { .object((key, id($0.0)), ("shops", .int($0.1))) })
    }
}
