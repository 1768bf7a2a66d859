import Testing

@testable import SecurityChecklist

@Suite("Checklist loading")
struct ChecklistLoadingTests {
    static func base() throws -> JSONValue { try JSONParser.parse(Fixture.bytes("scoring-checklist.json")) }

    static func errors(_ value: JSONValue) -> [String] {
        do {
            _ = try Checklist(json: Array(JSONWriter.write(value).utf8), source: "fixture.json")
            return []
        } catch {
            return error.lines
        }
    }

    @Test func fixtureLoads() throws {
        let checklist = try Fixture.scoringChecklist()
        #expect(checklist.controls.map(\.id) == ["A", "B", "C", "D", "E"])
        #expect(checklist.weight(of: checklist.control("E")!) == Decimal3(thousandths: 2500))
        #expect(checklist.weight(of: checklist.control("A")!) == Decimal3(5))
    }

    /// One broken document per rule: the path changed, the new value, and the exact line expected.
    @Test(
        "each rule reports the file, the JSON path and the valid values",
        arguments: [
            (
                ["schema"] as [any Sendable], JSONValue.string("ecsec/checklist@2"),
                #"fixture.json: $.schema: unsupported schema "ecsec/checklist@2"; expected "ecsec/checklist@1""#
            ),
            (
                ["schema"], .string("ecsec/assessment@1"),
                #"fixture.json: $.schema: unsupported schema "ecsec/assessment@1"; expected "ecsec/checklist@1" (this is an assessment file)"#
            ),
            (
                ["wieght"], .number(JSONNumber(1)),
                #"fixture.json: $.wieght: unknown member "wieght"; valid members: schema, id, version, title, source, scoring, sections, description, tags, profile, retired, glossary"#
            ),
            (
                ["sections", 0, "controls", 0, "priority"], .string("high"),
                #"fixture.json: $.sections[0].controls[0].priority: unknown value "high"; valid values: mandatory, necessary, recommended"#
            ),
            (
                ["sections", 0, "controls", 0, "wieght"], .number(JSONNumber(1)),
                #"fixture.json: $.sections[0].controls[0].wieght: unknown member "wieght"; valid members: id, priority, tags, title, question, why, how, verify, references, weight, appliesWhen, reviewEveryDays, milestone, replaces, addedIn (did you mean "weight"?)"#
            ),
            (
                ["sections", 0, "controls", 1, "id"], .string("A"),
                #"fixture.json: $.sections[0].controls[1].id: duplicate control id "A"; already used at $.sections[0].controls[0].id"#
            ),
            (
                ["sections", 0, "controls", 0, "title", "en"], nil,
                #"fixture.json: $.sections[0].controls[0].title.en: missing required member"#
            ),
            (
                ["sections", 0, "controls", 0, "why", "ja"], .string(" "),
                #"fixture.json: $.sections[0].controls[0].why.ja: must not be empty"#
            ),
            (
                ["sections", 0, "controls", 0, "weight"], .number(JSONNumber(text: "0")),
                #"fixture.json: $.sections[0].controls[0].weight: weights must be greater than 0, found 0"#
            ),
            (
                ["scoring", "weights", "necessary"], .number(JSONNumber(text: "-3")),
                #"fixture.json: $.scoring.weights.necessary: weights must be greater than 0, found -3"#
            ),
            (
                ["sections", 1, "controls", 0, "appliesWhen"],
                .object(JSONObject([("hostng", .array([.string("self")]))])),
                #"fixture.json: $.sections[1].controls[0].appliesWhen.hostng: unknown profile key "hostng"; valid keys: hosting"#
            ),
            (
                ["sections", 1, "controls", 0, "appliesWhen", "hosting"], .array([.string("moon")]),
                #"fixture.json: $.sections[1].controls[0].appliesWhen.hosting[0]: unknown value "moon" for profile key hosting; valid values: self, cloud"#
            ),
            (
                ["sections", 0, "controls", 0, "tags"], .array([.string("t9")]),
                #"fixture.json: $.sections[0].controls[0].tags[0]: undeclared tag "t9"; declared tags: t1, t2"#
            ),
            (
                ["sections", 0, "controls", 2, "reviewEveryDays"], .number(JSONNumber(text: "1.5")),
                #"fixture.json: $.sections[0].controls[2].reviewEveryDays: expected a whole number, found 1.5"#
            ),
            (
                ["scoring", "model"], .string("average"),
                #"fixture.json: $.scoring.model: unknown value "average"; valid values: weighted, points"#
            ),
            (
                ["scoring", "levels", 1, "minScore"], .number(JSONNumber(95)),
                #"fixture.json: $.scoring.levels[1].minScore: levels go from best to worst: 95 is above the previous level's 90"#
            ),
            (
                ["sections", 0, "controls", 0, "references"],
                .array([.object(JSONObject([("source", .string("x")), ("item", .string("1"))]))]),
                #"fixture.json: $.sections[0].controls[0].references[0].official: missing required member"#
            ),
            (
                ["sections", 0, "controls", 0, "replaces"], .array([.string("B")]),
                #"fixture.json: $.sections[0].controls[0].replaces[0]: B is still a control of this checklist; only a retired id can be replaced"#
            ),
            (
                ["retired"], .array([.object(JSONObject([("id", .string("C")), ("version", .string("1.0"))]))]),
                #"fixture.json: $.sections[0].controls[2].id: control id "C" was retired in version 1.0 and must not be reused; choose a new id"#
            ),
            (
                ["version"], .string("v1"),
                #"fixture.json: $.version: "v1" is not a version; use dotted numbers such as 1.0 or 2.1.3"#
            ),
            (
                ["title"], .string("Title"),
                #"fixture.json: $.title: expected an object, found string"#
            ),
            (
                ["sections"], .array([]),
                #"fixture.json: $.sections: must not be empty"#
            ),
        ])
    func rule(path: [any Sendable], value: JSONValue?, expected: String) throws {
        let broken = mutate(try Self.base(), at: path, to: value)
        #expect(Self.errors(broken) == [expected])
    }

    @Test func reportsEveryProblemAtOnce() throws {
        var broken = try Self.base()
        broken = mutate(broken, at: ["sections", 0, "controls", 0, "priority"], to: .string("high"))
        broken = mutate(broken, at: ["sections", 0, "controls", 1, "title", "ja"], to: nil)
        broken = mutate(broken, at: ["scoring", "weights", "mandatory"], to: .number(JSONNumber(0)))
        #expect(Self.errors(broken).count == 3)
    }

    @Test func syntaxErrorsNameTheFileAndPosition() {
        #expect(
            throws: LoadError(
                source: "x.json",
                reason: .syntax(line: 1, column: 2, problem: .truncated(.object)))
        ) {
            try Checklist(json: Array("{".utf8), source: "x.json")
        }
    }
}
