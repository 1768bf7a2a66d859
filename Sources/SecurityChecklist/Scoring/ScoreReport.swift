/// Everything `ecsec score` reports about one assessment: the overall score and level, each
/// section and tag, the gaps to close first, the unknowns to find out, and stale answers.
public struct ScoreReport: Sendable, Hashable {
    /// The format identifier of the JSON form (``jsonText()``).
    public static let schema = "ecsec/score@1"

    public var checklist: ChecklistReference
    public var assessment: AssessmentSummary
    /// The moment staleness was judged at, when one was given.
    public var asOf: Timestamp?
    /// `weighted` or `points`.
    public var model: String
    public var overall: Overall
    /// Sections in checklist order; a section with no in-scope control is left out.
    public var sections: [GroupScore<SectionID>]
    /// Tags in declaration order; a tag with no in-scope control is left out.
    public var tags: [GroupScore<TagID>]
    /// Unmet in-scope controls: mandatory first, then by weight × missing credit, then checklist order.
    public var gaps: [Gap]
    /// In-scope controls answered "don't know", in checklist order.
    public var unknowns: [ControlID]
    /// In-scope mandatory controls that are neither implemented, delegated nor not applicable.
    public var missingMandatory: [ControlID]
    /// Answers older than their control's `reviewEveryDays` at the `asOf` moment given.
    public var stale: [StaleAnswer]

    /// Who and what was assessed.
    public struct AssessmentSummary: Sendable, Hashable {
        public var id: AssessmentID
        public var organization: String
        public var site: String?
        public var period: String?
    }

    /// The whole-checklist figures.
    public struct Overall: Sendable, Hashable {
        /// `nil` when nothing is applicable (weighted model with every control N/A or out of scope).
        public var score: Score?
        public var level: ScoringRules.Level?
        /// 100 for the weighted model; in-scope count × points for "implemented" in the points model.
        public var maximum: Score
        public var mandatoryMet: Bool
        public var counts: Counts
    }

    /// How many controls a group holds, by state.
    public struct Counts: Sendable, Hashable {
        /// Controls whose `appliesWhen` matches the profile.
        public var inScope: Int
        /// In-scope controls not answered notApplicable.
        public var applicable: Int
        /// In-scope controls with any answer.
        public var answered: Int
        /// In-scope controls answered unknown.
        public var unknown: Int
    }

    /// A section's or tag's figures.
    public struct GroupScore<ID: StringIdentifier>: Sendable, Hashable {
        public var id: ID
        public var score: Score?
        public var maximum: Score
        public var counts: Counts
    }

    /// A control to work on.
    public struct Gap: Sendable, Hashable {
        public var control: ControlID
        public var section: SectionID
        public var priority: Priority
        public var status: StatusOrUnanswered
        /// Points the overall score gains when the control is fully implemented.
        public var gain: Score
    }

    public struct StaleAnswer: Sendable, Hashable {
        public var control: ControlID
        public var answeredAt: Timestamp
        /// Whole days since the answer went stale.
        public var daysOverdue: Int64
    }
}
