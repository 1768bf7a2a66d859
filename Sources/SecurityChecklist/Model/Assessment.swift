/// One shop's answers to one checklist for one period: the `ecsec/assessment@1` file.
public struct Assessment: Sendable, Hashable {
    /// The format identifier every assessment file declares.
    public static let schema = "ecsec/assessment@1"

    /// The assessment's UUID.
    public var id: AssessmentID
    /// The checklist and version the answers are for.
    public var checklist: ChecklistReference
    /// The shop or company (may be empty).
    public var organization: String
    /// The site assessed, e.g. shop.example.jp.
    public var site: String?
    /// The cart or shop platform by name (Shopify, BASE, EC-CUBE 4.2), when given: the
    /// profile says only its kind. Optional member `cart`.
    public var cart: String?
    /// The payment provider by name, when given. Optional member `paymentProvider`.
    public var paymentProvider: String?
    /// Who answered.
    public var assessor: String?
    /// The period assessed, e.g. `2026-Q4`.
    public var period: String?
    /// When the assessment was created.
    public var createdAt: Timestamp
    /// When it last changed.
    public var updatedAt: Timestamp
    /// The answers to the checklist's profile questions.
    public var profile: [ProfileKey: ProfileValue]
    /// Answers by control. May hold IDs the checklist no longer has: they are kept on save.
    public var answers: [ControlID: Answer]
    /// The assessment this one follows (last quarter's), when it was started from one.
    public var previous: PreviousAssessment?
    /// Notes written for controls before they are answered (or text being typed when the
    /// terminal UI was interrupted): kept in the file, shown on the control, and made the
    /// answer's note when it is answered. Optional member `pendingNotes`; empty in most files.
    public var pendingNotes: [ControlID: String] = [:]
    /// The language the owner chose for this assessment (the terminal UI's `L`): every command
    /// on the file speaks it unless told otherwise. Optional member `language`.
    public var language: Language?
    /// The latest `ecsec probe` run on the shop's site: observations that are evidence for the
    /// controls their checks map to, never answers. Optional member `probe`.
    public var probe: ProbeResult?

    /// An assessment with the given fields; `updatedAt` defaults to `createdAt`.
    public init(
        id: AssessmentID, checklist: ChecklistReference, organization: String = "", site: String? = nil,
        assessor: String? = nil, period: String? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil,
        profile: [ProfileKey: ProfileValue] = [:], answers: [ControlID: Answer] = [:],
        previous: PreviousAssessment? = nil
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
        self.previous = previous
    }
}

/// The assessment another one follows: `{"id", "period"}` in the file.
public struct PreviousAssessment: Sendable, Hashable {
    /// Its id.
    public var id: AssessmentID
    /// Its period, when it had one.
    public var period: String?
    /// Its answers hash when this one was started from it (``Assessment/answersHash``), so a
    /// reader can tell whether last quarter's file is the one this quarter continues.
    /// Optional member `answersHash`.
    public var answersHash: String?

    /// A reference to assessment `id` of `period`, with the answers hash it had.
    public init(id: AssessmentID, period: String?, answersHash: String? = nil) {
        self.id = id
        self.period = period
        self.answersHash = answersHash
    }
}

/// Which checklist, and which version of it, an assessment answers.
public struct ChecklistReference: Sendable, Hashable {
    /// The checklist's id.
    public var id: ChecklistID
    /// The checklist's version.
    public var version: String

    /// A reference to version `version` of checklist `id`.
    public init(id: ChecklistID, version: String) {
        self.id = id
        self.version = version
    }
}

/// The answer to one control.
public struct Answer: Sendable, Hashable {
    /// The answer.
    public var status: AnswerStatus
    /// A free note.
    public var note: String?
    /// Why the control does not apply; required for `notApplicable`.
    public var reason: String?
    /// Who does it for the shop; required for `delegated`.
    public var provider: String?
    /// Documents, screens or tickets that back the answer.
    public var evidence: [Evidence]
    /// When it was answered; staleness is judged from it.
    public var answeredAt: Timestamp
    /// Who closes the gap by when. Kept when the control is answered again.
    public var plan: Plan?
    /// The period the answer was carried from into this assessment, until it is confirmed or
    /// answered again (未確認). A carried answer counts as answered.
    public var carriedFrom: String?
    /// The control whose answer this was, when it was carried from another control that this
    /// one replaces (a question split or merged between checklist versions, OPS-09 → OPS-21):
    /// it answered another question, so it is confirmed by answering, not by "no change".
    public var carriedFromControl: ControlID?

    /// An answer with the given fields.
    public init(
        status: AnswerStatus, note: String? = nil, reason: String? = nil, provider: String? = nil,
        evidence: [Evidence] = [], answeredAt: Timestamp, plan: Plan? = nil, carriedFrom: String? = nil
    ) {
        self.status = status
        self.note = note
        self.reason = reason
        self.provider = provider
        self.evidence = evidence
        self.answeredAt = answeredAt
        self.plan = plan
        self.carriedFrom = carriedFrom
    }
}

/// An action plan item on an answer: who closes the gap, by when. Written as
/// `{"owner", "due"?: "YYYY-MM-DD", "note"?}`; a plan without `due` has an owner and no date yet
/// (期限未定).
public struct Plan: Sendable, Hashable {
    /// Who is responsible; not blank.
    public var owner: String
    /// The due day, as midnight UTC at its start (written `YYYY-MM-DD`); `nil` while undecided.
    public var due: Timestamp?
    /// What is to be done, if more than the control says.
    public var note: String?

    /// A plan item; `due` is taken as its day (``Timestamp/dateText``), `nil` for no date yet.
    public init(owner: String, due: Timestamp?, note: String? = nil) {
        self.owner = owner
        self.due = due.map { Timestamp(secondsSince1970: $0.secondsSince1970.floorDivided(by: 86_400) * 86_400) }
        self.note = note
    }

    /// Whether the due day is before the day of `asOf`; a plan without a date is never overdue.
    public func isOverdue(asOf: Timestamp) -> Bool { due.map { $0.dateText < asOf.dateText } ?? false }

    /// The due day as `YYYY-MM-DD`, or 期限未定 / "no due date" while undecided.
    public func dueText(_ language: Language) -> String { due?.dateText ?? Phrase.dueUndecided(language) }
}
