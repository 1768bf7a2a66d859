/// Reads a parsed document (``JSONNode``s on a ``JSONTape``) into model values while collecting
/// every problem, so a loader can report all of them at once. Each check names the JSON path and, where there is a closed set,
/// the valid values.
package struct DecodingContext {
    package private(set) var diagnostics: [Diagnostic] = []

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    package mutating func error(_ path: JSONPath, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: path, message))
    }

    /// An object with exactly the allowed members, all `required` ones present. Paths are
    /// autoclosures throughout: they are only built when there is a problem to report.
    package mutating func object(
        _ value: JSONNode?, at path: @autoclosure () -> JSONPath, required: [String], optional: [String] = []
    ) -> JSONMembers? {
        guard let value else { return nil }
        guard let object = value.object else {
            error(path(), "expected an object, found \(value.typeName)")
            return nil
        }
        assert(Set(required + optional).count == required.count + optional.count, "a member listed twice")
        let (found, allKnown) = object.names(required, optional)
        if !allKnown {
            let names = required + optional
            for key in object.keys(notIn: required, optional) {
                var message = "unknown member \(quoted(key)); valid members: \(names.joined(separator: ", "))"
                if let suggestion = closest(to: key, among: names) {
                    message += " (did you mean \(quoted(suggestion))?)"
                }
                error(path() / key, message)
            }
        }
        let missing = required.indices.lazy.filter { found & (1 << UInt64($0)) == 0 }.map { required[$0] }
        for key in missing {
            error(path() / key, "missing required member")
        }
        return object
    }

    /// An object used as a map (any member names), such as `answers` or `profile`.
    package mutating func map(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> JSONMembers? {
        guard let value else { return nil }
        guard let object = value.object else {
            error(path(), "expected an object, found \(value.typeName)")
            return nil
        }
        return object
    }

    /// A string; empty strings are rejected unless `allowEmpty`.
    package mutating func string(_ value: JSONNode?, at path: @autoclosure () -> JSONPath, allowEmpty: Bool = false)
        -> String?
    {
        guard let value else { return nil }
        guard let string = value.string else {
            error(path(), "expected a string, found \(value.typeName)")
            return nil
        }
        if !allowEmpty, string.isBlank {
            error(path(), "must not be empty")
            return nil
        }
        return string
    }

    /// A string that must be one of `valid`.
    package mutating func oneOf(_ value: JSONNode?, at path: @autoclosure () -> JSONPath, valid: [String]) -> String? {
        // A listed value is found by its bytes (every status of every answer passes here).
        if let value, let listed = valid.first(where: value.isString) { return listed }
        guard let string = string(value, at: path()) else { return nil }
        guard valid.contains(string) else {
            error(path(), "unknown value \(quoted(string)); valid values: \(valid.joined(separator: ", "))")
            return nil
        }
        return string
    }

    /// An identifier: ASCII letters, digits, `-`, `_`, `.`; starting with a letter or digit.
    package mutating func identifier(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> String? {
        guard let string = string(value, at: path()) else { return nil }
        guard Self.isIdentifier(string) else {
            error(
                path(),
                "\(quoted(string)) is not a valid identifier; use ASCII letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters"
            )
            return nil
        }
        return string
    }

    package static func isIdentifier(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable(isIdentifier)
            ?? Array(string.utf8).withUnsafeBufferPointer(isIdentifier)
    }

    static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 64 else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard isAlphanumeric(first) else { return false }
        return bytes.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    /// A version: dotted non-negative integers, e.g. `1.0` or `2.1.3`.
    package mutating func version(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> String? {
        guard let string = string(value, at: path()) else { return nil }
        guard VersionNumber(string) != nil else {
            error(path(), "\(quoted(string)) is not a version; use dotted numbers such as 1.0 or 2.1.3")
            return nil
        }
        return string
    }

    /// `{"ja": ..., "en": ...}`, both non-empty.
    package mutating func localized(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> LocalizedText? {
        let languages = Language.allCases.map(\.rawValue)
        guard let object = object(value, at: path(), required: languages) else { return nil }
        let ja = string(object["ja"], at: path() / "ja")
        let en = string(object["en"], at: path() / "en")
        guard let ja, let en else { return nil }
        return LocalizedText(ja: ja, en: en)
    }

    package mutating func array(_ value: JSONNode?, at path: @autoclosure () -> JSONPath, allowEmpty: Bool = true)
        -> [JSONNode]?
    {
        guard let value else { return nil }
        guard let items = value.items else {
            error(path(), "expected an array, found \(value.typeName)")
            return nil
        }
        if !allowEmpty, items.isEmpty {
            error(path(), "must not be empty")
            return nil
        }
        return items
    }

    package mutating func bool(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> Bool? {
        guard let value else { return nil }
        guard let flag = value.bool else {
            error(path(), "expected true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    package mutating func decimal(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> Decimal3? {
        guard let value else { return nil }
        guard let number = value.number else {
            error(path(), "expected a number, found \(value.typeName)")
            return nil
        }
        guard let decimal = Decimal3(jsonText: number.text) else {
            error(path(), "\(number.text) is out of range; use at most 3 decimal places and a magnitude up to 1000000")
            return nil
        }
        return decimal
    }

    /// A whole number from 1 to `maximum`: every number a file may carry is bounded here, so no
    /// arithmetic on it can overflow.
    package mutating func positiveInteger(
        _ value: JSONNode?, at path: @autoclosure () -> JSONPath, maximum: Int
    ) -> Int? {
        guard let value else { return nil }
        guard let integer = value.number?.intValue else {
            error(
                path(),
                "expected a whole number, found \(value.typeName == "number" ? JSONWriter.compact(value.value) : value.typeName)"
            )
            return nil
        }
        guard integer > 0 else {
            error(path(), "must be greater than 0, found \(integer)")
            return nil
        }
        guard integer <= maximum else {
            error(path(), "must be at most \(maximum), found \(integer)")
            return nil
        }
        return integer
    }

    /// A whole number of zero or more (a size in bytes).
    package mutating func count(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> Int? {
        guard let value else { return nil }
        guard let integer = value.number?.intValue, integer >= 0 else {
            error(path(), "expected a whole number of 0 or more, found \(JSONWriter.compact(value.value))")
            return nil
        }
        return integer
    }

    package mutating func timestamp(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> Timestamp? {
        // A good time is read from the file's bytes; anything else takes the path below, which
        // words the problem.
        if let found = value?.withASCIIBytes(Timestamp.init(iso8601:)) ?? nil,
            Timestamp.supportedYears.contains(found.year)
        {
            return found
        }
        guard let string = string(value, at: path()) else { return nil }
        guard let timestamp = Timestamp(iso8601: string) else {
            error(path(), "\(quoted(string)) is not an ISO 8601 UTC time such as 2026-11-22T09:30:00Z")
            return nil
        }
        guard Timestamp.supportedYears.contains(timestamp.year) else {
            error(
                path(),
                "\(quoted(string)) is outside the years \(Timestamp.supportedYears.lowerBound)–\(Timestamp.supportedYears.upperBound)"
            )
            return nil
        }
        return timestamp
    }

    /// A `YYYY-MM-DD` day within ``Timestamp/supportedYears``, as midnight UTC at its start.
    package mutating func date(_ value: JSONNode?, at path: @autoclosure () -> JSONPath) -> Timestamp? {
        guard let string = string(value, at: path()) else { return nil }
        guard let day = Timestamp(date: string), Timestamp.supportedYears.contains(day.year) else {
            error(path(), "\(quoted(string)) is not a date such as 2027-01-31")
            return nil
        }
        return day
    }

    /// Reports every value that occurs more than once.
    package mutating func rejectDuplicates<ID: Hashable & CustomStringConvertible>(
        _ items: [(ID, JSONPath)], what: String
    ) {
        var first: [ID: JSONPath] = [:]
        for (id, path) in items {
            if let earlier = first[id] {
                error(path, "duplicate \(what) \(quoted(id.description)); already used at \(earlier)")
            } else {
                first[id] = path
            }
        }
    }
}

extension DecodingContext {
    /// Parses `json` and decodes it with `decode`, turning a syntax error or any error
    /// diagnostic into one ``LoadError``: the one path from bytes to a value.
    package static func load<Value>(
        _ json: some Collection<UInt8>, source: String, _ decode: (JSONNode, inout DecodingContext) -> Value?
    ) throws(LoadError) -> Value {
        try decoded(parse(json, source: source) { root in decoding(root, decode) }, source: source)
    }

    /// Like ``load(_:source:_:)``, but `nil` when `accept` refuses the parsed document.
    package static func load<Value>(
        _ json: some Collection<UInt8>, source: String, if accept: (JSONNode) -> Bool,
        _ decode: (JSONNode, inout DecodingContext) -> Value?
    ) throws(LoadError) -> Value? {
        let result = try parse(json, source: source) { root in accept(root) ? decoding(root, decode) : nil }
        return try result.map { result throws(LoadError) in try decoded(result, source: source) }
    }

    private static func parse<Result>(
        _ json: some Collection<UInt8>, source: String, _ read: (JSONNode) -> Result
    ) throws(LoadError) -> Result {
        do {
            return try JSONParser.withTape(json, read)
        } catch {
            throw LoadError(
                source: source, reason: .syntax(line: error.line, column: error.column, problem: error.problem))
        }
    }

    private static func decoding<Value>(
        _ root: JSONNode, _ decode: (JSONNode, inout DecodingContext) -> Value?
    ) -> (value: Value?, context: DecodingContext) {
        var context = DecodingContext()
        let value = decode(root, &context)
        return (value, context)
    }

    /// The value, or every error as one ``LoadError``.
    private static func decoded<Value>(
        _ result: (value: Value?, context: DecodingContext), source: String
    ) throws(LoadError) -> Value {
        guard let value = result.value, !result.context.hasErrors else {
            throw LoadError(
                source: source, reason: .invalid(result.context.diagnostics.filter { $0.severity == .error }))
        }
        return value
    }
}
