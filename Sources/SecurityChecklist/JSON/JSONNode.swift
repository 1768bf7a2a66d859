/// One value of a parsed document, read in place on its ``JSONTape``: what the strict loaders
/// decode from. Reading a string or a number makes it then; nothing else is built.
package struct JSONNode: Sendable {
    let tape: JSONTape
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

    /// Whether this is the string `text`, without making a string from the bytes.
    package func isString(_ text: String) -> Bool {
        switch token.kind {
        case .rawString, .storedString: tape.string(at: index, equals: text, nameIsASCII: text.isASCIIText)
        default: false
        }
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
            text: tape.bytes.withUnsafeBufferPointer {
                String(
                    decoding: UnsafeBufferPointer(rebasing: $0[token.start..<token.start + token.count]), as: UTF8.self)
            })
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
package struct JSONMembers: Sequence, Sendable {
    let tape: JSONTape
    /// The object's token.
    let index: Int

    package var count: Int { tape.tokens[index].count }
    package var isEmpty: Bool { count == 0 }

    /// The value of the member named `key`.
    package subscript(key: String) -> JSONNode? {
        let isASCII = key.isASCIIText
        var member = index + 1
        for _ in 0..<count {
            if tape.string(at: member, equals: key, nameIsASCII: isASCII) {
                return JSONNode(tape: tape, index: member + 1)
            }
            member = tape.tokens[member + 1].next
        }
        return nil
    }

    /// The member names that are in neither `required` nor `optional`, in order.
    package func keys(notIn required: [String], _ optional: [String]) -> [String] {
        let isASCII = required.allSatisfy(\.isASCIIText) && optional.allSatisfy(\.isASCIIText)
        var unknown: [String] = []
        var member = index + 1
        for _ in 0..<count {
            let known =
                required.contains { tape.string(at: member, equals: $0, nameIsASCII: isASCII) }
                || optional.contains { tape.string(at: member, equals: $0, nameIsASCII: isASCII) }
            if !known { unknown.append(tape.string(at: member)) }
            member = tape.tokens[member + 1].next
        }
        return unknown
    }

    package struct Iterator: IteratorProtocol {
        let tape: JSONTape
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
