import SecurityChecklist

extension AppState {
    /// A text prompt: Enter records what it is for, Esc cancels, Tab offers providers; every
    /// other key edits the text.
    mutating func handlePrompt(_ prompt: inout Prompt, key: Key, now: Timestamp) -> [Effect] {
        // Keys the table gives the prompt end or complete it; every other key edits the text.
        switch KeyTable.command(for: key, in: .prompt) {
        case .back:
            // Esc on the due date goes back to the owner, keeping what was typed there.
            if case .planDue(let owner) = prompt.purpose {
                overlay = .prompt(Prompt(purpose: .planOwner, field: TextField(owner)))
                return []
            }
            overlay = nil
            if case .details = prompt.purpose { leaveWelcome() }
            return []
        case .accept:
            guard let control = currentControl else {
                overlay = nil
                return []
            }
            let text = prompt.field.text.trimmingWhitespace
            switch prompt.purpose {
            case .detail(let status):
                guard !text.isEmpty else {
                    message = Message(text: TUIPhrase.needsText(language), isError: true)
                    return []
                }
                overlay = nil
                let detail = status.requiredDetail
                return record(
                    status, for: control.id, now: now, reason: detail == .reason ? text : nil,
                    provider: detail == .provider ? text : nil)
            case .note:
                overlay = nil
                let checklist = checklist
                guard var answer = assessment.answers[control.id] else {
                    // Before an answer the note is kept in the file and becomes the answer's.
                    guard !text.isEmpty || pendingNotes[control.id] != nil else { return [] }
                    if !text.isEmpty {
                        message = Message(
                            text: TUIPhrase.noteWaits(language, KeyTable.answerKeys(language)), isError: false)
                    }
                    return edit(advance: false) { assessment throws(AssessmentEditError) in
                        try assessment.setPendingNote(text, for: control.id, in: checklist, at: now)
                    }
                }
                answer.note = text.isEmpty ? nil : text
                // A note kept from interrupted typing is replaced by the one confirmed now.
                return edit(advance: false) { assessment throws(AssessmentEditError) in
                    try assessment.setAnswer(answer, for: control.id, in: checklist, at: now)
                    try assessment.setPendingNote(nil, for: control.id, in: checklist, at: now)
                }
            case .evidence(let index):
                overlay = nil
                guard var answer = assessment.answers[control.id] else { return [] }
                if let index, index < answer.evidence.count {
                    if text.isEmpty {
                        answer.evidence.remove(at: index)
                        message = Message(text: TUIPhrase.evidenceRemoved(language), isError: false)
                    } else {
                        // Edited text is a new statement: it takes today's date; a file keeps its record.
                        answer.evidence[index].text = text
                        answer.evidence[index].recordedAt = now
                    }
                } else {
                    guard !text.isEmpty else { return [] }
                    answer.evidence.append(Evidence(text: text, recordedAt: now))
                }
                let checklist = checklist
                return edit(advance: false) { assessment throws(AssessmentEditError) in
                    try assessment.setAnswer(answer, for: control.id, in: checklist, at: now)
                }
            case .planOwner:
                guard !text.isEmpty else {
                    overlay = nil
                    guard assessment.answers[control.id]?.plan != nil else { return [] }
                    message = Message(text: TUIPhrase.planCleared(language), isError: false)
                    return setPlan(nil, for: control.id, now: now)
                }
                let due = assessment.answers[control.id]?.plan?.due?.dateText ?? ""
                overlay = .prompt(Prompt(purpose: .planDue(owner: text), field: TextField(due)))
                return []
            case .details(let detail):
                // The period cannot be removed (a read refuses an empty one): left empty, it
                // stays as it is, as the prompt's hint says; the others may be emptied. A
                // period is a quarter, stored as YYYY-Qn whatever form was typed.
                let quarter = TypedInput.quarter(text)
                if detail == .period, !text.isEmpty, quarter == nil {
                    message = Message(text: TUIPhrase.badPeriod(language), isError: true)
                    return []
                }
                var edited = assessment
                let changed: Bool =
                    switch detail {
                    case .organization: edited.setDetails(organization: text, at: now)
                    case .site: edited.setDetails(site: text, at: now)
                    case .cart: edited.setDetails(cart: text, at: now)
                    case .paymentProvider: edited.setDetails(paymentProvider: text, at: now)
                    case .assessor: edited.setDetails(assessor: text, at: now)
                    case .period: quarter.map { edited.setDetails(period: $0, at: now) } ?? false
                    }
                if let next = Prompt.Detail(rawValue: detail.rawValue + 1) {
                    askDetail(next)
                } else {
                    overlay = nil
                    leaveWelcome()
                }
                guard changed else { return [] }
                assessment = edited
                return [.save(assessment)]
            case .planDue(let owner):
                // Left empty, the plan has an owner and no date yet (期限未定).
                let day = TypedInput.date(text)
                guard text.isEmpty || day.map({ Timestamp.supportedYears.contains($0.year) }) == true else {
                    message = Message(text: TUIPhrase.badDue(language), isError: true)
                    return []
                }
                overlay = nil
                let note = assessment.answers[control.id]?.plan?.note
                return setPlan(Plan(owner: owner, due: day, note: note), for: control.id, now: now)
            }
        case .suggest where prompt.purpose.asksProvider && !knownProviders.isEmpty:
            // Tab offers the providers the file already names, one after another.
            let providers = knownProviders
            let next = providers.firstIndex(of: prompt.field.text).map { ($0 + 1) % providers.count } ?? 0
            prompt.field = TextField(providers[next])
            overlay = .prompt(prompt)
            return []
        default:
            _ = prompt.field.handle(key)
            overlay = .prompt(prompt)
            return []
        }
    }
}
