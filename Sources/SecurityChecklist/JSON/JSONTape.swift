/// A parsed JSON document as the loaders read it: the bytes, and one token per value in
/// document order (a "tape"), with no tree of values built in between.
///
/// An object's token is followed by its members, each a key token and then the value's tokens;
/// an array's by its items. Every token knows where the value after it starts, so a reader
/// steps over a member without looking inside. Strings stay in the bytes until a reader asks for
/// one, except those the parser had to decode (escapes) or validate (non-ASCII), which it keeps
/// as it made them. ``JSONNode`` is the way to read it; ``JSONParser/parse(_:)-(Collection<UInt8>)``
/// still builds a ``JSONValue`` tree for code that edits or writes documents.
///
/// Nodes point into the tape's memory and do not keep it alive (counting references on every
/// step cost as much as the tree did); ``JSONParser/withTape(_:_:)`` keeps it alive while they
/// are read.
package final class JSONTape {
    struct Token {
        enum Kind: UInt8 {
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

    /// Where a tape's tokens, bytes and decoded strings are: what nodes carry, so reading a
    /// document counts no references. Valid while the tape lives.
    struct Contents {
        let tokens: UnsafePointer<Token>
        let bytes: UnsafePointer<UInt8>
        let strings: UnsafePointer<String>

        /// The text of the string token at `index`.
        func string(at index: Int) -> String {
            JSONTape.text(of: tokens[index], bytes: bytes) { strings[$0] }
        }

        /// Whether the string token at `index` has exactly the bytes of `name`: for a raw
        /// (ASCII) token, equal bytes are equal strings. A stored token is compared as a string.
        @inline(__always)
        func string(at index: Int, is name: String) -> Bool {
            let token = tokens[index]
            guard token.kind == .rawString else { return strings[token.start] == name }
            guard token.count == name.utf8.count else { return false }
            let start = bytes + token.start
            return name.utf8.withContiguousStorageIfAvailable { sameBytes(start, $0) }
                ?? UnsafeBufferPointer(start: start, count: token.count).elementsEqual(name.utf8)
        }

        /// Whether the string token at `index` has exactly the bytes `name` (a stored token is
        /// compared as a string); for looking one name up among many keys.
        @inline(__always)
        func string(at index: Int, hasBytes name: UnsafeBufferPointer<UInt8>) -> Bool {
            let token = tokens[index]
            if token.kind == .storedString { return strings[token.start] == String(decoding: name, as: UTF8.self) }
            return token.count == name.count && sameBytes(bytes + token.start, name)
        }
    }

    private let tokens: UnsafeMutableBufferPointer<Token>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let strings: UnsafeMutableBufferPointer<String>
    private let stringCount: Int
    let contents: Contents

    init(bytes: [UInt8], tokens: [Token], strings: [String]) {
        // One more byte and string than needed, so no buffer is empty and each has an address.
        self.bytes = .allocate(capacity: bytes.count + 1)
        _ = self.bytes.initialize(from: bytes)
        self.tokens = .allocate(capacity: tokens.count)
        _ = self.tokens.initialize(from: tokens)
        self.strings = .allocate(capacity: strings.count + 1)
        _ = self.strings.initialize(from: strings)
        stringCount = strings.count
        contents = Contents(
            tokens: UnsafePointer(self.tokens.baseAddress!), bytes: UnsafePointer(self.bytes.baseAddress!),
            strings: UnsafePointer(self.strings.baseAddress!))
    }

    deinit {
        bytes.deallocate()
        tokens.deallocate()
        strings.baseAddress!.deinitialize(count: stringCount)
        strings.deallocate()
    }

    /// The document's top-level value, valid while the tape lives.
    var root: JSONNode { JSONNode(tape: contents, index: 0) }

    /// The text of a string token of a tape being written or read; `stored` gives the strings
    /// the parser kept.
    static func text(of token: Token, bytes: UnsafePointer<UInt8>, stored: (Int) -> String) -> String {
        if token.kind == .storedString { return stored(token.start) }
        return String(decoding: UnsafeBufferPointer(start: bytes + token.start, count: token.count), as: UTF8.self)
    }

    /// Whether two string tokens are equal the way Swift compares strings. Raw strings are
    /// ASCII, so for two of them equal bytes are equal strings.
    static func sameText(_ a: Token, _ b: Token, bytes: UnsafePointer<UInt8>, stored: (Int) -> String) -> Bool {
        guard a.kind == .rawString, b.kind == .rawString else {
            return text(of: a, bytes: bytes, stored: stored) == text(of: b, bytes: bytes, stored: stored)
        }
        return a.count == b.count
            && sameBytes(bytes + a.start, UnsafeBufferPointer(start: bytes + b.start, count: b.count))
    }
}

/// Whether the bytes at `a` are those of `b` (member names: a few bytes each).
@inline(__always)
private func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for i in 0..<b.count where a[i] != b[i] { return false }
    return true
}

extension String {
    /// Whether every byte is ASCII, so that no other string of other bytes equals it.
    var isASCIIText: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var any: UInt8 = 0
            for byte in bytes { any |= byte }
            return any < 0x80
        } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}
