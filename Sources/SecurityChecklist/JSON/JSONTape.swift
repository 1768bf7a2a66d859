/// A parsed JSON document as the loaders read it: the bytes, and one token per value in
/// document order (a "tape"), with no tree of values built in between.
///
/// An object's token is followed by its members, each a key token and then the value's tokens;
/// an array's by its items. Every token knows where the value after it starts, so a reader
/// steps over a member without looking inside. Strings stay in the bytes until a reader asks for
/// one, except those the parser had to decode (escapes) or validate (non-ASCII), which it keeps
/// as it made them. ``JSONNode`` is the way to read it; ``JSONParser/parse(_:)-(Collection<UInt8>)``
/// still builds a ``JSONValue`` tree for code that edits or writes documents.
package final class JSONTape: Sendable {
    struct Token: Sendable {
        enum Kind: UInt8, Sendable {
            case null, `false`, `true`, number
            /// ASCII without escapes, read from the bytes.
            case rawString
            /// A string the parser decoded or validated, kept in ``JSONTape/strings``.
            case storedString
            case array, object
        }

        var kind: Kind
        /// `number`, `rawString`: the offset of the first byte; `storedString`: the index in
        /// ``JSONTape/strings``.
        var start: Int
        /// `number`, `rawString`: the length in bytes; `array`: items; `object`: members.
        var count: Int
        /// The index of the token after this value and everything inside it.
        var next: Int
    }

    let bytes: [UInt8]
    let tokens: [Token]
    let strings: [String]

    init(bytes: [UInt8], tokens: [Token], strings: [String]) {
        self.bytes = bytes
        self.tokens = tokens
        self.strings = strings
    }

    /// The document's top-level value.
    package var root: JSONNode { JSONNode(tape: self, index: 0) }

    /// The text of the string token at `index`.
    func string(at index: Int) -> String {
        let token = tokens[index]
        if token.kind == .storedString { return strings[token.start] }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[token.start..<token.start + token.count]), as: UTF8.self)
        }
    }

    /// Whether the string token at `index` is `name`, comparing bytes where both are ASCII (a
    /// few non-ASCII characters, such as the Kelvin sign, equal ASCII ones as Swift strings).
    /// `nameIsASCII` is passed in so a scan over many members checks the name once.
    func string(at index: Int, equals name: String, nameIsASCII: Bool) -> Bool {
        let token = tokens[index]
        guard token.kind == .rawString, nameIsASCII else { return string(at: index) == name }
        guard token.count == name.utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let key = UnsafeBufferPointer(rebasing: buffer[token.start..<token.start + token.count])
            return name.utf8.withContiguousStorageIfAvailable { sameBytes(key, $0) } ?? key.elementsEqual(name.utf8)
        }
    }

    /// Whether the string tokens at `a` and `b` are equal the way Swift compares strings.
    /// Raw strings are ASCII, so for two of them equal bytes are equal strings.
    func strings(at a: Int, _ b: Int) -> Bool {
        let first = tokens[a]
        let second = tokens[b]
        guard first.kind == .rawString, second.kind == .rawString else { return string(at: a) == string(at: b) }
        guard first.count == second.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            sameBytes(
                UnsafeBufferPointer(rebasing: buffer[first.start..<first.start + first.count]),
                UnsafeBufferPointer(rebasing: buffer[second.start..<second.start + second.count]))
        }
    }
}

/// Byte equality of two buffers of equal length (member names: a few bytes each).
private func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}

extension String {
    /// Whether every byte is ASCII, so a byte comparison with ASCII text is a string comparison.
    var isASCIIText: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
