/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Stricter than the standard: duplicate object keys are an error, nesting is limited, and text
/// must be valid UTF-8 (a leading byte-order mark is skipped). Errors carry the line and column.
package enum JSONParser {
    /// The deepest nesting of arrays and objects accepted. The project's formats need 6.
    package static let maximumDepth = 64

    /// Parses one JSON document.
    /// - Complexity: O(n) in the number of bytes.
    package static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Parser(bytes: buffer)
            return try parser.parseDocument()
        }
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
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        if index == bytes.count { throw error(bytes.isEmpty ? .emptyFile : .noValue) }
        let value = try parseValue()
        skipWhitespace()
        if index != bytes.count { throw error(.textAfterValue) }
        return value
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

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error(.truncated(.value)) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
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

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var object = JSONObject()
        // Small objects (the usual case) check duplicates by scanning; large ones use a set.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
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
            let key = try parseString()
            let duplicate: Bool
            if seen != nil {
                duplicate = !seen!.insert(key).inserted
            } else if object.count >= 16 {
                var set = Set(object.keys)
                duplicate = !set.insert(key).inserted
                seen = set
            } else {
                duplicate = object.contains(key)
            }
            guard !duplicate else {
                throw error(.duplicateMember(key), at: keyStart)
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
            let value = try parseValue()
            object.appendUnchecked(key, value)
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.object))
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return .object(object)
            case let byte: throw error(.unexpected(found: describeByte(byte), expected: .commaOrBrace))
            }
        }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(array)
        }
        while true {
            skipWhitespace()
            array.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.truncated(.array))
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .array(array)
            case let byte: throw error(.unexpected(found: describeByte(byte), expected: .commaOrBracket))
            }
        }
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        let contentStart = index
        var hasEscape = false
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
            index += 1
        }
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        index += 1
        if !hasEscape {
            // ASCII (ids, statuses, timestamps: most strings) needs no validation.
            if !content.contains(where: { $0 >= 0x80 }) { return String(decoding: content, as: UTF8.self) }
            guard let string = String(validating: content, as: UTF8.self) else {
                throw error(.invalidUTF8, at: firstInvalidUTF8(in: contentStart..<index - 1))
            }
            return string
        }
        return try unescape(contentStart..<index - 1)
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

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
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
        return JSONNumber(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }
}
