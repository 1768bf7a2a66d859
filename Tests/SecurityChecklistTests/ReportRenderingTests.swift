import TestSupport
import Testing

@testable import SecurityChecklist

/// The report renderers called as an embedding program would, on the scoring fixture: every
/// status, a note, evidence, a provider, a reason, a stale answer. Golden files in
/// `Tests/SecurityChecklistTests/Golden`.
@Suite("Report renderers")
struct ReportRenderingTests {
    static let asOf = Timestamp(iso8601: "2026-12-01T00:00:00Z")!

    static func content(_ language: Language) throws -> ReportContent {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(
            checklist, profile: ["hosting": "self"],
            answers: ["A": .implemented, "B": .delegated, "C": .partial, "D": .notApplicable, "E": .unknown])
        assessment.organization = "テスト商店 <b>"
        assessment.period = "2026-Q4"
        assessment.answers["A"]?.note = "二要素認証 | *済*"
        assessment.answers["A"]?.evidence = [
            "契約書 第12条",
            Evidence(
                text: "決済代行会社の非保持化確認書 2026-10",
                file: EvidenceFile(
                    path: "evidence/非保持化確認書.pdf", size: 48_213, sha256: String(repeating: "ab", count: 32)),
                recordedAt: Timestamp(iso8601: "2026-10-05T02:00:00Z")!),
        ]
        assessment.answers["C"]?.plan = Plan(owner: "佐藤 <i>", due: Timestamp(date: "2026-11-30")!, note: "見積もり")
        assessment.answers["E"]?.plan = Plan(owner: "IT partner", due: Timestamp(date: "2027-01-31")!)
        // The previous quarter: C not implemented and E unanswered, so C improved and E changed.
        var previous = Assessment.fixture(
            checklist, profile: ["hosting": "self"],
            answers: ["A": .implemented, "B": .delegated, "C": .notImplemented, "D": .implemented])
        previous.id = "00000000-0000-4000-8000-000000000000"
        previous.period = "2026-Q3"
        return ReportContent(
            assessment: assessment, checklist: checklist, asOf: asOf, language: language,
            previous: (previous, checklist), localTime: .fixed(name: "Asia/Tokyo", seconds: 9 * 3600))
    }

    static func render(_ content: ReportContent, as ext: String) -> String {
        switch ext {
        case "html": content.htmlText()
        case "md": content.markdownText()
        case "csv": content.csvText()
        default: content.oscalText()
        }
    }

    @Test(arguments: Language.allCases, ["html", "md", "csv", "oscal.json"])
    func rendersTheGoldenFile(language: Language, ext: String) throws {
        let text = Self.render(try Self.content(language), as: ext)
        try Golden.check(text, file: Repository.path("Tests/SecurityChecklistTests/Golden/report-\(language).\(ext)"))
    }

    @Test(arguments: Language.allCases)
    func textFromTheFileIsEscaped(language: Language) throws {
        let content = try Self.content(language)
        let html = content.htmlText()
        #expect(!html.contains("<b>\u{20}") && html.contains("テスト商店 &lt;b&gt;"))
        let markdown = content.markdownText()
        #expect(markdown.contains("二要素認証 \\| \\*済\\*") || !markdown.contains("二要素認証"))
        #expect(!markdown.contains("テスト商店 <b>"))
    }

    @Test func exportingTwiceGivesTheSameBytes() throws {
        let content = try Self.content(.en)
        #expect(content.oscalText() == content.oscalText())
        #expect(content.htmlText() == content.htmlText())
    }
}

/// The status rules, one row per status: the table the README's scoring section states.
@Suite("Answer status rules")
struct AnswerStatusRuleTests {
    @Test(
        arguments: [
            (AnswerStatus.implemented, Int64(2), true, true, AnswerDetail?.none),
            (.delegated, 2, true, true, .provider),
            (.partial, 1, false, true, nil),
            (.notImplemented, 0, false, true, nil),
            (.unknown, 0, false, true, nil),
            (.notApplicable, nil, false, false, .reason),
        ] as [(AnswerStatus, Int64?, Bool, Bool, AnswerDetail?)])
    func rules(status: AnswerStatus, halves: Int64?, met: Bool, applicable: Bool, detail: AnswerDetail?) {
        #expect(AnswerStatus.weightedHalfCredit(status) == halves)
        #expect(status.isMet == met)
        #expect(status.isApplicable == applicable)
        #expect(status.requiredDetail == detail)
        // Only a met control covers a mandatory one: N/A is out of the percentage, not met.
        #expect(status.coversMandatory == met)
        #expect(StatusOrUnanswered(status).label == status.label)
        // Providers are the answers that name one; "to find out" is "don't know".
        #expect(status.countsAsProvider == (detail == .provider))
        #expect(status.isToFindOut == (status == .unknown))
    }

    @Test func unansweredEarnsNothingAndIsLabelled() {
        #expect(AnswerStatus.weightedHalfCredit(nil) == 0)
        #expect(StatusOrUnanswered.unanswered.label == AnswerStatus.unansweredLabel)
    }

    @Test func recordKeepsNoteAndEvidenceAndOnlyTheDetailTheStatusNeeds() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, answers: [:])
        try assessment.record(.implemented, for: "A", note: "n", evidence: ["e"], in: checklist, at: t0)
        let later = Timestamp(iso8601: "2026-10-02T00:00:00Z")!
        let delegated = try assessment.record(.delegated, for: "A", provider: "P", in: checklist, at: later)
        #expect(delegated.note == "n" && delegated.evidence == ["e"] && delegated.provider == "P")
        #expect(delegated.answeredAt == later && delegated.reason == nil)
        let partial = try assessment.record(.partial, for: "A", note: "", reason: "ignored", in: checklist, at: later)
        #expect(partial.note == nil && partial.provider == nil && partial.reason == nil)
        #expect(throws: AssessmentEditError.invalidAnswer("A", .notApplicableNeedsReason)) {
            try assessment.record(.notApplicable, for: "A", in: checklist, at: later)
        }
        #expect(assessment.answers["A"] == partial, "a refused answer leaves the assessment as it was")
    }
}

/// The diff golden-file failures print: what a reviewer reads when a snapshot changes.
@Suite("Golden-file line diff")
struct LineDiffTests {
    @Test func showsRemovedThenAddedLinesWithContext() {
        let diff = LineDiff.describe("a\nb\nc\nd", "a\nx\nc\nd")
        #expect(diff == "@@ line 1\n  a\n- b\n+ x\n  c\n  d")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(LineDiff.describe("same\n", "same\n").isEmpty)
    }
}

/// A report explains itself to a third party: why each excluded control is out of scope, what
/// each level requires, what the priorities mean, and that the answers are the shop's own.
@Suite("Reports that explain themselves")
struct ReportReadingTests {
    @Test(arguments: Language.allCases)
    func excludedControlsSayWhichAnswerExcludedThem(_ language: Language) throws {
        let checklist = try Fixture.scoringChecklist()
        let assessment = Assessment.fixture(checklist, profile: ["hosting": "cloud"], answers: ["A": .implemented])
        let content = ReportContent(
            assessment: assessment, checklist: checklist, asOf: ReportRenderingTests.asOf, language: language)
        let excluded = try #require(content.excluded.first { $0.control.id == "D" })
        let reason = try #require(content.exclusionReason(excluded.control))
        #expect(
            reason.contains(language == .ja ? "どこ?" : "Where?") && reason.contains(language == .ja ? "クラウド" : "Cloud"))
        #expect(content.exclusionReason(try #require(checklist.control("A"))) == nil)
        for text in [content.markdownText(), content.htmlText()] {
            #expect(text.contains(language == .ja ? "クラウド」のため対象外" : "was answered"), "\(text)")
            #expect(
                text.contains(
                    language == .ja ? Phrase.selfDeclared(language) : "not an independent audit or certification"))
            #expect(text.contains(Phrase.levelScaleHeading(language)))
            for priority in Priority.allCases { #expect(text.contains(priority.meaning[language])) }
            for level in checklist.scoring.levels {
                #expect(text.contains(level.id.rawValue + " " + level.label[language]))
            }
        }
    }
}
