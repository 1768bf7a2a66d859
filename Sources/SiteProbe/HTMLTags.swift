import SecurityChecklist

/// The start tags of an HTML page with their attributes: what the probe reads of a page
/// (scripts, meta tags, iframes, forms, inputs, links). Not a full HTML parser: it skips
/// comments and the contents of `script` and `style`, and reads attributes as browsers do
/// (names lowercased, values quoted or not, character references in values decoded for `&amp;`,
/// `&quot;`, `&#39;`, `&lt;` and `&gt;`).
struct HTMLTags {
    /// One start tag.
    struct Tag: Sendable, Hashable {
        /// Its name, lowercased.
        var name: String
        /// Its attributes in order, names lowercased; a repeated name keeps its first value.
        var attributes: [(name: String, value: String)]

        /// The value of attribute `name`, if present.
        subscript(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

        static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
                && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(name) }
    }

    /// The tags in document order.
    private(set) var tags: [Tag] = []

    /// Scans `text`.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if Self.starts(bytes, at: index, with: "<!--") {
                index = Self.find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            let nameStart = index + 1
            var cursor = nameStart
            while cursor < bytes.count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart, Self.isLetter(bytes[nameStart]) else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            var attributes: [(name: String, value: String)] = []
            cursor = Self.readAttributes(bytes, from: cursor, into: &attributes)
            tags.append(Tag(name: name, attributes: attributes))
            index = cursor
            if name == "script" || name == "style" {
                index = Self.findCaseless(bytes, "</" + name, from: index) ?? bytes.count
            }
        }
    }

    /// The tags named `name`.
    func all(_ name: String) -> [Tag] { tags.filter { $0.name == name } }

    /// The content of the first `<meta name="…">` with this name (case-insensitive).
    func meta(_ name: String) -> String? {
        all("meta").first { $0["name"]?.lowercased() == name }?["content"]
    }

    private static func readAttributes(
        _ bytes: [UInt8], from start: Int, into attributes: inout [(name: String, value: String)]
    ) -> Int {
        var index = start
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") { return index + 1 }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]),
                ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index])
            {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<min(index, bytes.count)], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if !name.isEmpty, !attributes.contains(where: { $0.name == name }) {
                attributes.append((name, decodeReferences(value)))
            }
        }
        return index
    }

    private static func decodeReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = value
        for (entity, text) in [
            ("&quot;", "\""), ("&#34;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
        ] {
            result = result.replacingAll(entity, with: text)
        }
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where starts(bytes, at: index, with: needle) {
            return index
        }
        return nil
    }

    private static func findCaseless(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.lowercased().utf8)
        guard start <= bytes.count - pattern.count else { return nil }
        outer: for index in start...(bytes.count - pattern.count) {
            for offset in 0..<pattern.count {
                var byte = bytes[index + offset]
                if (0x41...0x5A).contains(byte) { byte += 0x20 }
                if byte != pattern[offset] { continue outer }
            }
            return index
        }
        return nil
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
