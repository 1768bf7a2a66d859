/// Why an edit to an assessment was refused. The assessment is unchanged.
public enum AssessmentEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The checklist has no such control. `suggestions` are close ids.
    case unknownControl(ControlID, checklist: ChecklistID, suggestions: [ControlID])
    /// The answer breaks a rule (N/A without a reason, delegated without a provider).
    case invalidAnswer(ControlID, AnswerProblem)
    /// The checklist asks no such profile question.
    case unknownProfileKey(ProfileKey, valid: [ProfileKey])
    /// The profile question does not offer that value.
    case unknownProfileValue(ProfileKey, ProfileValue, valid: [ProfileValue])
    /// The assessment answers another checklist.
    case checklistMismatch(expected: ChecklistID, found: ChecklistID)
    /// The control has no answer to carry a plan.
    case unanswered(ControlID)
    /// The carried answer was another control's (a split or merged question): it is confirmed by
    /// answering the control, not by "no change".
    case answerOfAnotherControl(ControlID, from: ControlID)

    /// A message naming what was refused and the valid choices, in English.
    public var description: String { message(in: .en) }

    /// The message in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .unknownControl(let id, let checklist, let suggestions):
            Phrase.unknownControl(language, checklist, id)
                + (suggestions.isEmpty
                    ? ""
                    : (language == .ja ? "。" : "; ")
                        + Phrase.didYouMean(language, suggestions.map(\.rawValue).joined(separator: ", ")))
        case .invalidAnswer(let id, let problem): "\(id): " + problem.text(language)
        case .unknownProfileKey(let key, let valid):
            Phrase.unknownProfileKey(language, key, valid.map(\.rawValue).joined(separator: ", "))
        case .unknownProfileValue(let key, let value, let valid):
            Phrase.unknownProfileValue(language, value, key, valid.map(\.rawValue).joined(separator: ", "))
        case .checklistMismatch(let expected, let found):
            Phrase.otherChecklist(language, found, expected)
        case .unanswered(let id): Phrase.planNeedsAnswer(language, id)
        case .answerOfAnotherControl(let id, let source): Phrase.answerOfAnotherControl(language, id, source)
        }
    }
}

/// A rule an answer breaks: a status that needs a detail (``AnswerStatus/requiredDetail``)
/// without it.
public enum AnswerProblem: Sendable, Hashable {
    /// `notApplicable` without a reason.
    case notApplicableNeedsReason
    /// `delegated` without a provider.
    case delegatedNeedsProvider
    /// An evidence entry that is empty or only spaces.
    case blankEvidence
    /// A plan whose owner is empty or only spaces.
    case blankPlanOwner

    /// The problem of an answer that lacks `detail`.
    public init(missing detail: AnswerDetail) {
        switch detail {
        case .reason: self = .notApplicableNeedsReason
        case .provider: self = .delegatedNeedsProvider
        }
    }

    /// The detail that is missing, if that is the problem.
    public var detail: AnswerDetail? {
        switch self {
        case .notApplicableNeedsReason: .reason
        case .delegatedNeedsProvider: .provider
        case .blankEvidence, .blankPlanOwner: nil
        }
    }

    /// The member of the answer that is wrong.
    public var member: String {
        switch self {
        case .notApplicableNeedsReason, .delegatedNeedsProvider: detail?.rawValue ?? ""
        case .blankEvidence: "evidence"
        case .blankPlanOwner: "plan"
        }
    }

    /// The rule in words.
    public func text(_ language: Language) -> String {
        switch self {
        case .notApplicableNeedsReason: Phrase.naNeedsReason(language)
        case .delegatedNeedsProvider: Phrase.delegatedNeedsProvider(language)
        case .blankEvidence: Phrase.blankEvidence(language)
        case .blankPlanOwner: Phrase.blankPlanOwner(language)
        }
    }
}

extension Answer {
    /// The answer's value for `detail`.
    public func value(of detail: AnswerDetail) -> String? {
        switch detail {
        case .reason: reason
        case .provider: provider
        }
    }

    /// Rules an answer must follow on its own: the detail its status requires is there.
    func problems() -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        if let needed = status.requiredDetail, value(of: needed)?.allSatisfy(\.isWhitespace) ?? true {
            problems.append(AnswerProblem(missing: needed))
        }
        if evidence.contains(where: { ($0.text?.isBlank ?? true) && $0.file == nil }) {
            problems.append(.blankEvidence)
        }
        if let plan, plan.owner.isBlank { problems.append(.blankPlanOwner) }
        return problems
    }
}

extension Plan {
    /// The plan with a blank note dropped.
    var normalized: Plan { Plan(owner: owner, due: due, note: note.flatMap { $0.isBlank ? nil : $0 }) }
}

extension Assessment {
    /// A new, empty assessment of `checklist`.
    /// - Parameters:
    ///   - id: A fresh UUID; the library generates none.
    ///   - checklist: The checklist to answer.
    ///   - organization: The shop or company.
    ///   - site: The site assessed.
    ///   - assessor: Who answers.
    ///   - period: The period assessed, e.g. `2026-Q4`.
    ///   - profile: Answers to the checklist's profile questions.
    ///   - now: The creation time; the library reads no clock.
    /// - Throws: ``AssessmentEditError`` for a profile key or value the checklist doesn't offer.
    public static func new(
        id: AssessmentID, checklist: Checklist, organization: String = "", site: String? = nil,
        assessor: String? = nil, period: String? = nil, profile: [ProfileKey: ProfileValue] = [:], now: Timestamp
    ) throws(AssessmentEditError) -> Assessment {
        var assessment = Assessment(
            id: id, checklist: ChecklistReference(id: checklist.id, version: checklist.version),
            organization: organization, site: site, assessor: assessor, period: period, createdAt: now)
        for (key, value) in profile.sorted(by: { $0.key < $1.key }) {
            try assessment.setProfile(key, to: value, in: checklist, at: now)
        }
        return assessment
    }

    /// Records `answer` for `control`, or clears it when `answer` is `nil`, and sets `updatedAt`.
    /// - Throws: ``AssessmentEditError`` for an unknown control or an answer that breaks a rule.
    public mutating func setAnswer(
        _ answer: Answer?, for control: ControlID, in checklist: Checklist, at now: Timestamp
    ) throws(AssessmentEditError) {
        try requireControl(control, in: checklist)
        if let answer, let problem = answer.problems().first {
            throw .invalidAnswer(control, problem)
        }
        answers[control] = answer
        updatedAt = max(updatedAt, now)
    }

    /// Records `status` for `control` the way a person answering does, and returns the answer.
    ///
    /// The note, evidence and plan already there are kept unless new ones are given (an empty
    /// note clears it); a note written before the answer (``pendingNotes``) becomes the note
    /// when none is given; a reason or provider is kept only when the status requires it
    /// (``AnswerStatus/requiredDetail``), the new one replacing the old.
    /// - Throws: ``AssessmentEditError`` for an unknown control or a missing reason or provider.
    @discardableResult
    public mutating func record(
        _ status: AnswerStatus, for control: ControlID, note: String? = nil, reason: String? = nil,
        provider: String? = nil, evidence: [Evidence]? = nil, plan: Plan? = nil, in checklist: Checklist,
        at now: Timestamp
    ) throws(AssessmentEditError) -> Answer {
        let previous = answers[control]
        let given: [AnswerDetail: String?] = [.reason: reason, .provider: provider]
        func detail(_ detail: AnswerDetail) -> String? {
            guard status.requiredDetail == detail else { return nil }
            return given[detail].flatMap { $0 } ?? previous?.value(of: detail)
        }
        let answer = Answer(
            status: status,
            note: note.map { $0.isBlank ? nil : $0 } ?? pendingNotes[control] ?? previous?.note,
            reason: detail(.reason), provider: detail(.provider),
            evidence: evidence.flatMap { $0.isEmpty ? nil : $0 } ?? previous?.evidence ?? [],
            answeredAt: now, plan: plan.map(\.normalized) ?? previous?.plan)
        try setAnswer(answer, for: control, in: checklist, at: now)
        pendingNotes[control] = nil
        return answer
    }

    /// Keeps `note` for `control` until it is answered (``pendingNotes``); `nil` or blank
    /// removes it. Sets `updatedAt`.
    /// - Throws: ``AssessmentEditError`` for an unknown control.
    public mutating func setPendingNote(
        _ note: String?, for control: ControlID, in checklist: Checklist, at now: Timestamp
    ) throws(AssessmentEditError) {
        try requireControl(control, in: checklist)
        let kept = note.flatMap { $0.isBlank ? nil : $0 }
        guard pendingNotes[control] != kept else { return }
        pendingNotes[control] = kept
        updatedAt = max(updatedAt, now)
    }

    /// Sets or clears the plan on `control`'s answer, keeping the answer and its `answeredAt`;
    /// sets `updatedAt`.
    /// - Throws: ``AssessmentEditError`` for an unknown control, a control with no answer yet,
    ///   or a plan with a blank owner.
    public mutating func setPlan(
        _ plan: Plan?, for control: ControlID, in checklist: Checklist, at now: Timestamp
    ) throws(AssessmentEditError) {
        try requireControl(control, in: checklist)
        guard var answer = answers[control] else { throw .unanswered(control) }
        answer.plan = plan.map(\.normalized)
        try setAnswer(answer, for: control, in: checklist, at: now)
    }

    /// Changes who and what the assessment is about; a `nil` argument leaves that field as it
    /// is, an empty `site`, `cart`, `paymentProvider` or `assessor` removes it. Sets `updatedAt`
    /// when anything changed.
    /// - Returns: Whether anything changed.
    @discardableResult
    public mutating func setDetails(
        organization: String? = nil, site: String? = nil, cart: String? = nil, paymentProvider: String? = nil,
        assessor: String? = nil, period: String? = nil, at now: Timestamp
    ) -> Bool {
        let before = (self.organization, self.site, self.cart, self.paymentProvider, self.assessor, self.period)
        // Details are one line each: a pasted or scripted value (`$'2026-Q4\n'`) loses its
        // surrounding white space, and line breaks and tabs inside become one space.
        let line = { (text: String) in text.singleLine }
        if let organization { self.organization = line(organization) }
        if let site { self.site = site.isBlank ? nil : line(site) }
        if let cart { self.cart = cart.isBlank ? nil : line(cart) }
        if let paymentProvider { self.paymentProvider = paymentProvider.isBlank ? nil : line(paymentProvider) }
        if let assessor { self.assessor = assessor.isBlank ? nil : line(assessor) }
        if let period { self.period = period.isBlank ? self.period : line(period) }
        let changed =
            before != (self.organization, self.site, self.cart, self.paymentProvider, self.assessor, self.period)
        if changed { updatedAt = max(updatedAt, now) }
        return changed
    }

    /// Throws unless this assessment answers `checklist` and `checklist` has `control`.
    private func requireControl(_ control: ControlID, in checklist: Checklist) throws(AssessmentEditError) {
        guard self.checklist.id == checklist.id else {
            throw .checklistMismatch(expected: checklist.id, found: self.checklist.id)
        }
        guard checklist.control(control) == nil else { return }
        // A retired id (OPS-09 in 1.1) is answered by the controls that continue it.
        let successors = checklist.controls.filter { $0.replaces.contains(control) }.map(\.id)
        if !successors.isEmpty {
            throw .unknownControl(control, checklist: checklist.id, suggestions: successors)
        }
        let ids = checklist.controls.map(\.id.rawValue)
        let exact = ids.filter { $0.lowercased() == control.rawValue.lowercased() }
        let near = exact.isEmpty ? closest(to: control.rawValue, among: ids).map { [$0] } ?? [] : exact
        throw .unknownControl(control, checklist: checklist.id, suggestions: near.map(ControlID.init))
    }

    /// Sets a profile answer and `updatedAt`.
    public mutating func setProfile(
        _ key: ProfileKey, to value: ProfileValue?, in checklist: Checklist, at now: Timestamp
    ) throws(AssessmentEditError) {
        guard let question = checklist.profileQuestion(key) else {
            throw .unknownProfileKey(key, valid: checklist.profile.map(\.key))
        }
        if let value, question.option(value) == nil {
            throw .unknownProfileValue(key, value, valid: question.options.map(\.value))
        }
        profile[key] = value
        updatedAt = max(updatedAt, now)
    }

    /// Whether every profile question `checklist` asks of this shop (those whose `askWhen`
    /// holds for the answers so far) has an answer.
    public func profileIsComplete(for checklist: Checklist) -> Bool {
        checklist.askedQuestions(given: profile).allSatisfy { profile[$0.key] != nil }
    }

    /// In-scope controls in checklist order.
    public func controlsInScope(of checklist: Checklist) -> [Control] {
        checklist.controls.filter { $0.applies(to: profile) }
    }
}
