import SecurityChecklist

/// What the terminal edge must do after a key: the reducer itself performs nothing.
package enum Effect: Sendable, Hashable {
    /// Write this assessment to the file, atomically, before the next key is handled.
    case save(Assessment)
    /// Leave the UI (everything is already saved).
    case quit
}

/// The reducer: `state + key -> state + effects`. This file holds what every screen shares —
/// the overlays, the keys that work everywhere, saving and undo; each screen's own transitions
/// are in `Reducer+<Screen>.swift`, and moving between screens in `AppState+Navigation.swift`.
extension AppState {
    /// Handles one key: changes the state and returns the effects for the edge to perform.
    /// - Parameter now: The time stamped on answers; the core reads no clock.
    package mutating func handle(_ key: Key, now: Timestamp) -> [Effect] {
        // Outside a text prompt, a full-width key typed with the input method on is its
        // half-width key (in a prompt it is text).
        let typed = key
        let inPrompt = if case .prompt = overlay { true } else { false }
        let key = inPrompt ? key : key.halfWidth
        guard screenFits else {
            // Nothing is answered blind; q still works.
            guard KeyTable.command(for: key, in: context) == .quit else { return [] }
            return perform(.quit, now: now)
        }
        message = nil
        // The plan offer lasts one key.
        let offer = planOffer
        planOffer = nil
        let before = snapshot
        let effects: [Effect]
        if case .prompt(var prompt) = overlay {
            effects = handlePrompt(&prompt, key: key, now: now)
        } else if case .confirmClear(let id) = overlay {
            overlay = nil
            if KeyTable.command(for: key, in: .confirmClear) == .accept {
                effects = commit(nil, for: id, now: now, advance: false)
            } else {
                message = Message(text: TUIPhrase.clearCancelled(language), isError: false)
                effects = []
            }
        } else if let command = KeyTable.command(for: key, in: context) {
            if command == .editPlan, let offer, let index = scope.firstIndex(of: offer), mode == .question {
                current = index
                questionScroll = 0
            }
            effects = perform(command, now: now)
        } else {
            // A digit that answers nothing (7-9) says which ones do, rather than nothing at all;
            // a character no screen uses, typed with the input method on, asks for half-width.
            if context == .question, case .character(let character) = key, character.isASCII, character.isNumber {
                message = Message(
                    text: TUIPhrase.digitsHint(language, KeyTable.answerKeys(language), KeyTable.clearKey),
                    isError: true)
            } else if case .character(let character) = typed, !character.isASCII {
                message = Message(text: TUIPhrase.halfWidthPlease(language), isError: true)
            }
            effects = []
        }
        if effects.contains(where: { if case .save = $0 { true } else { false } }) {
            beforeUnsavedChange = before
            if !undoing {
                undoStack.append(UndoStep(from: before.state.assessment, to: assessment))
                if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
            }
        }
        undoing = false
        return effects
    }

    /// Reports that the last save failed: the whole state before the change comes back (the
    /// answer, a note written before it, the screen, the undo history), and the message says
    /// why and that entering it again retries.
    package mutating func saveFailed(_ reason: String) {
        if let before = beforeUnsavedChange { restore(before) }
        beforeUnsavedChange = nil
        message = Message(text: TUIPhrase.saveFailed(language, reason), isError: true)
    }

    /// Reports that the last save reached the disk.
    package mutating func saved() {
        beforeUnsavedChange = nil
    }

    /// Tells the state the window's size (the edge calls it on every resize).
    package mutating func resized(width: Int, height: Int) {
        layout = Layout(width: width, height: height)
    }

    /// What the edge saves when the session ends without `q` (Ctrl-C, the terminal closed):
    /// text typed in an open prompt about a control, kept as its note written before
    /// answering, so nothing typed is lost silently. `nil` when there is nothing to keep.
    package mutating func keepTypedText(now: Timestamp) -> Assessment? {
        guard case .prompt(let prompt) = overlay, let control = currentControl else { return nil }
        let text = prompt.field.text.trimmingWhitespace
        guard !text.isEmpty else { return nil }
        switch prompt.purpose {
        case .note, .detail, .planOwner, .planDue, .evidence:
            var kept = assessment
            guard (try? kept.setPendingNote(text, for: control.id, in: checklist, at: now)) != nil else { return nil }
            assessment = kept
            overlay = nil
            return assessment
        case .details:
            return nil
        }
    }

    mutating func perform(_ command: Command, now: Timestamp) -> [Effect] {
        switch command {
        case .quit:
            // Everything is in the file, notes written before an answer included.
            return [.quit]
        case .toggleLanguage:
            // The choice is kept with the assessment: the next start and every command on the
            // file speak it.
            language = language == .ja ? .en : .ja
            assessment.language = language
            undoing = true  // a language is not a change `u` takes back
            return [.save(assessment)]
        case .keyHelp:
            if case .keyHelp = overlay { overlay = nil } else { overlay = .keyHelp(scroll: 0) }
            return []
        default:
            break
        }
        switch overlay {
        case .controlHelp(let scroll):
            switch command {
            case .scrollUp: overlay = .controlHelp(scroll: max(0, scroll - 1))
            case .scrollDown: overlay = .controlHelp(scroll: scroll + 1)
            case .pageUp: overlay = .controlHelp(scroll: max(0, scroll - pageHeight))
            case .pageDown: overlay = .controlHelp(scroll: scroll + pageHeight)
            case .back, .controlHelp: overlay = nil
            default: break
            }
            return []
        case .keyHelp(let scroll):
            switch command {
            case .scrollUp: overlay = .keyHelp(scroll: max(0, scroll - 1))
            case .scrollDown: overlay = .keyHelp(scroll: scroll + 1)
            case .pageUp: overlay = .keyHelp(scroll: max(0, scroll - pageHeight))
            case .pageDown: overlay = .keyHelp(scroll: scroll + pageHeight)
            case .back: overlay = nil
            default: break
            }
            return []
        case .prompt, .confirmClear, nil:
            break
        }
        switch mode {
        case .welcome: return performOnWelcome(command)
        case .question: return performOnQuestion(command, now: now)
        case .overview: return performOnOverview(command)
        case .summary: return performOnSummary(command)
        case .profile: return performOnProfile(command, now: now)
        }
    }

    // MARK: - Changing the assessment

    mutating func record(
        _ status: AnswerStatus, for id: ControlID, now: Timestamp, reason: String? = nil, provider: String? = nil
    ) -> [Effect] {
        let checklist = checklist
        // A note written before the answer becomes its note (Assessment.record takes it).
        let effects = edit(advance: true) { assessment throws(AssessmentEditError) in
            try assessment.record(status, for: id, reason: reason, provider: provider, in: checklist, at: now)
        }
        // A 必須 measure recorded as not in place: offer to plan who fixes it by when.
        if !effects.isEmpty, checklist.control(id)?.priority == .mandatory, status.isApplicable, !status.isMet,
            assessment.answers[id]?.plan == nil
        {
            planOffer = id
            message = Message(text: TUIPhrase.planOffer(language, id.rawValue), isError: false)
        }
        return effects
    }

    mutating func commit(_ answer: Answer?, for id: ControlID, now: Timestamp, advance: Bool) -> [Effect] {
        let checklist = checklist
        return edit(advance: advance) { assessment throws(AssessmentEditError) in
            try assessment.setAnswer(answer, for: id, in: checklist, at: now)
        }
    }

    mutating func setPlan(_ plan: Plan?, for id: ControlID, now: Timestamp) -> [Effect] {
        let checklist = checklist
        return edit(advance: false) { assessment throws(AssessmentEditError) in
            try assessment.setPlan(plan, for: id, in: checklist, at: now)
        }
    }

    /// Applies one edit to the assessment; on success moves on if asked and saves.
    mutating func edit(advance: Bool, _ change: (inout Assessment) throws(AssessmentEditError) -> Void) -> [Effect] {
        var edited = assessment
        do {
            try change(&edited)
        } catch {
            message = Message(text: error.message(in: language), isError: true)
            return []
        }
        assessment = edited
        if advance { goToNext() }
        return [.save(assessment)]
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
