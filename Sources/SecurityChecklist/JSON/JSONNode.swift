/// One value of a parsed document, read in place on its ``JSONTape``: what the strict loaders
/// decode from. Reading a string or a number makes it then; nothing else is built. A node is
/// valid only inside the ``JSONParser/withTape(_:_:)`` call that gave it.
package struct JSONNode {
    let tape: JSONTape.Contents
    let index: Int

    private var token: JSONTape.Token { tape.tokens[index] }

    /// The JSON type name used in error messages ("object", "string", ...), as ``JSONValue/typeName``.
    package var typeName: String {
        switch token.kind {
        case .null: "null"
        case .false, .true: "boolean"
        case .number: "number"
        case .rawString, .storedString: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The text, when this is a string.
    package var string: String? {
        switch token.kind {
        case .rawString, .storedString: tape.string(at: index)
        default: nil
        }
    }

    /// Whether this is the string `text`, without making a string from the bytes when both
    /// are ASCII.
    package func isString(_ text: String) -> Bool {
        switch token.kind {
        case .rawString:
            return tape.string(at: index, is: text)
                || (!text.isASCIIText && tape.string(at: index) == text)
        case .storedString: return tape.string(at: index) == text
        default: return false
        }
    }

    /// `read` applied to the bytes of a string that is ASCII without escapes (most ids, times
    /// and statuses), so it is read without making a string; `nil` for any other value.
    package func withASCIIBytes<Result>(_ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let token = token
        guard token.kind == .rawString else { return nil }
        return read(UnsafeBufferPointer(start: tape.bytes + token.start, count: token.count))
    }

    package var bool: Bool? {
        switch token.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// The number as its source text, when this is a number.
    package var number: JSONNumber? {
        let token = token
        guard token.kind == .number else { return nil }
        return JSONNumber(
            text: String(
                decoding: UnsafeBufferPointer(start: tape.bytes + token.start, count: token.count), as: UTF8.self))
    }

    /// The members, when this is an object.
    package var object: JSONMembers? {
        token.kind == .object ? JSONMembers(tape: tape, index: index) : nil
    }

    /// The items in order, when this is an array.
    package var items: [JSONNode]? {
        let token = token
        guard token.kind == .array else { return nil }
        var items: [JSONNode] = []
        items.reserveCapacity(token.count)
        var item = index + 1
        for _ in 0..<token.count {
            items.append(JSONNode(tape: tape, index: item))
            item = tape.tokens[item].next
        }
        return items
    }

    /// The value as a tree, for messages that quote it and for code that edits documents.
    package var value: JSONValue {
        switch token.kind {
        case .null: .null
        case .false: .bool(false)
        case .true: .bool(true)
        case .number: .number(number!)
        case .rawString, .storedString: .string(tape.string(at: index))
        case .array: .array(items!.map(\.value))
        case .object:
            .object(
                JSONMembers(tape: tape, index: index).reduce(into: JSONObject()) {
                    $0.appendUnchecked($1.key, $1.value.value)
                })
        }
    }
}

/// The members of an object on a ``JSONTape``, in order; keys are unique (the parser refuses
/// duplicates). Looking a member up compares bytes and steps over the other members' values.
package struct JSONMembers: Sequence {
    let tape: JSONTape.Contents
    /// The object's token.
    let index: Int

    package var count: Int { tape.tokens[index].count }
    package var isEmpty: Bool { count == 0 }

    /// The value of the member named `key`, found as `String ==` would find it. Keys are
    /// compared by their bytes first; only a non-ASCII `key` that matched no bytes is compared
    /// again as a string (a few non-ASCII characters, such as the Kelvin sign, equal ASCII ones).
    package subscript(key: String) -> JSONNode? {
        // `true` when the bytes settle it: a match, or no match for an ASCII name.
        var settled = false
        let byBytes = key.utf8.withContiguousStorageIfAvailable { name -> JSONNode? in
            if let found = member(where: { tape.string(at: $0, hasBytes: name) }) {
                settled = true
                return found
            }
            var any: UInt8 = 0
            for byte in name { any |= byte }
            settled = any < 0x80
            return nil
        }
        if settled { return byBytes ?? nil }
        return member { tape.string(at: $0) == key }
    }

    /// The value of the first member whose key token satisfies `matches`.
    @inline(__always)
    private func member(where matches: (Int) -> Bool) -> JSONNode? {
        let tokens = tape.tokens
        var member = index + 1
        for _ in 0..<tokens[index].count {
            if matches(member) { return JSONNode(tape: tape, index: member + 1) }
            member = tokens[member + 1].next
        }
        return nil
    }

    /// Which of `required` and then `optional` (at most 64 names) name a member, as bits by
    /// position, and whether every member has one of the names. One pass over the members;
    /// bytes are compared only where the lengths agree, and a key that matches no name's bytes
    /// is compared again as a string.
    package func names(_ required: [String], _ optional: [String]) -> (found: UInt64, allKnown: Bool) {
        precondition(required.count + optional.count <= 64, "at most 64 member names")
        let tokens = tape.tokens
        var found: UInt64 = 0
        var allKnown = true
        var member = index + 1
        for _ in 0..<tokens[index].count {
            let position =
                required.firstIndex { tape.string(at: member, is: $0) }
                ?? optional.firstIndex { tape.string(at: member, is: $0) }.map { required.count + $0 }
                ?? required.firstIndex { tape.string(at: member) == $0 }
                ?? optional.firstIndex { tape.string(at: member) == $0 }.map { required.count + $0 }
            if let position { found |= 1 << UInt64(position) } else { allKnown = false }
            member = tokens[member + 1].next
        }
        return (found, allKnown)
    }

    /// The member names that are in neither `required` nor `optional`, in order.
    package func keys(notIn required: [String], _ optional: [String]) -> [String] {
        map(\.key).filter { !required.contains($0) && !optional.contains($0) }
    }

    package struct Iterator: IteratorProtocol {
        let tape: JSONTape.Contents
        var member: Int
        var remaining: Int

        package mutating func next() -> (key: String, value: JSONNode)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let key = member
            member = tape.tokens[key + 1].next
            return (tape.string(at: key), JSONNode(tape: tape, index: key + 1))
        }
    }

    package func makeIterator() -> Iterator { Iterator(tape: tape, member: index + 1, remaining: count) }
    package var underestimatedCount: Int { count }
}
