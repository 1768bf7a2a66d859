/// Writes JSON deterministically: members sorted by key (UTF-8 byte order), two-space
/// indentation, `"key": value`, LF line ends and a final newline, non-ASCII text unescaped.
///
/// Two saves of equal values give identical bytes, so result files diff cleanly in git.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        var output = ""
        output.reserveCapacity(4096)
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    /// One line, no spaces: for compact machine output such as JSON Lines.
    package static func compact(_ value: JSONValue) -> String {
        var output = ""
        writeCompact(value, into: &output)
        return output
    }

    static func sortedMembers(_ object: JSONObject) -> [(String, JSONValue)] {
        object.members.sorted { $0.0.utf8Precedes($1.0) }
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .array(let items) where !items.isEmpty:
            output.append("[\n")
            for (offset, item) in items.enumerated() {
                appendIndent(indent + 1, into: &output)
                write(item, indent: indent + 1, into: &output)
                output.append(offset == items.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("]")
        case .object(let object) where !object.isEmpty:
            output.append("{\n")
            let members = sortedMembers(object)
            for (offset, (key, item)) in members.enumerated() {
                appendIndent(indent + 1, into: &output)
                appendString(key, into: &output)
                output.append(": ")
                write(item, indent: indent + 1, into: &output)
                output.append(offset == members.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("}")
        default:
            writeCompact(value, into: &output)
        }
    }

    private static func writeCompact(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(number.text)
        case .string(let string): appendString(string, into: &output)
        case .array(let items):
            output.append("[")
            for (offset, item) in items.enumerated() {
                if offset > 0 { output.append(",") }
                writeCompact(item, into: &output)
            }
            output.append("]")
        case .object(let object):
            output.append("{")
            for (offset, (key, item)) in sortedMembers(object).enumerated() {
                if offset > 0 { output.append(",") }
                appendString(key, into: &output)
                output.append(":")
                writeCompact(item, into: &output)
            }
            output.append("}")
        }
    }

    private static func appendIndent(_ level: Int, into output: inout String) {
        output.append(String(repeating: "  ", count: level))
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// Escapes the quote, the backslash and control characters (C0 and C1, DEL, line separators,
    /// bidirectional overrides); everything else, Japanese included, is written as it is.
    package static func appendString(_ string: String, into output: inout String) {
        output.append("\"")
        // Runs that need no escape are appended whole. Every scalar that needs one starts with
        // an ASCII byte or with 0xC2 (C1 controls), 0xD8 (U+061C) or 0xE2 (U+2028 and the
        // direction marks), so only those bytes are looked at more closely. Sliced by scalars,
        // never by characters (the CR of a CRLF is escaped on its own).
        let utf8 = string.utf8
        var run = utf8.startIndex
        var position = utf8.startIndex
        while position < utf8.endIndex {
            let byte = utf8[position]
            let escaped: Unicode.Scalar? =
                switch byte {
                case 0x00..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F: Unicode.Scalar(byte)
                case 0xC2, 0xD8, 0xE2: escapedOrNil(string.unicodeScalars[position])
                default: nil
                }
            guard let escaped else {
                position = utf8.index(after: position)
                continue
            }
            output.append(contentsOf: Substring(utf8[run..<position]))
            appendEscaped(escaped, into: &output)
            position = string.unicodeScalars.index(after: position)
            run = position
        }
        output.append(contentsOf: Substring(utf8[run...]))
        output.append("\"")
    }

    private static func escapedOrNil(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        TerminalText.needsEscape(scalar) ? scalar : nil
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, into output: inout String) {
        switch scalar {
        case "\"": output.append("\\\"")
        case "\\": output.append("\\\\")
        case "\n": output.append("\\n")
        case "\r": output.append("\\r")
        case "\t": output.append("\\t")
        case "\u{08}": output.append("\\b")
        case "\u{0C}": output.append("\\f")
        default:
            // C0 controls must be escaped; C1 controls, DEL, line separators and bidi
            // overrides are escaped too, so JSON printed to a terminal cannot drive it.
            output.append("\\u")
            for shift in stride(from: 12, through: 0, by: -4) {
                output.append(hexDigits[Int((scalar.value >> UInt32(shift)) & 0xF)])
            }
        }
    }
}
