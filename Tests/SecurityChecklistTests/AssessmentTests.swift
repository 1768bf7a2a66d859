import Testing

@testable import SecurityChecklist

@Suite("Assessment files")
struct AssessmentTests {
    @Test func roundTripIsByteStable() throws {
        let bytes = try Fixture.bytes("assessment.json")
        let assessment = try Assessment(json: bytes, source: "assessment.json")
        #expect(assessment.jsonText() == String(decoding: bytes, as: UTF8.self))
        #expect(assessment.answers["A"]?.evidence == ["契約書 第12条"])
        #expect(assessment.jsonText().contains("テスト商店"))
        let again = try Assessment(json: Array(assessment.jsonText().utf8), source: "again")
        #expect(again == assessment)
    }

    /// A plan is written as `{"owner", "due"?, "note"?}`, read back equal, kept when the control
    /// is answered again, and refused with a blank owner, no owner or a bad date.
    @Test func plansRoundTripAndSurviveReanswering() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, answers: ["A": .partial])
        let later = Timestamp(iso8601: "2026-11-01T00:00:00Z")!
        try assessment.setPlan(
            Plan(owner: "佐藤", due: Timestamp(iso8601: "2027-01-31T15:00:00Z")!, note: " "), for: "A", in: checklist,
            at: later)
        let plan = try #require(assessment.answers["A"]?.plan)
        #expect(plan.due?.description == "2027-01-31T00:00:00Z" && plan.note == nil)
        #expect(assessment.answers["A"]?.answeredAt == t0, "setting a plan is not re-answering")
        #expect(assessment.jsonText().contains(#""plan": {"#))
        #expect(assessment.jsonText().contains(#""due": "2027-01-31""#))
        let again = try Assessment(json: Array(assessment.jsonText().utf8), source: "again")
        #expect(again == assessment)

        try assessment.record(.implemented, for: "A", in: checklist, at: later)
        #expect(assessment.answers["A"]?.plan == plan)
        #expect(plan.isOverdue(asOf: Timestamp(date: "2027-02-01")!))
        #expect(!plan.isOverdue(asOf: Timestamp(iso8601: "2027-01-31T23:59:59Z")!))

        #expect(throws: AssessmentEditError.unanswered("B")) {
            try assessment.setPlan(plan, for: "B", in: checklist, at: later)
        }
        #expect(throws: AssessmentEditError.invalidAnswer("A", .blankPlanOwner)) {
            try assessment.setPlan(Plan(owner: "  ", due: later), for: "A", in: checklist, at: later)
        }
        for (plan, message) in [
            (#"{"owner": " ", "due": "2027-01-31"}"#, "$.answers.A.plan.owner: must not be empty"),
            (#"{"owner": "x", "due": "2027-02-30"}"#, "$.answers.A.plan.due: \"2027-02-30\" is not a date"),
            (#"{"due": "2027-01-31"}"#, "$.answers.A.plan.owner: missing required member"),
            (#"{"owner": "x", "due": null}"#, "$.answers.A.plan.due: expected a string"),
        ] {
            let document = mutate(assessment.jsonValue, at: ["answers", "A", "plan"], to: try JSONParser.parse(plan))
            let text = JSONWriter.write(document)
            #expect(throws: LoadError.self) { try Assessment(json: Array(text.utf8), source: "p.json") }
            do {
                _ = try Assessment(json: Array(text.utf8), source: "p.json")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
    }

    /// A plan without `due` has an owner and no date yet: read and written without the member,
    /// never overdue, listed after the dated plans, `null` in the plan JSON.
    @Test func aPlanMayHaveNoDateYet() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, answers: ["A": .partial, "B": .notImplemented, "C": .partial])
        let later = Timestamp(iso8601: "2026-11-01T00:00:00Z")!
        try assessment.setPlan(Plan(owner: "佐藤", due: nil), for: "A", in: checklist, at: later)
        try assessment.setPlan(
            Plan(owner: "鈴木", due: Timestamp(date: "2027-03-31")!), for: "B", in: checklist, at: later)
        try assessment.setPlan(
            Plan(owner: "田中", due: Timestamp(date: "2026-10-01")!), for: "C", in: checklist, at: later)
        let text = assessment.jsonText()
        #expect(text.contains("\"plan\": {\n        \"owner\": \"佐藤\"\n      }"), "\(text)")
        let again = try Assessment(json: Array(text.utf8), source: "again")
        #expect(again == assessment && again.answers["A"]?.plan?.due == nil)

        let plan = try #require(assessment.answers["A"]?.plan)
        #expect(!plan.isOverdue(asOf: Timestamp(date: "2099-12-31")!))
        #expect(plan.dueText(.ja) == "期限未定" && plan.dueText(.en) == "no due date yet")

        let list = PlanList(assessment: assessment, checklist: checklist, asOf: later)
        #expect(list.items.map(\.control.id) == ["C", "B", "A"], "overdue, dated, then undecided")
        #expect(list.overdueCount == 1)
        let json = try JSONParser.parse(list.jsonText())
        guard case .object(let document) = json, case .array(let items) = document["items"],
            case .object(let last) = items.last
        else {
            Issue.record("unexpected plan JSON \(json)")
            return
        }
        #expect(document["schema"] == .string("ecsec/plan@2"))
        #expect(last["due"] == .null && last["overdue"] == .bool(false))
    }

    @Test func answersForUnknownControlsAreKeptAndWarned() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = try Assessment(json: Fixture.bytes("assessment.json"), source: "a.json")
        let diagnostics = assessment.check(against: checklist)
        #expect(
            diagnostics.map(\.description) == [
                #"$.answers["OLD-1"]: checklist scoring-fixture 1.0 has no control OLD-1; the answer is kept but not scored"#
            ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        try assessment.setAnswer(
            Answer(status: .partial, answeredAt: t0), for: "C", in: checklist,
            at: Timestamp(iso8601: "2026-11-01T00:00:00Z")!)
        #expect(assessment.answers["OLD-1"] != nil)
        #expect(assessment.jsonText().contains("\"OLD-1\""))
        #expect(assessment.updatedAt.description == "2026-11-01T00:00:00Z")
    }

    @Test func versionDriftListsAddedAndRemovedControls() throws {
        var checklist = try Fixture.scoringChecklist()
        checklist.version = "1.1"
        checklist.sections[1].controls[1].addedIn = "1.1"
        let assessment = try Assessment(json: Fixture.bytes("assessment.json"), source: "a.json")
        let drift = try #require(assessment.versionDrift(against: checklist))
        #expect(drift.added == ["E"])
        #expect(drift.removed == ["OLD-1"])
        #expect(!drift.fileIsNewer)
        let messages = assessment.check(against: checklist).map(\.description)
        #expect(
            messages == [
                #"$.checklist.version: written for scoring-fixture 1.0; loaded with version 1.1; controls added: E; controls removed (answers kept, not scored): OLD-1"#
            ])
    }

    @Test func profileValuesAreChecked() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, answers: [:])
        assessment.profile["hosting"] = "moon"
        assessment.profile["color"] = "red"
        let lines = assessment.check(against: checklist).map { "\($0.severity): \($0)" }
        #expect(
            lines == [
                #"warning: $.profile.color: checklist scoring-fixture 1.0 does not ask "color" (ignored); its profile keys: hosting"#,
                #"error: $.profile.hosting: unknown value "moon"; valid values: self, cloud"#,
            ])
    }

    @Test(
        "bad assessment files",
        arguments: [
            (
                ["answers", "A", "status"] as [any Sendable], JSONValue.string("done"),
                #"a.json: $.answers.A.status: unknown value "done"; valid values: implemented, partial, notImplemented, unknown, notApplicable, delegated"#
            ),
            (
                ["answers", "A", "status"], .string("notApplicable"),
                "a.json: $.answers.A.reason: a notApplicable answer needs a reason (why the measure does not apply)"
            ),
            (
                ["answers", "B", "provider"], nil,
                "a.json: $.answers.B.provider: a delegated answer needs a provider (who does it for the shop)"
            ),
            (
                ["answers", "A", "status"], .string("unanswered"),
                #"a.json: $.answers.A.status: "unanswered" is not stored; remove the answer instead"#
            ),
            (
                ["id"], .string("not-a-uuid"),
                #"a.json: $.id: "not-a-uuid" is not a UUID such as 6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b"#
            ),
            (
                ["updatedAt"], .string("2026-10-02 09:00"),
                #"a.json: $.updatedAt: "2026-10-02 09:00" is not an ISO 8601 UTC time such as 2026-11-22T09:30:00Z"#
            ),
            (
                ["answers", "A", "answeredAt"], nil,
                "a.json: $.answers.A.answeredAt: missing required member"
            ),
            (
                ["colour"], .string("blue"),
                #"a.json: $.colour: unknown member "colour"; valid members: schema, id, checklist, organization, createdAt, updatedAt, profile, answers, site, cart, paymentProvider, assessor, period, previous, pendingNotes, language, probe"#
            ),
            (
                ["schema"], .string("ecsec/checklist@1"),
                #"a.json: $.schema: unsupported schema "ecsec/checklist@1"; expected "ecsec/assessment@1" (this is a checklist file)"#
            ),
        ])
    func badFiles(path: [any Sendable], value: JSONValue?, expected: String) throws {
        var document = try JSONParser.parse(Fixture.bytes("assessment.json"))
        if case .object(var object) = document {
            object["schema"] = .string(Assessment.schema)
            document = .object(object)
        }
        document = mutate(document, at: path, to: value)
        #expect {
            try Assessment(json: Array(JSONWriter.write(document).utf8), source: "a.json")
        } throws: { error in
            (error as? LoadError)?.lines == [expected]
        }
    }

    @Test func editingRefusesWhatTheChecklistDoesNotHave() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, answers: [:])
        #expect(throws: AssessmentEditError.unknownControl("a", checklist: "scoring-fixture", suggestions: ["A"])) {
            try assessment.setAnswer(Answer(status: .implemented, answeredAt: t0), for: "a", in: checklist, at: t0)
        }
        #expect(throws: AssessmentEditError.invalidAnswer("A", .delegatedNeedsProvider)) {
            try assessment.setAnswer(Answer(status: .delegated, answeredAt: t0), for: "A", in: checklist, at: t0)
        }
        #expect(throws: AssessmentEditError.unknownProfileValue("hosting", "moon", valid: ["self", "cloud"])) {
            try assessment.setProfile("hosting", to: "moon", in: checklist, at: t0)
        }
        #expect(assessment.answers.isEmpty)
        try assessment.setAnswer(Answer(status: .unknown, answeredAt: t0), for: "A", in: checklist, at: t0)
        try assessment.setAnswer(nil, for: "A", in: checklist, at: t0)
        #expect(assessment.answers.isEmpty)
    }

    @Test func newAssessmentIsComplete() throws {
        let checklist = try Fixture.scoringChecklist()
        let assessment = try Assessment.new(
            id: "6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b", checklist: checklist, organization: "Shop",
            period: "2026-Q4", profile: ["hosting": "self"], now: t0)
        #expect(assessment.profileIsComplete(for: checklist))
        #expect(assessment.createdAt == t0 && assessment.updatedAt == t0)
        let text = assessment.jsonText()
        #expect(text.hasSuffix("}\n"))
        #expect(try Assessment(json: Array(text.utf8), source: "new") == assessment)
    }
}
