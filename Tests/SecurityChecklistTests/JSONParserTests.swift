import Testing

@testable import SecurityChecklist

@Suite("JSON parser")
struct JSONParserTests {
    @Test(
        "accepts valid documents",
        arguments: [
            (#"{"a": [1, -2.5e3, true, false, null, "x"]}"#, #"{"a":[1,-2.5e3,true,false,null,"x"]}"#),
            (#"  "\u65e5\u672c\n\"\\\/"  "#, #""日本\n\"\\/""#),
            (#""\ud83d\ude00""#, "\"😀\""),
            ("\u{FEFF}{}", "{}"),
            (#"{"b": 1, "a": 2}"#, #"{"a":2,"b":1}"#),
            ("[]", "[]"),
            ("0", "0"),
        ])
    func valid(input: String, compact: String) throws {
        let value = try JSONParser.parse(input)
        #expect(JSONWriter.compact(value) == compact)
    }

    /// Strings are written in runs between escapes: each escape sits where its scalar was, a CR
    /// of a CRLF included, and combining marks stay on their letters.
    @Test(
        "escapes scalars inside characters and between runs",
        arguments: [
            ("a\r\nb", #""a\r\nb""#), ("\r\n", #""\r\n""#), ("e\u{301}\"", "\"e\u{301}\\\"\""),
            ("日本\u{202E}語\\", #""日本\u202e語\\""#), ("\u{1B}[31m", #""\u001b[31m""#), ("", #""""#),
            ("末尾\u{7F}", #""末尾\u007f""#), ("\u{85}x\u{2028}", #""\u0085x\u2028""#),
        ])
    func writtenStrings(text: String, written: String) {
        #expect(JSONWriter.compact(.string(text)) == written)
    }

    @Test(
        "rejects invalid documents with a position",
        arguments: [
            ("", "the file is empty", 1, 1),
            ("   ", "no JSON value found", 1, 4),
            (#"{"a": 1, "a": 2}"#, "duplicate member name \"a\"", 1, 10),
            (#"{"a": 1"#, "unexpected end of file inside an object (the file looks truncated)", 1, 8),
            (#"{"a": "x"#, "unterminated string (the file looks truncated)", 1, 7),
            ("[1,]", "unexpected ']'; expected a JSON value", 1, 4),
            ("{\n  \"a\": tru\n}", "invalid literal; expected true", 2, 8),
            ("01", "numbers must not have leading zeros", 1, 1),
            ("1.", "invalid number: digits expected after '.'", 1, 1),
            (#""\x""#, "invalid escape sequence \\x", 1, 2),
            (#""\ud83d""#, "unpaired UTF-16 surrogate in \\u escape", 1, 2),
            ("\"a\u{01}\"", "control character byte 0x1 inside a string must be escaped", 1, 3),
            ("{} x", "unexpected text after the end of the JSON value", 1, 4),
            ("[1 2]", "unexpected '2'; expected ',' or ']'", 1, 4),
        ])
    func invalid(input: String, message: String, line: Int, column: Int) {
        #expect {
            try JSONParser.parse(input)
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            return error.message == message && error.line == line && error.column == column
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            #expect(error.message == "text is not valid UTF-8")
            #expect(error.column == 8)
        }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
        #expect((try? JSONParser.parse(fine)) != nil)
        let hostile = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(hostile) }
    }

    @Test func keepsMemberOrderAndNumberText() throws {
        guard case .object(let object) = try JSONParser.parse(#"{"z": 1.50, "a": 1e2}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["z", "a"])
        #expect(object["z"] == .number(JSONNumber(text: "1.50")))
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesSortedIndentedUnescapedText() throws {
        let value = try JSONParser.parse(#"{"b": {"y": [], "x": {}}, "a": ["日本語", "tab\t", "ctl\u0001"], "C": 1}"#)
        let expected = """
            {
              "C": 1,
              "a": [
                "日本語",
                "tab\\t",
                "ctl\\u0001"
              ],
              "b": {
                "x": {},
                "y": []
              }
            }

            """
        #expect(JSONWriter.write(value) == expected)
    }

    @Test func roundTripsThroughTheParser() throws {
        let text = #"{"a": "\"quoted\" \\ back / slash \u2028 😀", "n": -0.125}"#
        let value = try JSONParser.parse(text)
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
    }
}

/// Building objects stays linear: an assessment may hold 100,000 answers (kept for controls
/// the checklist no longer has), and each save builds one object of them.
@Suite("JSON objects at scale")
struct JSONObjectScaleTests {
    @Test func aLargeObjectIsBuiltInOnePassAndKeepsOrderAndLastValues() {
        let count = 200_000
        var members = (0..<count).map { ("k\($0)", JSONValue.number(JSONNumber($0))) }
        members.append(("k7", .string("last")))
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(JSONObject(members).count == count) }
        let object = JSONObject(members)
        #expect(object.keys.prefix(3) == ["k0", "k1", "k2"])
        #expect(object["k7"] == .string("last"))
        // Replacing each member by a linear search took minutes at this size; one pass takes
        // well under a second even in a debug build. The bound only catches a quadratic return.
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
