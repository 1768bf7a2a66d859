/// Everything `ecsec score` reports about one assessment: the overall score and level, each
/// section and tag, the gaps to close first, the unknowns to find out, and stale answers.
public struct ScoreReport: Sendable, Hashable {
    /// The format identifier of the JSON form (``jsonText()``).
    public static let schema = "ecsec/score@1"

    /// The checklist id and version the score was computed with.
    public var checklist: ChecklistReference
    /// Who and what was assessed.
    public var assessment: AssessmentSummary
    /// The moment staleness was judged at, when one was given.
    public var asOf: Timestamp?
    /// `weighted` or `points`.
    public var model: String
    /// The whole-checklist figures.
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
        /// The assessment's id.
        public var id: AssessmentID
        /// The shop or company.
        public var organization: String
        /// The site assessed, if given.
        public var site: String?
        /// The period assessed, if given.
        public var period: String?
    }

    /// The whole-checklist figures.
    public struct Overall: Sendable, Hashable {
        /// `nil` when nothing is applicable (weighted model with every control N/A or out of scope).
        public var score: Score?
        /// The level reached, or `nil` when there is no score or no level matches.
        public var level: ScoringRules.Level?
        /// 100 for the weighted model; in-scope count × points for "implemented" in the points model.
        public var maximum: Score
        /// Whether every in-scope mandatory control is implemented, delegated or not applicable.
        public var mandatoryMet: Bool
        /// How many controls are in scope, applicable, answered and unknown.
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
        /// The section's or tag's id.
        public var id: ID
        /// The group's score, or `nil` when none of its controls is applicable.
        public var score: Score?
        /// The highest possible score of the group.
        public var maximum: Score
        /// How many controls are in scope, applicable, answered and unknown.
        public var counts: Counts
    }

    /// A control to work on.
    public struct Gap: Sendable, Hashable {
        /// The control.
        public var control: ControlID
        /// The section the control is in.
        public var section: SectionID
        /// The control's priority.
        public var priority: Priority
        /// The current answer.
        public var status: StatusOrUnanswered
        /// Points the overall score gains when the control is fully implemented.
        public var gain: Score
    }

    /// An answer older than its control's `reviewEveryDays`.
    public struct StaleAnswer: Sendable, Hashable {
        /// The control.
        public var control: ControlID
        /// When it was answered.
        public var answeredAt: Timestamp
        /// Whole days since the answer went stale.
        public var daysOverdue: Int64
    }
}
