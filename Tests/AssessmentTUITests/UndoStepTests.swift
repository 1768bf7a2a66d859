import Testing

@testable import AssessmentTUI
@testable import SecurityChecklist

/// `u` keeps what each change changed, not a copy of the assessment: a file holding tens of
/// thousands of answers (kept for controls the checklist no longer has) costs a few answers a
/// key, and every kind of change is taken back exactly.
@Suite("Undo steps")
struct UndoStepTests {
    static func large(_ count: Int) throws -> AppState {
        var state = try newState(try fixture(), profile: cartASP)
        var assessment = state.assessment
        for index in 0..<count {
            assessment.answers[ControlID("OLD-\(index)")] = Answer(status: .implemented, answeredAt: now)
        }
        state = AppState(checklist: state.checklist, assessment: assessment, language: .en, today: now)
        return state
    }

    @Test func eachStepHoldsOnlyTheAnswersItChanged() throws {
        var state = try Self.large(20_000)
        let original = state.assessment
        state.press(.character("1"), .character("2"), .character("3"))
        #expect(state.undoStack.count == 3)
        #expect(state.undoStack.allSatisfy { $0.answerCount == 1 }, "\(state.undoStack.map(\.answerCount))")
        state.press(.character("u"), .character("u"), .character("u"))
        #expect(state.assessment.answers == original.answers)
    }

    /// Answers added, changed and removed, and the details and profile, all come back.
    @Test func aStepTakesBackAnswersDetailsAndProfile() throws {
        let checklist = try fixture()
        var before = try newState(checklist, profile: cartASP).assessment
        try before.record(.partial, for: "MGT-01", note: "n", in: checklist, at: now)
        try before.record(.implemented, for: "MGT-02", in: checklist, at: now)
        var after = before
        after.answers["MGT-01"] = nil
        try after.record(.notImplemented, for: "MGT-02", in: checklist, at: now)
        try after.record(.unknown, for: "MGT-03", in: checklist, at: now)
        _ = after.setDetails(organization: "Renamed", period: "2027-Q1", at: now)
        after.profile["members"] = "no"
        let step = UndoStep(from: before, to: after)
        #expect(step.answerCount == 3)
        #expect(step.undo(after) == before)
    }

    /// At most `undoLimit` steps are kept; the oldest go first.
    @Test func theHistoryIsBounded() throws {
        var state = try newState(try fixture(), profile: cartASP)
        for _ in 0..<(AppState.undoLimit + 20) {
            state.press(.character("1"), .character("p"))
        }
        #expect(state.undoStack.count == AppState.undoLimit)
    }
}
