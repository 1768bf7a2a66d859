/// The SSH wire encoding (RFC 4251): `uint32` big-endian, `string` as a `uint32` length and
/// the bytes. What OpenSSH's key and signature formats are made of.
package struct SSHWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func raw(_ data: [UInt8]) { bytes += data }

    package mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    package mutating func string(_ data: [UInt8]) {
        uint32(UInt32(data.count))
        bytes += data
    }

    package mutating func string(_ text: String) { string(Array(text.utf8)) }
}

/// Reads the SSH wire encoding; every read fails (`nil`) past the end.
package struct SSHReader {
    private let bytes: [UInt8]
    private var offset = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package var isAtEnd: Bool { offset == bytes.count }

    package mutating func raw(_ count: Int) -> [UInt8]? {
        guard count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    package mutating func uint32() -> UInt32? {
        raw(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    package mutating func string() -> [UInt8]? {
        guard let length = uint32(), length <= UInt32(bytes.count - offset) else { return nil }
        return raw(Int(length))
    }

    package mutating func text() -> String? {
        string().flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// The rest, for padding checks.
    package mutating func rest() -> [UInt8] { raw(bytes.count - offset) ?? [] }
}

/// Base64 between `-----BEGIN label-----` and `-----END label-----` lines, 70 characters a
/// line as OpenSSH writes them.
package enum Armor {
    package static func wrap(_ bytes: [UInt8], label: String) -> String {
        let text = Base64.encode(bytes)
        var lines = ["-----BEGIN \(label)-----"]
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.index(start, offsetBy: 70, limitedBy: text.endIndex) ?? text.endIndex
            lines.append(String(text[start..<end]))
            start = end
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The bytes between the lines of `label`, or `nil` when the text has no such block.
    package static func unwrap(_ text: String, label: String) -> [UInt8]? {
        guard let begin = text.firstRange(of: "-----BEGIN \(label)-----"),
            let end = text.firstRange(of: "-----END \(label)-----"), begin.upperBound <= end.lowerBound
        else { return nil }
        return Base64.decode(text[begin.upperBound..<end.lowerBound])
    }
}
