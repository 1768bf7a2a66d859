/// One assessment as one flat row, for loading many shops' results into a database
/// (`ecsec summary --rows ndjson|csv`): who, which checklist and period, the score and level,
/// completeness, counts and the open mandatory controls.
public struct AssessmentRow: Sendable, Hashable {
    /// The format identifier of the NDJSON form (one object per line).
    public static let schema = "ecsec/summary-row@1"

    /// How the caller names the file (its path).
    public var file: String
    /// The assessment's id.
    public var assessment: AssessmentID
    /// The assessment this one continues, when the file records it.
    public var previous: AssessmentID?
    /// The shop.
    public var organization: String
    /// The site.
    public var site: String?
    /// The checklist answered.
    public var checklist: ChecklistReference
    /// The period.
    public var period: String?
    /// When the file last changed.
    public var updatedAt: Timestamp
    /// The overall score, if anything was scorable.
    public var score: Score?
    /// The level reached.
    public var level: LevelID?
    /// Whether every in-scope mandatory control is covered.
    public var mandatoryMet: Bool
    /// Whether every in-scope control is answered.
    public var complete: Bool
    /// In-scope, applicable, answered and "don't know" counts.
    public var counts: ScoreReport.Counts
    /// In-scope mandatory controls not covered, in checklist order.
    public var openMandatory: [ControlID]

    /// The row of `assessment`, scored as `report`.
    public init(file: String, assessment: Assessment, report: ScoreReport) {
        self.file = file
        self.assessment = assessment.id
        self.previous = nil
        self.organization = assessment.organization
        self.site = assessment.site
        self.checklist = assessment.checklist
        self.period = assessment.period
        self.updatedAt = assessment.updatedAt
        self.score = report.overall.score
        self.level = report.overall.level?.id
        self.mandatoryMet = report.overall.mandatoryMet
        self.complete = report.overall.counts.answered == report.overall.counts.inScope
        self.counts = report.overall.counts
        self.openMandatory = report.missingMandatory
    }
}
