/// One shop's answers to one checklist for one period: the `ecsec/assessment@1` file.
public struct Assessment: Sendable, Hashable {
    /// The format identifier every assessment file declares.
    public static let schema = "ecsec/assessment@1"

    public var id: AssessmentID
    public var checklist: ChecklistReference
    public var organization: String
    public var site: String?
    public var assessor: String?
    /// The period assessed, e.g. `2026-Q4`.
    public var period: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var profile: [ProfileKey: ProfileValue]
    /// Answers by control. May hold IDs the checklist no longer has: they are kept on save.
    public var answers: [ControlID: Answer]

    public init(
        id: AssessmentID, checklist: ChecklistReference, organization: String = "", site: String? = nil,
        assessor: String? = nil, period: String? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil,
        profile: [ProfileKey: ProfileValue] = [:], answers: [ControlID: Answer] = [:]
    ) {
        self.id = id
        self.checklist = checklist
        self.organization = organization
        self.site = site
        self.assessor = assessor
        self.period = period
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.profile = profile
        self.answers = answers
    }
}

/// Which checklist, and which version of it, an assessment answers.
public struct ChecklistReference: Sendable, Hashable {
    public var id: ChecklistID
    public var version: String

    public init(id: ChecklistID, version: String) {
        self.id = id
        self.version = version
    }
}

/// The answer to one control.
public struct Answer: Sendable, Hashable {
    public var status: AnswerStatus
    public var note: String?
    /// Why the control does not apply; required for `notApplicable`.
    public var reason: String?
    /// Who does it for the shop; required for `delegated`.
    public var provider: String?
    public var evidence: [String]
    public var answeredAt: Timestamp

    public init(
        status: AnswerStatus, note: String? = nil, reason: String? = nil, provider: String? = nil,
        evidence: [String] = [], answeredAt: Timestamp
    ) {
        self.status = status
        self.note = note
        self.reason = reason
        self.provider = provider
        self.evidence = evidence
        self.answeredAt = answeredAt
    }
}
