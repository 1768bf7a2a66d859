import Testing

@testable import SecurityChecklist

/// Scores checked against tables computed by hand. Fixture weights: A mandatory 5, B necessary 3,
/// C recommended 1, D mandatory 5 (only when hosting=self or unanswered), E necessary 2.5.
@Suite("Scoring")
struct ScoringTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var profile: [String: String]
        var answers: [String: AnswerStatus]
        var score: String?
        var level: String?
        var mandatoryMet: Bool
        var inScope: Int
        var applicable: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Σw = 5+3+1+5+2.5 = 16.5, nothing earned.
        Case(
            name: "nothing answered", profile: [:], answers: [:], score: "0.0", level: "D", mandatoryMet: false,
            inScope: 5, applicable: 5),
        // earned = 5 + 1.5 + 0 + 5 + 0 = 11.5; 11.5 / 16.5 = 69.69… → 69.7, level C.
        Case(
            name: "mixed", profile: [:],
            answers: ["A": .implemented, "B": .partial, "C": .notImplemented, "D": .delegated, "E": .unknown],
            score: "69.7", level: "C", mandatoryMet: true, inScope: 5, applicable: 5),
        // D out of scope: Σw = 11.5, all earned → 100, level A.
        Case(
            name: "all implemented, D out of scope", profile: ["hosting": "cloud"],
            answers: ["A": .implemented, "B": .implemented, "C": .implemented, "E": .implemented],
            score: "100.0", level: "A", mandatoryMet: true, inScope: 4, applicable: 4),
        // (3 + 1 + 2.5) / 11.5 = 56.52… → 56.5, C; A missing.
        Case(
            name: "mandatory missing", profile: ["hosting": "cloud"],
            answers: ["A": .notImplemented, "B": .implemented, "C": .implemented, "E": .implemented],
            score: "56.5", level: "C", mandatoryMet: false, inScope: 4, applicable: 4),
        // B N/A: Σw = 5+1+5+2.5 = 13.5; earned = 5+1+5+1.25 = 12.25 → 90.74… → 90.7, A.
        Case(
            name: "not applicable is excluded", profile: ["hosting": "self"],
            answers: ["A": .implemented, "B": .notApplicable, "C": .implemented, "D": .implemented, "E": .partial],
            score: "90.7", level: "A", mandatoryMet: true, inScope: 5, applicable: 4),
        // earned = 2.5+3+1+5+2.5 = 14 → 84.84… → 84.8; a partial mandatory is not met, so B is out of reach: C.
        Case(
            name: "mandatory cap", profile: [:],
            answers: ["A": .partial, "B": .implemented, "C": .implemented, "D": .implemented, "E": .implemented],
            score: "84.8", level: "C", mandatoryMet: false, inScope: 5, applicable: 5),
        // earned = 5+3+1+5+0 = 14 / 16.5 → 84.8, all mandatory met → B.
        Case(
            name: "level B", profile: [:],
            answers: [
                "A": .implemented, "B": .implemented, "C": .implemented, "D": .implemented, "E": .notImplemented,
            ],
            score: "84.8", level: "B", mandatoryMet: true, inScope: 5, applicable: 5),
        // Everything N/A: Σw = 0 → no score, no level; A and D are mandatory and N/A, so not met.
        Case(
            name: "nothing applicable", profile: [:],
            answers: [
                "A": .notApplicable, "B": .notApplicable, "C": .notApplicable, "D": .notApplicable, "E": .notApplicable,
            ],
            score: nil, level: nil, mandatoryMet: false, inScope: 5, applicable: 0),
        // A (mandatory) N/A, D out of scope: Σw = 3+1+2.5 = 6.5, all earned → 100.0, but a
        // mandatory control answered N/A is not met, so A and B are out of reach: C.
        Case(
            name: "mandatory N/A keeps the level capped", profile: ["hosting": "cloud"],
            answers: ["A": .notApplicable, "B": .implemented, "C": .implemented, "E": .implemented],
            score: "100.0", level: "C", mandatoryMet: false, inScope: 4, applicable: 3),
        // The profile takes D out before any answer: that is how a mandatory control stops
        // applying. Σw = 5+3+1+2.5 = 11.5, all earned → 100.0, A.
        Case(
            name: "the profile, not N/A, takes a mandatory control out", profile: ["hosting": "cloud"],
            answers: ["A": .implemented, "B": .implemented, "C": .implemented, "E": .implemented],
            score: "100.0", level: "A", mandatoryMet: true, inScope: 4, applicable: 4),
        // A unanswered: Σw = 11.5, earned 3+1+2.5 = 6.5 → 56.52… → 56.5; not met, so C.
        Case(
            name: "mandatory unanswered", profile: ["hosting": "cloud"],
            answers: ["B": .implemented, "C": .implemented, "E": .implemented],
            score: "56.5", level: "C", mandatoryMet: false, inScope: 4, applicable: 4),
    ]

    @Test("weighted model", arguments: cases)
    func weighted(_ testCase: Case) throws {
        let checklist = try Fixture.scoringChecklist()
        let report = Scorer.score(
            .fixture(checklist, profile: testCase.profile, answers: testCase.answers), with: checklist)
        #expect(report.overall.score?.description == testCase.score)
        #expect(report.overall.level?.id.rawValue == testCase.level)
        #expect(report.overall.mandatoryMet == testCase.mandatoryMet)
        #expect(report.overall.counts.inScope == testCase.inScope)
        #expect(report.overall.counts.applicable == testCase.applicable)
    }

    @Test func sectionsTagsAndGaps() throws {
        let checklist = try Fixture.scoringChecklist()
        let report = Scorer.score(
            .fixture(
                checklist,
                answers: ["A": .implemented, "B": .partial, "C": .notImplemented, "D": .delegated, "E": .unknown]),
            with: checklist)
        // S1: (5 + 1.5 + 0) / 9 = 72.2; S2: 5 / 7.5 = 66.7.
        #expect(report.sections.map { "\($0.id)=\($0.score!)" } == ["S1=72.2", "S2=66.7"])
        // t1: A, B → 6.5 / 8 = 81.25 → 81.3; t2: B, D → 6.5 / 8 = 81.3.
        #expect(report.tags.map { "\($0.id)=\($0.score!)" } == ["t1=81.3", "t2=81.3"])
        // Gaps: necessary first by weight × missing (E 2.5×1 > B 3×0.5), then recommended C.
        // Gains: E 100×2.5/16.5 = 15.2, B 100×1.5/16.5 = 9.1, C 100×1/16.5 = 6.1 — summing to 100 − 69.7.
        #expect(
            report.gaps.map { "\($0.control):\($0.status):\($0.gain)" } == [
                "E:unknown:15.2", "B:partial:9.1", "C:notImplemented:6.1",
            ])
        #expect(report.unknowns == ["E"])
        #expect(report.overall.counts.answered == 5)
        #expect(report.overall.counts.unknown == 1)
    }

    /// A checklist built in code may tag controls with tags it does not declare: they are
    /// scored too, after the declared ones, in the order the controls first use them.
    @Test func undeclaredTagsFollowTheDeclaredOnes() throws {
        var checklist = try Fixture.scoringChecklist()
        let extra: [ControlID: [TagID]] = ["C": ["zz", "t1"], "A": ["yy"], "E": ["zz"]]
        for s in checklist.sections.indices {
            for c in checklist.sections[s].controls.indices {
                checklist.sections[s].controls[c].tags += extra[checklist.sections[s].controls[c].id] ?? []
            }
        }
        let report = Scorer.score(.fixture(checklist, answers: ["A": .implemented, "C": .partial]), with: checklist)
        #expect(report.tags.map(\.id) == ["t1", "t2", "yy", "zz"])
        // zz: C (partial, weight 1) and E (unanswered, 2.5) → 0.5 / 3.5 = 14.3.
        #expect(report.tags.first { $0.id == "zz" }?.score?.description == "14.3")
    }

    @Test func mandatoryGapsComeFirst() throws {
        let checklist = try Fixture.scoringChecklist()
        let report = Scorer.score(.fixture(checklist, answers: ["A": .partial, "B": .notImplemented]), with: checklist)
        #expect(report.gaps.map(\.control) == ["D", "A", "B", "E", "C"])
        #expect(report.missingMandatory == ["A", "D"])
    }

    /// The three reasons a mandatory control is not met are told apart; completeness counts
    /// unanswered in-scope controls.
    @Test func mandatoryGapsAndCompleteness() throws {
        let checklist = try Fixture.scoringChecklist()
        // A partial (answered, not met), D unanswered, B N/A (not mandatory), E implemented, C unanswered.
        let partly = Scorer.score(
            .fixture(checklist, answers: ["A": .partial, "B": .notApplicable, "E": .implemented]), with: checklist)
        #expect(partly.overall.mandatory.missing == ["A"])
        #expect(partly.overall.mandatory.unanswered == ["D"])
        #expect(partly.overall.mandatory.notApplicable == [])
        #expect(partly.missingMandatory == ["A", "D"])
        #expect(!partly.overall.complete && partly.overall.unanswered == 2)
        #expect(partly.completenessBanner(.ja) == "未完了: 2件が未回答です。結果は暫定です")
        #expect(partly.notApplicable.map(\.control) == ["B"])

        let all = Scorer.score(
            .fixture(
                checklist,
                answers: [
                    "A": .notApplicable, "B": .implemented, "C": .delegated, "D": .implemented, "E": .implemented,
                ]),
            with: checklist)
        #expect(all.overall.complete && all.overall.unanswered == 0 && all.completenessBanner(.en) == nil)
        #expect(all.overall.mandatory.notApplicable == ["A"] && all.overall.mandatory.missing.isEmpty)
        #expect(!all.overall.mandatoryMet)
        #expect(all.notApplicable == [.init(control: "A", priority: .mandatory, reason: "n/a")])
        #expect(all.delegated == [.init(control: "C", provider: "Provider")])
        #expect(
            all.mandatoryStatements(.ja).map(\.text) == ["必須項目を該当なしとしたもの: 1件"])
        // 100.0 but capped at C; the level is not provisional because every control is answered.
        #expect(all.levelText(.en) == "Level C (Needs work)")
        #expect(partly.levelText(.en).hasSuffix(", provisional"))
    }

    /// Gaps sort mandatory first, then milestone, then priority, then gain, then checklist order.
    @Test func milestonesOrderWhatToFixFirst() throws {
        var checklist = try Fixture.scoringChecklist()
        let nothing = Scorer.score(.fixture(checklist, answers: [:]), with: checklist)
        // Without milestones: mandatory by gain (A, D equal: order), necessary B (3) > E (2.5), C.
        #expect(nothing.gaps.map(\.control) == ["A", "D", "B", "E", "C"])
        for s in checklist.sections.indices {
            for c in checklist.sections[s].controls.indices {
                let milestones: [ControlID: Int] = ["A": 6, "B": 6, "C": 1, "E": 3]
                checklist.sections[s].controls[c].milestone = milestones[checklist.sections[s].controls[c].id]
            }
        }
        let report = Scorer.score(.fixture(checklist, answers: [:]), with: checklist)
        // A (milestone 6) still before D (none): mandatory first, then milestone; a control
        // without one comes after every milestone. Then C (1), E (3), B (6).
        #expect(report.gaps.map(\.control) == ["A", "D", "C", "E", "B"])
        #expect(report.gaps.map(\.milestone) == [6, nil, 1, 3, 6])
    }

    @Test func unansweredProfileKeepsControlsInScope() throws {
        let checklist = try Fixture.scoringChecklist()
        let d = try #require(checklist.control("D"))
        #expect(d.applies(to: [:]))
        #expect(d.applies(to: ["hosting": "self"]))
        #expect(!d.applies(to: ["hosting": "cloud"]))
    }

    @Test func staleAnswers() throws {
        let checklist = try Fixture.scoringChecklist()
        let assessment = Assessment.fixture(checklist, answers: ["C": .implemented, "A": .implemented])
        // C is reviewed every 30 days; answered 2026-10-01.
        #expect(Scorer.score(assessment, with: checklist, asOf: Timestamp(date: "2026-10-31")!).stale.isEmpty)
        let stale = Scorer.score(assessment, with: checklist, asOf: Timestamp(date: "2026-11-10")!).stale
        #expect(stale.map(\.control) == ["C"])
        #expect(stale.first?.daysOverdue == 10)
    }

    struct PointsCase: Sendable, CustomTestStringConvertible {
        var counts: [AnswerStatus: Int]
        var score: String
        var level: String
        var testDescription: String { "\(counts) → \(score)" }
    }

    static let pointsCases: [PointsCase] = [
        PointsCase(counts: [.implemented: 25], score: "100.0", level: "full"),
        PointsCase(counts: [.unknown: 25], score: "-25.0", level: "urgent"),
        PointsCase(counts: [.implemented: 20, .partial: 5], score: "90.0", level: "mostly"),
        PointsCase(counts: [.implemented: 17, .partial: 1], score: "70.0", level: "mostly"),
        PointsCase(counts: [.implemented: 17], score: "68.0", level: "gaps"),
        PointsCase(
            counts: [.implemented: 10, .partial: 5, .notImplemented: 5, .unknown: 5], score: "45.0", level: "urgent"),
        PointsCase(counts: [.implemented: 12, .partial: 1], score: "50.0", level: "gaps"),
        PointsCase(counts: [.implemented: 20, .notApplicable: 3, .delegated: 2], score: "100.0", level: "full"),
    ]

    @Test("points model (IPA 5-minute self-check)", arguments: pointsCases)
    func points(_ testCase: PointsCase) throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-5min-self-check"))
        var answers: [String: AnswerStatus] = [:]
        var ids = checklist.controls.map(\.id.rawValue).makeIterator()
        for status in AnswerStatus.allCases {
            for _ in 0..<(testCase.counts[status] ?? 0) { answers[ids.next()!] = status }
        }
        let report = Scorer.score(.fixture(checklist, answers: answers), with: checklist)
        #expect(report.overall.score?.description == testCase.score)
        #expect(report.overall.level?.id.rawValue == testCase.level)
        #expect(report.overall.maximum.description == "100.0")
        #expect(report.model == "points")
    }
}

/// Score arithmetic never traps on what a file may carry, and stays exact while it can.
@Suite("Score arithmetic at the bounds")
struct ScoreBoundsTests {
    @Test func sumsAreExactOverTheLeastCommonDenominator() {
        #expect(
            Score(numerator: 1, denominator: 3) + Score(numerator: 1, denominator: 6)
                == Score(numerator: 1, denominator: 2))
        let big = Score(numerator: 7, denominator: 9_000_000_000_000)
        #expect(big - big == .zero)
        #expect(big + big == Score(numerator: 7, denominator: 4_500_000_000_000))
    }

    @Test func coprimeHugeDenominatorsDoNotTrap() {
        let a = Score(numerator: 5_000_000_000_000, denominator: 9_000_000_000_001)
        let b = Score(numerator: 5_000_000_000_000, denominator: 9_000_000_000_003)
        let difference = a - b
        #expect(difference.tenths == 0)
        #expect((a + b).description == "1.1")
    }

    @Test func tenthsOfAHugeNumeratorDoNotTrap() {
        #expect(Score(numerator: 900_000_000_000_000_000, denominator: 1_000_000_000_000_000).description == "900.0")
    }
}
