/// The JSON Canonicalization Scheme (RFC 8785) of a JSON value: no white space, object members
/// sorted by the UTF-16 code units of their keys, strings with only the escapes ECMAScript's
/// `JSON.stringify` makes. Two files that differ only in formatting (indentation, member
/// order, escapes such as `\u3042` for あ) have the same canonical form, so a hash of it
/// identifies the content, not the layout — and any JCS implementation reproduces it.
///
/// Integers are written as ECMAScript writes them (`-0` as `0`); the formats hashed here
/// (assessments) hold no other numbers, and any other number is written as it was read.
package enum CanonicalJSON {
    /// The canonical UTF-8 bytes of `value`.
    package static func bytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output += Array("null".utf8)
        case .bool(let flag): output += Array((flag ? "true" : "false").utf8)
        case .number(let number): output += Array((number.intValue.map(String.init) ?? number.text).utf8)
        case .string(let string): appendString(string, into: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                write(item, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            let members = object.members.sorted { precedesInUTF16($0.0, $1.0) }
            for (offset, (key, item)) in members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                appendString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(item, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// UTF-16 order. It is UTF-8 byte order unless a scalar beyond U+FFFF (a lead byte from
    /// 0xF0) meets one from U+E000, so the UTF-16 view is walked only then.
    private static func precedesInUTF16(_ a: String, _ b: String) -> Bool {
        if a.utf8.contains(where: { $0 >= 0xF0 }) || b.utf8.contains(where: { $0 >= 0xF0 }) {
            return a.utf16.lexicographicallyPrecedes(b.utf16)
        }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20:
                output += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
