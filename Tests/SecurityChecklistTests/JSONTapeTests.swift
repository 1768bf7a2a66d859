import Testing

@testable import SecurityChecklist

/// The tape the loaders read: what a node answers must be what the tree it stands for holds.
@Suite("JSON tape")
struct JSONTapeTests {
    /// Reads `text`'s root with `body`, inside the call that keeps the tape alive.
    static func read<Result>(_ text: String, _ body: (JSONNode) -> Result) throws -> Result {
        try JSONParser.withTape(Array(text.utf8), body)
    }

    @Test(
        "a node reads as the value it stands for",
        arguments: [
            (#"null"#, "null"), (#"true"#, "boolean"), (#"false"#, "boolean"), (#"-1.50e3"#, "number"),
            (#""ascii""#, "string"), (#""日本語""#, "string"), (#""a\"b\u00e9""#, "string"), (#"[]"#, "array"),
            (#"[1, [2, {"a": [3]}], "x"]"#, "array"), (#"{}"#, "object"),
            (#"{"a": {"b": [1, 2, {"c": null}]}, "d": "e", "f": [], "g": {}}"#, "object"),
        ])
    func nodes(text: String, typeName: String) throws {
        try Self.read(text) { node in check(node, typeName: typeName) }
        // The tree made from the tape writes back as the text does.
        let written = JSONWriter.compact(try JSONParser.parse(text))
        #expect(JSONWriter.compact(try JSONParser.parse(written)) == written)
    }

    func check(_ node: JSONNode, typeName: String) {
        #expect(node.typeName == typeName)
        #expect(node.value.typeName == typeName)
        switch node.value {
        case .null: #expect(node.string == nil && node.bool == nil && node.number == nil)
        case .bool(let flag): #expect(node.bool == flag)
        case .number(let number): #expect(node.number == number)
        case .string(let string):
            #expect(node.string == string)
            #expect(node.isString(string))
            #expect(!node.isString(string + "x"))
        case .array(let items): #expect(node.items?.map(\.value) == items)
        case .object(let object):
            guard let members = node.object else {
                Issue.record("not an object")
                return
            }
            #expect(members.count == object.count)
            #expect(members.map(\.key) == object.keys)
            for (key, value) in object.members { #expect(members[key]?.value == value) }
            #expect(members["missing"] == nil)
        }
    }

    @Test("a member is found past nested values, by its name as Swift compares strings")
    func lookUp() throws {
        let text = #"{"a": {"x": 1, "y": [1, {"z": 2}]}, "b": [[], {}], "\u0063": 3, "日本": 4, "K": 5}"#
        try Self.read(text) { root in
            guard let members = root.object else {
                Issue.record("not an object")
                return
            }
            #expect(members["a"]?.object?["y"]?.items?[1].object?["z"]?.number?.text == "2")
            #expect(members["b"]?.items?.count == 2)
            #expect(members["c"]?.number?.text == "3")
            #expect(members["日本"]?.number?.text == "4")
            // U+212A KELVIN SIGN is canonically equivalent to "K", as `String ==` holds.
            #expect(members["\u{212A}"]?.number?.text == "5")
            #expect(members["x"] == nil && members["z"] == nil)
            #expect(members.keys(notIn: ["a", "b"], ["c"]) == ["日本", "K"])
            #expect(members.keys(notIn: ["a", "b", "c", "日本"], ["\u{212A}"]).isEmpty)
            // Which names a member has, and whether any member is named by none.
            #expect(members.names(["b", "a"], ["z", "c"]) == (found: 0b1011, allKnown: false))
            #expect(members.names(["a", "b", "c", "日本"], ["\u{212A}", "y"]) == (found: 0b11111, allKnown: true))
        }
    }

    @Test(
        "duplicate names are refused however they are written, in small and large objects",
        arguments: [
            (#"{"a": 1, "\u0061": 2}"#, "a", 10), (#"{"\u00e9": 1, "é": 2}"#, "é", 15),
            (#"{"K": 1, "\u212A": 2}"#, "\u{212A}", 10),
            ("{" + (0..<20).map { #""k\#($0)": \#($0), "# }.joined() + #""k7": 0}"#, "k7", 202),
            ("{" + (0..<20).map { #""k\#($0)": \#($0), "# }.joined() + #""\u006b19": 0}"#, "k19", 202),
        ])
    func duplicates(text: String, name: String, column: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            return error.problem == .duplicateMember(name) && error.line == 1 && error.column == column
        }
    }

    @Test("distinct names in a large object are all kept, escaped or not")
    func largeObject() throws {
        let text = "{" + (0..<40).map { #""k\#($0)": \#($0)"# }.joined(separator: ", ") + #", "\u006b40": 40}"#
        try Self.read(text) { root in
            #expect(root.object?.count == 41)
            #expect(root.object?.map(\.key) == (0...40).map { "k\($0)" })
            #expect(root.object?["k40"]?.number?.intValue == 40)
        }
    }
}
