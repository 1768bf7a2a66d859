/// What changed between two assessments of the same shop (usually two quarters), and why the
/// score moved: every changed control carries its share of the overall delta.
public struct AssessmentDiff: Sendable, Hashable {
    /// The format identifier of the JSON form.
    public static let schema = "ecsec/diff@1"

    /// One side of the comparison.
    public struct Side: Sendable, Hashable {
        /// The assessment's id.
        public var assessment: AssessmentID
        /// The assessment's period.
        public var period: String?
        /// The checklist and version it was scored with.
        public var checklist: ChecklistReference
        /// The overall score.
        public var score: Score?
        /// The level reached.
        public var level: LevelID?
        /// Whether every mandatory measure was in place.
        public var mandatoryMet: Bool
        /// Mandatory controls answered not applicable: not met, whatever the reason.
        public var mandatoryNotApplicable: [ControlID]
        /// Whether every in-scope control was answered.
        public var complete: Bool
    }

    /// How a control changed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// More credit than before.
        case improved
        /// Less credit than before.
        case regressed
        /// The same credit but another status (implemented → delegated), or into or out of N/A
        /// or scope.
        case changed
        /// Only in the new checklist.
        case added
        /// Only in the old checklist.
        case removed
        /// Only the note changed (listed when asked for).
        case note
    }

    /// A control that changed.
    public struct Change: Sendable, Hashable {
        /// The control's id in the new checklist (the old id for `removed`).
        public var control: ControlID
        /// The old id when the control was followed through `replaces`.
        public var previousControl: ControlID?
        /// The control's section.
        public var section: SectionID?
        /// The control's priority.
        public var priority: Priority?
        /// How it changed.
        public var kind: Kind
        /// The old answer.
        public var from: StatusOrUnanswered
        /// The new answer.
        public var to: StatusOrUnanswered
        /// Whether the control was in scope on each side (nil when it did not exist there).
        public var fromInScope: Bool?
        /// Whether the control counted on the new side (`nil` when absent there).
        public var toInScope: Bool?
        /// Exact share of the overall delta, in points.
        public var impact: Score
        /// `impact` rounded so that all impacts plus ``AssessmentDiff/applicabilityEffectTenths``
        /// add up to the printed delta.
        public var impactTenths: Int64
        /// The old note.
        public var fromNote: String?
        /// The new note.
        public var toNote: String?
    }

    /// A section's or tag's score on both sides.
    public struct GroupDelta: Sendable, Hashable {
        /// The section's or tag's id.
        public var id: String
        /// The old score.
        public var from: Score?
        /// The new score.
        public var to: Score?
        /// `to − from` of the rounded scores, in tenths; `nil` when either side has no score.
        public var deltaTenths: Int64?
    }

    /// The earlier assessment.
    public var from: Side
    /// The later assessment.
    public var to: Side
    /// `to − from` of the rounded overall scores, in tenths (what a reader computes by hand).
    public var deltaTenths: Int64?
    /// Section scores on both sides (new order, then sections only the old side has).
    public var sections: [GroupDelta]
    /// Tag scores on both sides.
    public var tags: [GroupDelta]
    /// Changes in display order: regressions (largest loss first), improvements (largest gain
    /// first), then changed, added, removed, note-only; ties in checklist order.
    public var changes: [Change]
    /// The part of the delta that no single answer explains: controls entering or leaving scope
    /// or N/A change the denominator, and weights may differ between checklist versions.
    public var applicabilityEffect: Score
    /// ``applicabilityEffect`` rounded together with the impacts.
    public var applicabilityEffectTenths: Int64
    /// Answers in the new assessment that are due for re-checking at `asOf`.
    public var stale: [ScoreReport.StaleAnswer]
    /// The moment staleness was judged at.
    public var asOf: Timestamp?

    /// Mandatory controls not met now that were met before (or did not exist), in checklist order:
    /// the first thing a reader looks for.
    public var mandatoryOpened: [ControlID]
    /// Mandatory controls met now that were not met before (a control gone from the checklist
    /// is named by its old id).
    public var mandatoryClosed: [ControlID]

    /// Signs that the two files are not one shop's consecutive periods.
    public var warnings: [Warning]
    /// Whether notes were compared (`--notes`): the text then shows each change's note.
    public var includesNotes: Bool
    /// Controls of the new version that continue another control of the old one (a rename, a
    /// split or a merge), whether or not their answers changed: each answer carried across
    /// such a pair answered another question.
    public var mappings: [Mapping] = []
    /// How the card path's scripts changed between the two files' probe runs (`ecsec probe`),
    /// when both hold one: added, removed and changed scripts, and new third-party origins.
    public var scripts: ScriptChange?

    /// An old control continued by a new one.
    public struct Mapping: Sendable, Hashable {
        /// The old control.
        public var from: ControlID
        /// The control that continues it.
        public var to: ControlID
    }

    /// A sign that the comparison may not mean what it seems.
    public struct Warning: Sendable, Hashable {
        /// What was seen.
        public enum Code: String, Sendable, Hashable, CaseIterable {
            /// Both files carry the same assessment id: one was copied from the other.
            case sameAssessmentId
            /// The organizations differ: two shops.
            case differentOrganization
            /// The new file names another assessment as its `previous`.
            case notPrevious
        }
        /// What was seen.
        public var code: Code
        /// The values involved: the shared id, the two organizations, or the `previous` id.
        public var values: [String]
    }

    /// Whether any control regressed (for `--fail-on-regression`).
    public var hasRegressions: Bool { changes.contains { $0.kind == .regressed } }
}
