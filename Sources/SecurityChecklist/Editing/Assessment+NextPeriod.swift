extension Assessment {
    /// The next period's assessment, started from this one: a new id and creation time,
    /// `period`, ``previous`` naming this assessment, the same organization, site, assessor and
    /// profile, and every answer carried over with its note, evidence, reason, provider and plan,
    /// marked ``Answer/carriedFrom`` this period until it is confirmed or answered again.
    ///
    /// The answers move to `checklist`, usually the newest version: a control that `replaces`
    /// old ones takes the answer of the first it replaces that was answered — or, when its
    /// ``Control/carry`` is ``CarryRule/best``, the answer among them that meets the most (ties to
    /// the first); answers for controls
    /// the new version no longer has are kept (not scored), as on every save. Profile answers the
    /// new version no longer offers are dropped.
    /// - Parameters:
    ///   - id: A fresh UUID; the library generates none.
    ///   - checklist: The checklist (version) the new assessment answers.
    ///   - period: The new period, e.g. ``nextPeriod(after:)`` of this one's.
    ///   - now: The creation time; the library reads no clock.
    /// - Throws: ``AssessmentEditError/checklistMismatch(expected:found:)`` when `checklist` is
    ///   another checklist.
    public func nextPeriod(
        id: AssessmentID, checklist: Checklist, period: String, now: Timestamp
    ) throws(AssessmentEditError) -> Assessment {
        guard self.checklist.id == checklist.id else {
            throw .checklistMismatch(expected: checklist.id, found: self.checklist.id)
        }
        let from = self.period ?? createdAt.dateText
        var next = Assessment(
            id: id, checklist: ChecklistReference(id: checklist.id, version: checklist.version),
            organization: organization, site: site, assessor: assessor, period: period, createdAt: now,
            previous: PreviousAssessment(id: self.id, period: self.period, answersHash: answersHash))
        (next.cart, next.paymentProvider) = (cart, paymentProvider)
        // The last probe carries over as the baseline its next run compares the card path's
        // scripts with; its date says how old it is, and the next run replaces it.
        next.probe = probe?.mapped(to: [checklist])
        for question in checklist.profile {
            if let value = profile[question.key], question.option(value) != nil { next.profile[question.key] = value }
        }
        var consumed = Set<ControlID>()
        for control in checklist.controls {
            let source = answers[control.id] != nil ? control.id : carriedSource(for: control)
            guard let source, var answer = answers[source] else { continue }
            consumed.insert(source)
            answer.carriedFrom = from
            // An answer to another question (split or merged) says whose it was.
            answer.carriedFromControl = source == control.id ? nil : source
            next.answers[control.id] = answer
        }
        for (id, answer) in answers where !consumed.contains(id) && next.answers[id] == nil {
            var kept = answer
            kept.carriedFrom = from
            next.answers[id] = kept
        }
        return next
    }

    /// The replaced control whose answer `control` takes, by its ``Control/carry`` rule.
    private func carriedSource(for control: Control) -> ControlID? {
        let answered = control.replaces.filter { answers[$0] != nil }
        switch control.carry {
        case .first: return answered.first
        case .best:
            // min(by:) keeps the first of equals, so ties go to the earlier predecessor.
            return answered.min { answers[$0]!.status.carryRank < answers[$1]!.status.carryRank }
        }
    }

    /// The quarter after `period` when it reads `YYYY-Qn` (`2026-Q4` → `2027-Q1`); `nil` otherwise.
    public static func nextPeriod(after period: String) -> String? {
        let parts = period.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCII),
            parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()),
            (1...4).contains(quarter),
            year < 9999
        else { return nil }
        return quarter == 4 ? "\(year + 1)-Q1" : "\(year)-Q\(quarter + 1)"
    }

    /// In-scope controls whose answer was carried from the previous period and not confirmed yet.
    public func unconfirmed(in checklist: Checklist) -> [ControlID] {
        controlsInScope(of: checklist).map(\.id).filter { answers[$0]?.carriedFrom != nil }
    }

    /// Confirms a carried answer as it stands ("no change"): records the same status, note,
    /// evidence, plan and detail again at `now`, which clears ``Answer/carriedFrom``.
    /// - Throws: ``AssessmentEditError/unanswered(_:)`` when the control has no answer, and
    ///   ``AssessmentEditError/answerOfAnotherControl(_:from:)`` when the answer was another
    ///   control's (``Answer/carriedFromControl``): that one is confirmed by answering.
    @discardableResult
    public mutating func confirm(_ control: ControlID, in checklist: Checklist, at now: Timestamp)
        throws(AssessmentEditError) -> Answer
    {
        guard let answer = answers[control] else { throw .unanswered(control) }
        if let source = answer.carriedFromControl { throw .answerOfAnotherControl(control, from: source) }
        return try record(
            answer.status, for: control, reason: answer.reason, provider: answer.provider, in: checklist, at: now)
    }
}
