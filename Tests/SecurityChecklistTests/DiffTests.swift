import Testing

@testable import SecurityChecklist

/// Diffs checked against hand-computed tables. Fixture weights: A mandatory 5, B necessary 3,
/// C recommended 1, D mandatory 5 (hosting=self or unanswered), E necessary 2.5; Σw = 16.5.
@Suite("Diff and attribution")
struct DiffTests {
    static func diff(
        _ old: [String: AnswerStatus], _ new: [String: AnswerStatus], oldProfile: [String: String] = [:],
        newProfile: [String: String] = [:], notes: Bool = false
    ) throws -> AssessmentDiff {
        let checklist = try Fixture.scoringChecklist()
        return Differ.diff(
            old: .fixture(checklist, profile: oldProfile, answers: old), oldChecklist: checklist,
            new: .fixture(checklist, profile: newProfile, answers: new), newChecklist: checklist, includeNotes: notes)
    }

    static func summary(_ diff: AssessmentDiff) -> [String] {
        diff.changes.map {
            "\($0.control) \($0.kind) \($0.from)→\($0.to) \(Score(tenths: $0.impactTenths).signedDescription)"
        }
    }

    @Test func sameApplicabilityImpactsSumToTheDelta() throws {
        // Old: 5 + 1.5 + 0 + 5 + 0 = 11.5 / 16.5 = 69.7. New: 5 + 3 + 0 + 5 + 1.25 = 14.25 / 16.5 = 86.4.
        // B: 100 × 3 × 0.5 / 16.5 = 9.09…, E: 100 × 2.5 × 0.5 / 16.5 = 7.57…; exact sum 16.67;
        // printed delta 86.4 − 69.7 = 16.7, so the largest remainders round up: 9.1 + 7.6.
        let diff = try Self.diff(
            ["A": .implemented, "B": .partial, "C": .notImplemented, "D": .delegated, "E": .unknown],
            ["A": .implemented, "B": .implemented, "C": .notImplemented, "D": .delegated, "E": .partial])
        #expect(diff.from.score?.description == "69.7")
        #expect(diff.to.score?.description == "86.4")
        #expect(diff.deltaTenths == 167)
        #expect(Self.summary(diff) == ["B improved partial→implemented +9.1", "E improved unknown→partial +7.6"])
        #expect(diff.applicabilityEffect == .zero)
        #expect(diff.applicabilityEffectTenths == 0)
        #expect(diff.changes[0].impact == Score(numerator: 100, denominator: 11))
    }

    @Test func everyKindAndTheOrder() throws {
        let diff = try Self.diff(
            ["A": .implemented, "B": .implemented, "C": .partial, "D": .implemented, "E": .notImplemented],
            ["A": .delegated, "B": .partial, "C": .implemented, "D": .implemented])
        // A: same credit, other status → changed 0. B: −100 × 1.5 / 16.5 = −9.09…; C: +100 × 0.5 / 16.5 = +3.03….
        // E: notImplemented → unanswered, both 0 credit → changed. Old 13.5/16.5 = 81.8, new 12.5/16.5 = 75.8,
        // printed delta −6.0: floors −9.1 and +3.0 sum to −6.1, so C (larger remainder) rounds up to +3.1.
        #expect(
            Self.summary(diff) == [
                "B regressed implemented→partial -9.1", "C improved partial→implemented +3.1",
                "A changed implemented→delegated 0.0", "E changed notImplemented→unanswered 0.0",
            ])
        #expect(diff.deltaTenths == -60)
        #expect(diff.hasRegressions)
    }

    @Test func intoNotApplicableMovesTheDenominator() throws {
        // Old: 5 + 1.5 + 1 + 5 + 2.5 = 15 / 16.5 = 90.9. New, B N/A: Σw = 13.5, 13.5 / 13.5 = 100.0; delta +9.1.
        // B against the new denominator: 0 − 100 × 3 × 0.5 / 13.5 = −11.1; the effect is the rest, +20.2.
        let diff = try Self.diff(
            ["A": .implemented, "B": .partial, "C": .implemented, "D": .implemented, "E": .implemented],
            ["A": .implemented, "B": .notApplicable, "C": .implemented, "D": .implemented, "E": .implemented])
        #expect(diff.deltaTenths == 91)
        #expect(Self.summary(diff) == ["B changed partial→notApplicable -11.1"])
        #expect(diff.applicabilityEffectTenths == 202)
        #expect(diff.changes.map(\.impactTenths).reduce(0, +) + diff.applicabilityEffectTenths == diff.deltaTenths)
    }

    @Test func profileChangesMoveControlsInAndOutOfScope() throws {
        // Old profile hosting=self: D counts (implemented). New hosting=cloud: D out of scope.
        let diff = try Self.diff(
            ["A": .implemented, "B": .implemented, "C": .notImplemented, "D": .implemented, "E": .implemented],
            ["A": .implemented, "B": .implemented, "C": .notImplemented, "D": .implemented, "E": .implemented],
            oldProfile: ["hosting": "self"], newProfile: ["hosting": "cloud"])
        // Old 15.5/16.5 = 93.9; new 10.5/11.5 = 91.3; delta −2.6.
        #expect(diff.deltaTenths == -26)
        // D's answer did not change: leaving scope is not a changed answer; the whole delta is
        // the applicability effect (the profile's).
        #expect(diff.changes.isEmpty, "\(diff.changes)")
        #expect(diff.applicabilityEffectTenths == -26)
        // A control that leaves scope with another answer is still a change.
        let changed = try Self.diff(
            ["A": .implemented, "B": .implemented, "C": .notImplemented, "D": .implemented, "E": .implemented],
            ["A": .implemented, "B": .implemented, "C": .notImplemented, "D": .partial, "E": .implemented],
            oldProfile: ["hosting": "self"], newProfile: ["hosting": "cloud"])
        let d = try #require(changed.changes.first { $0.control == "D" })
        #expect(d.fromInScope == true && d.toInScope == false)
        #expect(
            changed.changes.map(\.impactTenths).reduce(0, +) + changed.applicabilityEffectTenths == changed.deltaTenths)
    }

    @Test func notesAreListedOnlyWhenAsked() throws {
        let checklist = try Fixture.scoringChecklist()
        let old = Assessment.fixture(checklist, answers: ["A": .implemented])
        var new = old
        new.answers["A"]?.note = "二要素認証を有効化"
        #expect(Differ.diff(old: old, oldChecklist: checklist, new: new, newChecklist: checklist).changes.isEmpty)
        let withNotes = Differ.diff(
            old: old, oldChecklist: checklist, new: new, newChecklist: checklist, includeNotes: true)
        #expect(withNotes.changes.map(\.kind) == [.note])
        #expect(withNotes.changes.first?.toNote == "二要素認証を有効化")
    }

    @Test func renamedControlsAreFollowedThroughReplaces() throws {
        let old = try Fixture.scoringChecklist()
        var new = old
        new.version = "1.1"
        new.retired = [Checklist.RetiredControl(id: "E", version: "1.1")]
        new.sections[1].controls[1].id = "E2"
        new.sections[1].controls[1].replaces = ["E"]
        new.sections[1].controls[1].addedIn = "1.1"
        new.sections[0].controls.removeLast()  // C is gone
        new.sections[1].controls.append(
            Control(
                id: "F", priority: .recommended, weight: nil, tags: [], title: LocalizedText(ja: "F", en: "F"),
                question: LocalizedText(ja: "F", en: "F"),
                why: LocalizedText(ja: "w", en: "w"), how: LocalizedText(ja: "h", en: "h"),
                verify: LocalizedText(ja: "v", en: "v"),
                appliesWhen: [], reviewEveryDays: nil, references: [], replaces: [], addedIn: "1.1"))
        let before = Assessment.fixture(
            old, answers: ["A": .implemented, "B": .implemented, "C": .implemented, "D": .implemented, "E": .partial])
        var after = Assessment.fixture(
            new,
            answers: ["A": .implemented, "B": .implemented, "D": .implemented, "E2": .implemented, "F": .implemented])
        after.checklist.version = "1.1"
        let diff = Differ.diff(old: before, oldChecklist: old, new: after, newChecklist: new)
        // Old: 5+3+1+5+1.25 = 15.25/16.5 = 92.4. New: 5+3+5+2.5+1 = 16.5/16.5 = 100.0. Delta +7.6.
        // E2 (was E): 100 × 2.5 × 0.5 / 16.5 = +7.6; F added, implemented: +6.1; C removed: −100 × 1 / 16.5 = −6.1.
        #expect(
            Self.summary(diff) == [
                "E2 improved partial→implemented +7.6", "F added unanswered→implemented +6.1",
                "C removed implemented→unanswered -6.1",
            ])
        #expect(diff.changes.first?.previousControl == "E")
        #expect(diff.deltaTenths == 76)
        #expect(diff.applicabilityEffectTenths == 0)
    }

    @Test func pointsModelImpactsArePointDifferences() throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-5min-self-check"))
        let ids = checklist.controls.map(\.id.rawValue)
        var oldAnswers: [String: AnswerStatus] = [:]
        for id in ids { oldAnswers[id] = .partial }
        var newAnswers = oldAnswers
        newAnswers[ids[0]] = .implemented
        newAnswers[ids[1]] = .unknown
        let diff = Differ.diff(
            old: .fixture(checklist, answers: oldAnswers), oldChecklist: checklist,
            new: .fixture(checklist, answers: newAnswers), newChecklist: checklist)
        // 50 → 50 + 2 − 3 = 49.
        #expect(diff.deltaTenths == -10)
        #expect(
            Self.summary(diff) == ["SC-02 regressed partial→unknown -3.0", "SC-01 improved partial→implemented +2.0"])
        #expect(diff.applicabilityEffectTenths == 0)
    }

    @Test("apportioned impacts always add up to the printed delta", arguments: 0..<50)
    func apportionProperty(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let statuses = AnswerStatus.allCases
        var old: [String: AnswerStatus] = [:]
        var new: [String: AnswerStatus] = [:]
        for id in ["A", "B", "C", "D", "E"] {
            if Bool.random(using: &generator) { old[id] = statuses.randomElement(using: &generator) }
            if Bool.random(using: &generator) { new[id] = statuses.randomElement(using: &generator) }
        }
        let profiles = [[:], ["hosting": "self"], ["hosting": "cloud"]]
        let diff = try Self.diff(
            old, new, oldProfile: profiles.randomElement(using: &generator)!,
            newProfile: profiles.randomElement(using: &generator)!)
        if let delta = diff.deltaTenths {
            #expect(diff.changes.map(\.impactTenths).reduce(0, +) + diff.applicabilityEffectTenths == delta)
            #expect(
                diff.changes.reduce(Score.zero) { $0 + $1.impact } + diff.applicabilityEffect == diff.to.score! - diff
                    .from.score!)
        }
    }
}

/// A small deterministic generator (SplitMix64) for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
