import Testing

@testable import SecurityChecklist

/// The quarterly cycle in the library: the next period from the last, carried answers,
/// confirming them, the diff's warnings, trend series and OSCAL identity.
@Suite("The next period")
struct NextPeriodTests {
    static let later = Timestamp(iso8601: "2027-01-05T00:00:00Z")!

    static func quarter() throws -> (Assessment, Checklist) {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(
            checklist, profile: ["hosting": "self"], answers: ["A": .implemented, "B": .delegated, "C": .partial])
        assessment.period = "2026-Q4"
        assessment.site = "shop.example"
        assessment.answers["C"]?.note = "見積もり中"
        assessment.answers["C"]?.plan = Plan(owner: "佐藤", due: Timestamp(date: "2027-01-31")!)
        assessment.answers["OLD-9"] = Answer(status: .implemented, answeredAt: t0)
        return (assessment, checklist)
    }

    @Test(
        arguments: [
            ("2026-Q4", "2027-Q1"), ("2026-Q1", "2026-Q2"), ("2026-Q3", "2026-Q4"), ("2026-H2", nil), ("2026-Q5", nil),
            ("26-Q1", nil), ("２０２６-Q1", nil), ("", nil),
        ] as [(String, String?)])
    func periodAfter(_ period: String, _ next: String?) {
        #expect(Assessment.nextPeriod(after: period) == next)
    }

    @Test func answersAreCarriedAndMarked() throws {
        let (q4, checklist) = try Self.quarter()
        let q1 = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a1", checklist: checklist, period: "2027-Q1", now: Self.later)
        #expect(q1.id != q4.id && q1.createdAt == Self.later && q1.updatedAt == Self.later)
        #expect(
            q1.period == "2027-Q1"
                && q1.previous == PreviousAssessment(id: q4.id, period: "2026-Q4", answersHash: q4.answersHash))
        #expect(q1.organization == q4.organization && q1.site == q4.site && q1.profile == q4.profile)
        #expect(q1.answers.count == 4, "the unknown OLD-9 is kept too")
        for (id, answer) in q1.answers {
            var original = try #require(q4.answers[id])
            original.carriedFrom = "2026-Q4"
            #expect(answer == original, "\(id)")
        }
        let report = Scorer.score(q1, with: checklist)
        #expect(report.overall.carried == 3 && report.overall.counts.answered == 3)
        #expect(report.overall.score == Scorer.score(q4, with: checklist).overall.score)
        #expect(q1.unconfirmed(in: checklist) == ["A", "B", "C"])

        // The file round-trips with both new members.
        let text = q1.jsonText()
        #expect(text.contains(#""carriedFrom": "2026-Q4""#) && text.contains(#""previous": {"#))
        #expect(try Assessment(json: Array(text.utf8), source: "q1.json") == q1)
    }

    @Test func confirmingOrAnsweringClearsTheMark() throws {
        let (q4, checklist) = try Self.quarter()
        var q1 = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a1", checklist: checklist, period: "2027-Q1", now: Self.later)
        let confirmed = try q1.confirm("C", in: checklist, at: Self.later)
        #expect(confirmed.carriedFrom == nil && confirmed.answeredAt == Self.later)
        #expect(confirmed.status == .partial && confirmed.note == "見積もり中" && confirmed.plan != nil)
        let delegated = try q1.confirm("B", in: checklist, at: Self.later)
        #expect(delegated.provider == "Provider", "the detail the status needs is kept")
        try q1.record(.notImplemented, for: "A", in: checklist, at: Self.later)
        #expect(q1.answers["A"]?.carriedFrom == nil)
        #expect(q1.unconfirmed(in: checklist).isEmpty)
        #expect(throws: AssessmentEditError.unanswered("D")) { try q1.confirm("D", in: checklist, at: Self.later) }
    }

    /// A control of the new version that `replaces` an old one takes its answer.
    @Test func answersFollowReplacedControls() throws {
        let (q4, old) = try Self.quarter()
        var checklist = old
        checklist.version = "1.1"
        checklist.sections[0].controls[2].id = "C2"
        checklist.sections[0].controls[2].replaces = ["C"]
        let q1 = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a1", checklist: checklist, period: "2027-Q1", now: Self.later)
        #expect(q1.checklist.version == "1.1")
        #expect(q1.answers["C2"]?.status == .partial && q1.answers["C2"]?.plan?.owner == "佐藤")
        #expect(q1.answers["C"] == nil, "the old answer moved, it is not kept twice")
        let diff = Differ.diff(old: q4, oldChecklist: old, new: q1, newChecklist: checklist)
        #expect(diff.changes.allSatisfy { $0.kind != .regressed })
        #expect(diff.warnings.isEmpty)
    }

    @Test func diffWarnsAboutCopiesOtherShopsAndBrokenLinks() throws {
        let (q4, checklist) = try Self.quarter()
        var copy = q4
        copy.period = "2027-Q1"
        #expect(
            Differ.diff(old: q4, oldChecklist: checklist, new: copy, newChecklist: checklist).warnings.map(\.code) == [
                .sameAssessmentId
            ])
        var other = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000b1", checklist: checklist, period: "2027-Q1", now: Self.later)
        other.organization = "別の店"
        other.previous = PreviousAssessment(id: "00000000-0000-4000-8000-0000000000c1", period: "2026-Q4")
        let warnings = Differ.diff(old: q4, oldChecklist: checklist, new: other, newChecklist: checklist).warnings
        #expect(warnings.map(\.code) == [.differentOrganization, .notPrevious])
        #expect(warnings[0].text(.ja) == "組織が違います（Test と 別の店）。別の店の評価を比べています")
    }

    @Test func trendMakesOneSeriesPerShop() throws {
        let (q4, checklist) = try Self.quarter()
        let q1 = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a1", checklist: checklist, period: "2027-Q1", now: Self.later)
        var renamed = try q1.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a2", checklist: checklist, period: "2027-Q2", now: Self.later)
        // Another organization, though linked by `previous` (a shop started from another's file,
        // or renamed): series follow the organization, and the link is warned about.
        renamed.organization = "Test Inc."
        var other = Assessment.fixture(checklist, answers: ["A": .partial])
        other.id = "00000000-0000-4000-8000-0000000000d1"
        other.organization = "Other"
        other.period = "2027-Q1"
        let set = TrendSet.compute([
            ("q4", q4, checklist), ("other", other, checklist), ("q2", renamed, checklist), ("q1", q1, checklist),
        ])
        #expect(set.series.map(\.organization) == ["Test", "Other", "Test Inc."])
        #expect(set.series.map { $0.points.map(\.source) } == [["q4", "q1"], ["other"], ["q2"]])
        #expect(set.warnings == [.init(code: .previousOfOtherOrganization, source: "q2", other: "q1")])
        #expect(set.warnings[0].text(.en).contains("organizations differ"))
    }

    @Test func oscalUUIDsDifferBetweenFilesAndStayForOne() throws {
        let (q4, checklist) = try Self.quarter()
        var copy = q4
        copy.period = "2027-Q1"
        func documentUUID(_ assessment: Assessment) -> String {
            let text = ReportContent(assessment: assessment, checklist: checklist, asOf: Self.later, language: .en)
                .oscalText()
            return String(text.split(separator: "\n").first { $0.contains("\"uuid\"") } ?? "")
        }
        #expect(documentUUID(q4) == documentUUID(q4))
        #expect(documentUUID(q4) != documentUUID(copy))
        var edited = q4
        edited.answers["A"]?.note = "changed"
        #expect(documentUUID(q4) != documentUUID(edited))
    }
}
