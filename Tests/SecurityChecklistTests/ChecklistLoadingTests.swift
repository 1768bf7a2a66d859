import Testing

@testable import SecurityChecklist

@Suite("Checklist loading")
struct ChecklistLoadingTests {
    static func base() throws -> JSONValue { try JSONParser.parse(Fixture.bytes("scoring-checklist.json")) }

    /// A reference's members without `official` and `priorityFrom`, for the provenance rules.
    static let reference: [(String, JSONValue)] = [
        ("source", .string("IPA「ガイドライン」")), ("item", .string("1")), ("requirementFrom", .string("official")),
    ]

    static func glossaryEntry(_ ja: String, _ en: String) -> JSONValue {
        let text = { (ja: String, en: String) in
            JSONValue.object(JSONObject([("ja", .string(ja)), ("en", .string(en))]))
        }
        return .object(JSONObject([("term", text(ja, en)), ("gloss", text("説明", "gloss"))]))
    }

    /// A question asked only sometimes may not decide a control's scope alone: the control
    /// must also name what decides whether it is asked.
    @Test func aControlOnAQuestionAskedSometimesNamesItsDecider() throws {
        var document = try Self.base()
        let profile = try JSONParser.parse(
            #"""
            [{"key": "platform", "question": {"ja": "形態", "en": "Kind"},
              "options": [{"value": "cart", "label": {"ja": "カート", "en": "Cart"}},
                          {"value": "package", "label": {"ja": "パッケージ", "en": "Package"}}]},
             {"key": "hosting", "question": {"ja": "どこ?", "en": "Where?"}, "askWhen": {"platform": ["package"]},
              "options": [{"value": "self", "label": {"ja": "自社", "en": "Own"}},
                          {"value": "cloud", "label": {"ja": "クラウド", "en": "Cloud"}}]}]
            """#)
        document = mutate(document, at: ["profile"], to: profile)
        document = mutate(
            document, at: ["sections", 0, "controls", 0, "appliesWhen"],
            to: .object(JSONObject([("hosting", .array([.string("self")]))])))
        // The fixture's section 1 control depends on hosting too.
        #expect(
            Self.errors(document)
                == [0, 1].map { section in
                    #"fixture.json: $.sections[\#(section)].controls[0].appliesWhen.hosting: hosting is asked only when platform is package; add "platform" with those values (or fewer) to appliesWhen"#
                })
        for section in [0, 1] {
            document = mutate(
                document, at: ["sections", section, "controls", 0, "appliesWhen"],
                to: .object(
                    JSONObject([("hosting", .array([.string("self")])), ("platform", .array([.string("package")]))])))
        }
        #expect(Self.errors(document) == [])
        let checklist = try Checklist(json: Array(JSONWriter.write(document).utf8), source: "fixture.json")
        #expect(checklist.askedQuestions(given: ["platform": "cart"]).map(\.key) == ["platform"])
        #expect(checklist.askedQuestions(given: ["platform": "package"]).map(\.key) == ["platform", "hosting"])
        #expect(checklist.askedQuestions(given: [:]).map(\.key) == ["platform"])
    }

    /// Glossary terms are found as written in Japanese, and in English whatever the case and
    /// in the plural.
    @Test(arguments: [
        ("vulnerability", "Vulnerabilities are holes.", true), ("vulnerability", "A vulnerability.", true),
        ("WAF", "Use a waf.", true), ("firewall", "Firewalls stop it.", true), ("VPN", "No remote access.", false),
    ])
    func glossaryTermsMatchTheirEnglishForms(term: String, text: String, found: Bool) throws {
        var checklist = try Fixture.scoringChecklist()
        checklist.glossary = [
            GlossaryEntry(term: LocalizedText(ja: "用語", en: term), gloss: LocalizedText(ja: "説明", en: "gloss"))
        ]
        #expect(!checklist.glossaryEntries(in: [text], language: .en).isEmpty == found)
        #expect(checklist.glossaryEntries(in: ["この用語は"], language: .ja).count == 1)
    }

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
                #"fixture.json: $.sections[0].controls[0].wieght: unknown member "wieght"; valid members: id, priority, tags, title, question, why, how, verify, references, weight, appliesWhen, reviewEveryDays, milestone, replaces, addedIn, carry, observedBy (did you mean "weight"?)"#
            ),
            (
                ["sections", 0, "controls", 0, "carry"], .string("worst"),
                #"fixture.json: $.sections[0].controls[0].carry: unknown value "worst"; valid values: first, best"#
            ),
            (
                ["sections", 0, "controls", 0, "carry"], .string("best"),
                #"fixture.json: $.sections[0].controls[0].carry: carry chooses among several replaced controls; replaces names 0"#
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
            (
                ["sections", 0, "controls", 0, "references"],
                .array([
                    .object(
                        JSONObject(
                            Self.reference + [("official", .bool(true)), ("priorityFrom", .string("editorial"))]))
                ]),
                #"fixture.json: $.sections[0].controls[0].references[0].official: official must be false when requirementFrom is official and priorityFrom is editorial: it means both come from the official document"#
            ),
            (
                ["sections", 0, "controls", 0, "references"],
                .array([
                    .object(
                        JSONObject(Self.reference + [("official", .bool(false)), ("priorityFrom", .string("guessed"))]))
                ]),
                #"fixture.json: $.sections[0].controls[0].references[0].priorityFrom: unknown value "guessed"; valid values: official, secondary, editorial"#
            ),
            (
                ["sections", 0, "controls", 0, "references"],
                .array([
                    .object(
                        JSONObject(
                            Self.reference + [
                                ("official", .bool(false)), ("priorityFrom", .string("editorial")),
                                ("secondary", .array([.object(JSONObject([("source", .string("An article"))]))])),
                            ]))
                ]),
                #"fixture.json: $.sections[0].controls[0].references[0].secondary: secondary sources are listed only when requirementFrom or priorityFrom is secondary"#
            ),
            (
                ["sections", 0, "controls", 0, "references"],
                .array([
                    .object(
                        JSONObject(
                            Self.reference + [
                                ("official", .bool(false)), ("priorityFrom", .string("editorial")),
                                ("published", .string("March 2025")),
                            ]))
                ]),
                #"fixture.json: $.sections[0].controls[0].references[0].published: expected YYYY, YYYY-MM or YYYY-MM-DD, found "March 2025""#
            ),
            (
                ["sections", 0, "controls", 0, "references"],
                .array([
                    .object(
                        JSONObject(
                            Self.reference + [
                                ("official", .bool(false)), ("priorityFrom", .string("editorial")),
                                ("url", .string("www.example.jp")),
                            ]))
                ]),
                #"fixture.json: $.sections[0].controls[0].references[0].url: expected an http or https address, found "www.example.jp""#
            ),
            (
                ["glossary"],
                .array([Self.glossaryEntry("WAF", "WAF"), Self.glossaryEntry("WAF", "web application firewall")]),
                #"fixture.json: $.glossary[1].term.ja: duplicate glossary term "WAF"; already used at $.glossary[0].term.ja"#
            ),
            (
                ["profile", 0, "askWhen"], .object(JSONObject([("platform", .array([.string("package")]))])),
                #"fixture.json: $.profile[0].askWhen.platform: askWhen may name only an earlier profile question; "platform" is not one"#
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
