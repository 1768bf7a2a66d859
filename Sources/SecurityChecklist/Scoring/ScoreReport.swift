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
    /// Unmet in-scope controls: mandatory first, then by milestone, priority, weight × missing
    /// credit, then checklist order.
    public var gaps: [Gap]
    /// In-scope controls answered "don't know", in checklist order.
    public var unknowns: [ControlID]
    /// In-scope mandatory controls that are not met (neither implemented nor delegated), in
    /// checklist order: ``Overall/mandatory`` tells them apart.
    public var missingMandatory: [ControlID]
    /// Answers older than their control's `reviewEveryDays` at the `asOf` moment given.
    public var stale: [StaleAnswer]
    /// In-scope controls answered not applicable, with their reasons, in checklist order.
    public var notApplicable: [NotApplicableAnswer]
    /// In-scope controls a provider does for the shop, in checklist order.
    public var delegated: [DelegatedAnswer]
    /// The assessment's latest probe run in figures, and the answers it contradicts; `nil` when
    /// the site was never probed (`ecsec probe --assessment`).
    public var observations: Observations? = nil

    /// What the latest probe run says about the answers.
    public struct Observations: Sendable, Hashable {
        /// The URL probed.
        public var target: String
        /// When the run started.
        public var startedAt: Timestamp
        /// Findings that failed.
        public var failed: Int
        /// Findings that warned.
        public var warnings: Int
        /// Findings that passed.
        public var passed: Int
        /// Answers of "in place" that a failed finding contradicts (「観測と回答が一致しません」).
        public var conflicts: [ObservationConflict]

        /// 「サイトの観測（ecsec probe 2026-12-07、https://…）: 問題 2・注意 3・良好 22」.
        public func summary(_ language: Language) -> String {
            Phrase.probeSummaryLine(language, startedAt.dateText, target, failed, warnings, passed)
        }
    }

    /// An in-scope control answered not applicable.
    public struct NotApplicableAnswer: Sendable, Hashable {
        /// The control.
        public var control: ControlID
        /// Its priority: a mandatory one answered N/A keeps the level capped.
        public var priority: Priority
        /// Why the shop says it does not apply.
        public var reason: String
    }

    /// An in-scope control answered delegated.
    public struct DelegatedAnswer: Sendable, Hashable {
        /// The control.
        public var control: ControlID
        /// Who does it.
        public var provider: String
    }

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

    /// The assessment's answers hash, when the caller set it (``Assessment/answersHash``):
    /// scoring does not compute it (the terminal UI scores on every key), `ecsec score` does.
    public var answersHash: String?

    /// The whole-checklist figures.
    public struct Overall: Sendable, Hashable {
        /// `nil` when nothing is applicable (weighted model with every control N/A or out of scope).
        public var score: Score?
        /// The level reached, or `nil` when there is no score or no level matches.
        public var level: ScoringRules.Level?
        /// 100 for the weighted model; in-scope count × points for "implemented" in the points model.
        public var maximum: Score
        /// Whether every in-scope mandatory control is implemented or delegated. A mandatory
        /// control answered not applicable does not count as met: genuine non-applicability
        /// belongs in the profile, which takes the control out of scope before any answer.
        public var mandatoryMet: Bool
        /// The in-scope mandatory controls that are not met, by why.
        public var mandatory: MandatoryGaps
        /// How many controls are in scope, applicable, answered and unknown.
        public var counts: Counts
        /// In-scope answers carried from the previous period and not confirmed yet (未確認).
        /// They count as answered.
        public var carried: Int

        /// Whether every in-scope control has an answer. When not, the score and level are
        /// provisional.
        public var complete: Bool { counts.answered == counts.inScope }
        /// In-scope controls without an answer.
        public var unanswered: Int { counts.inScope - counts.answered }
    }

    /// The in-scope mandatory controls that are not met, each in checklist order.
    public struct MandatoryGaps: Sendable, Hashable {
        /// Answered, applicable and not met: partial, not implemented or don't know.
        public var missing: [ControlID]
        /// Not answered yet.
        public var unanswered: [ControlID]
        /// Answered not applicable: out of the percentage, but not met.
        public var notApplicable: [ControlID]

        /// Whether no mandatory control is open.
        public var isEmpty: Bool { missing.isEmpty && unanswered.isEmpty && notApplicable.isEmpty }
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
        /// The control's milestone (1 = do first … 6), if the checklist gives one.
        public var milestone: Int?
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
