/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Stricter than the standard: duplicate object keys are an error, nesting is limited, and text
/// must be valid UTF-8 (a leading byte-order mark is skipped). Errors carry the line and column.
/// The parser writes a ``JSONTape``, which the loaders read in place; ``parse(_:)-(Collection<UInt8>)``
/// builds a ``JSONValue`` tree from it for code that edits documents.
package enum JSONParser {
    /// The deepest nesting of arrays and objects accepted. The project's formats need 6.
    package static let maximumDepth = 64

    /// Parses one JSON document onto a tape and reads it with `body`. The nodes read the tape
    /// in place without keeping it alive, so none may outlive the call.
    /// - Complexity: O(n) in the number of bytes, plus what `body` does.
    package static func withTape<Result>(
        _ bytes: some Collection<UInt8>, _ body: (JSONNode) throws(JSONSyntaxError) -> Result
    ) throws(JSONSyntaxError) -> Result {
        let tape = try tape(bytes)
        return try withExtendedLifetime(tape) { () throws(JSONSyntaxError) in try body(tape.root) }
    }

    static func tape(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONTape {
        let array = Array(bytes)
        let parsed = try array.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Parser(bytes: buffer)
            try parser.parseDocument()
            return (tokens: parser.tokens, strings: parser.strings)
        }
        return JSONTape(bytes: array, tokens: parsed.tokens, strings: parsed.strings)
    }

    /// Parses one JSON document into a tree.
    /// - Complexity: O(n) in the number of bytes.
    package static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        try withTape(bytes) { $0.value }
    }

    package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// Why a document is not JSON, and where.
package struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    package var problem: JSONSyntaxProblem
    /// The problem in English.
    package var message: String { problem.description }
    package var offset: Int
    package var line: Int
    package var column: Int

    package var description: String { "line \(line), column \(column): \(message)" }
}

private struct Parser {
    typealias Token = JSONTape.Token

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    var tokens: [Token] = []
    var strings: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Most documents have a token for every 10 to 15 bytes.
        tokens.reserveCapacity(bytes.count / 12 + 4)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func parseDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        if index == bytes.count { throw error(bytes.isEmpty ? .emptyFile : .noValue) }
        try parseValue()
        skipWhitespace()
        if index != bytes.count { throw error(.textAfterValue) }
    }

    /// Appends a token for a value with nothing inside it.
    mutating func append(_ kind: Token.Kind, start: Int = 0, count: Int = 0) {
        tokens.append(Token(kind: kind, start: start, count: count, next: tokens.count + 1))
    }

    func error(_ problem: JSONSyntaxProblem, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Column in characters, counting each UTF-8 lead byte once.
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return JSONSyntaxError(problem: problem, offset: offset, line: line, column: column)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func describeByte(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func parseValue() throws(JSONSyntaxError) {
        guard index < bytes.count else { throw error(.truncated(.value)) }
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            append(.true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            append(.false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            append(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        case let byte: throw error(.unexpected(found: describeByte(byte), expected: .value))
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw error(.truncated(.value)) }
        for i in 0..<count where bytes[index + i] != literal.utf8Start[i] {
            throw error(.invalidLiteral(expected: "\(literal)"), at: start)
        }
        index += count
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw error(.tooDeep(limit: JSONParser.maximumDepth))
        }
    }

    /// Appends a container's token; ``close(_:count:)`` fills it in at its end.
    mutating func open(_ kind: Token.Kind) throws(JSONSyntaxError) -> Int {
        try enter()
        index += 1
        tokens.append(Token(kind: kind, start: 0, count: 0, next: 0))
        return tokens.count - 1
    }

    mutating func close(_ container: Int, count: Int) {
        index += 1
        depth -= 1
        tokens[container].count = count
        tokens[container].next = tokens.count
    }

    mutating func parseObject() throws(JSONSyntaxError) {
        let object = try open(.object)
        var count = 0
        // Small objects (the usual case) check duplicates by scanning; large ones use a set.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            close(object, count: 0)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.object))
            }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error(.unexpected(found: describeByte(bytes[index]), expected: .memberName))
            }
            let keyStart = index
            let key = tokens.count
            try parseString()
            let duplicate: Bool
            if seen != nil {
                duplicate = !seen!.insert(text(ofToken: key)).inserted
            } else if count >= 16 {
                // Room for a few hundred names before the set grows (an assessment's answers).
                var set = Set<String>(minimumCapacity: 256)
                for earlier in memberKeys(of: object) { set.insert(text(ofToken: earlier)) }
                duplicate = !set.insert(text(ofToken: key)).inserted
                seen = set
            } else {
                duplicate = hasMember(named: key, in: object)
            }
            guard !duplicate else {
                throw error(.duplicateMember(text(ofToken: key)), at: keyStart)
            }
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.object))
            }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw error(.unexpected(found: describeByte(bytes[index]), expected: .colon))
            }
            index += 1
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.object))
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                close(object, count: count)
                return
            case let byte: throw error(.unexpected(found: describeByte(byte), expected: .commaOrBrace))
            }
        }
    }

    /// The key tokens of the members of the open object at `object` parsed so far.
    func memberKeys(of object: Int) -> [Int] {
        var keys: [Int] = []
        var key = object + 1
        while key < tokens.count - 1 {
            keys.append(key)
            key = tokens[key + 1].next
        }
        return keys
    }

    /// Whether a member before the key token `key` of the open object at `object` has its name.
    func hasMember(named key: Int, in object: Int) -> Bool {
        var earlier = object + 1
        while earlier < key {
            if sameString(key, earlier) { return true }
            earlier = tokens[earlier + 1].next
        }
        return false
    }

    /// The text of the string token at `index`, as ``JSONTape/string(at:)`` will read it.
    func text(ofToken index: Int) -> String {
        JSONTape.text(of: tokens[index], bytes: bytes.baseAddress!) { strings[$0] }
    }

    /// Whether two string tokens are equal as Swift strings.
    func sameString(_ a: Int, _ b: Int) -> Bool {
        JSONTape.sameText(tokens[a], tokens[b], bytes: bytes.baseAddress!) { strings[$0] }
    }

    mutating func parseArray() throws(JSONSyntaxError) {
        let array = try open(.array)
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            close(array, count: 0)
            return
        }
        while true {
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.array))
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                close(array, count: count)
                return
            case let byte: throw error(.unexpected(found: describeByte(byte), expected: .commaOrBracket))
            }
        }
    }

    /// Appends a string's token: raw for ASCII without escapes, otherwise the decoded text.
    mutating func parseString() throws(JSONSyntaxError) {
        let start = index
        index += 1
        let contentStart = index
        var hasEscape = false
        // Every byte ORed together: below 0x80, the string is ASCII.
        var bits: UInt8 = 0
        while true {
            guard index < bytes.count else {
                throw error(.truncated(.string), at: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                index += 2
                continue
            }
            if byte < 0x20 {
                throw error(.unescapedControlCharacter(describeByte(byte)))
            }
            bits |= byte
            index += 1
        }
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        index += 1
        let text: String
        if !hasEscape {
            // ASCII (ids, statuses, timestamps: most strings) needs no validation and no copy.
            if bits < 0x80 {
                append(.rawString, start: contentStart, count: content.count)
                return
            }
            guard let string = String(validating: content, as: UTF8.self) else {
                throw error(.invalidUTF8, at: firstInvalidUTF8(in: contentStart..<index - 1))
            }
            text = string
        } else {
            text = try unescape(contentStart..<index - 1)
        }
        append(.storedString, start: strings.count)
        strings.append(text)
    }

    func firstInvalidUTF8(in range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound {
            let length: Int
            switch bytes[i] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            let end = i + length
            guard end <= range.upperBound,
                String(validating: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self) != nil
            else { return i }
            i = end
        }
        return range.lowerBound
    }

    func unescape(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                i += 1
                continue
            }
            guard i + 1 < range.upperBound else { throw error(.incompleteEscape, at: i) }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "\""): output.append(0x22)
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "/"): output.append(0x2F)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalarValue = try hex4(at: i, limit: range.upperBound)
                i += 4
                if (0xD800...0xDBFF).contains(scalarValue) {
                    guard i + 6 <= range.upperBound, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                    else {
                        throw error(.unpairedSurrogate, at: i - 6)
                    }
                    let low = try hex4(at: i + 2, limit: range.upperBound)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error(.unpairedSurrogate, at: i - 6)
                    }
                    scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if (0xDC00...0xDFFF).contains(scalarValue) {
                    throw error(.unpairedSurrogate, at: i - 6)
                }
                guard let scalar = Unicode.Scalar(scalarValue) else {
                    throw error(.invalidUnicodeEscape, at: i - 6)
                }
                output.append(contentsOf: String(Character(scalar)).utf8)
            default:
                throw error(.invalidEscape("\\\(Character(Unicode.Scalar(escaped)))"), at: i - 2)
            }
        }
        guard let string = String(validating: output, as: UTF8.self) else {
            throw error(.invalidUTF8, at: firstInvalidUTF8(in: range))
        }
        return string
    }

    func hex4(at position: Int, limit: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= limit else { throw error(.incompleteUnicodeEscape, at: position - 2) }
        var value: UInt32 = 0
        for i in position..<position + 4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidHexDigit, at: i)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    mutating func parseNumber() throws(JSONSyntaxError) {
        let start = index
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw error(.leadingZeros, at: start)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error(.fractionDigitsExpected, at: start)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error(.exponentDigitsExpected, at: start)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        append(.number, start: start, count: index - start)
    }
}
