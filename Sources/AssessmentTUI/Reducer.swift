import SecurityChecklist

/// What the terminal edge must do after a key: the reducer itself performs nothing.
package enum Effect: Sendable, Hashable {
    /// Write this assessment to the file, atomically, before the next key is handled.
    case save(Assessment)
    /// Leave the UI (everything is already saved).
    case quit
}

extension AppState {
    /// Handles one key: changes the state and returns the effects for the edge to perform.
    /// - Parameter now: The time stamped on answers; the core reads no clock.
    package mutating func handle(_ key: Key, now: Timestamp) -> [Effect] {
        guard screenFits else {
            return KeyTable.command(for: key, in: context) == .quit ? [.quit] : []
        }
        message = nil
        let before = checkpoint
        let stackBefore = undoStack
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
            effects = perform(command, now: now)
        } else {
            // A digit that answers nothing (7-9) says which ones do, rather than nothing at all.
            if context == .question, case .character(let character) = key, character.isASCII, character.isNumber {
                message = Message(
                    text: TUIPhrase.digitsHint(language, KeyTable.answerKeys(language), KeyTable.clearKey),
                    isError: true)
            }
            effects = []
        }
        if effects.contains(where: { if case .save = $0 { true } else { false } }) {
            beforeUnsavedChange = before
            undoBeforeUnsavedChange = stackBefore
            if !undoing {
                undoStack.append(UndoStep(from: before.assessment, to: assessment))
                if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
            }
        }
        undoing = false
        return effects
    }

    /// Reports that the last save failed: the change is undone on screen (it is not on disk),
    /// and the message says why and that entering it again retries.
    package mutating func saveFailed(_ reason: String) {
        if let before = beforeUnsavedChange { restore(before) }
        if let stack = undoBeforeUnsavedChange { undoStack = stack }
        beforeUnsavedChange = nil
        undoBeforeUnsavedChange = nil
        message = Message(text: TUIPhrase.saveFailed(language, reason), isError: true)
    }

    /// Reports that the last save reached the disk.
    package mutating func saved() {
        beforeUnsavedChange = nil
        undoBeforeUnsavedChange = nil
    }

    /// Tells the state the window's size (the edge calls it on every resize).
    package mutating func resized(width: Int, height: Int) {
        pageHeight = max(1, height - 6)
        pageWidth = max(1, width - 2)
        screenFits = width >= Renderer.minimumWidth && height >= Renderer.minimumHeight
    }

    mutating func perform(_ command: Command, now: Timestamp) -> [Effect] {
        switch command {
        case .quit:
            // Notes typed before an answer are not on disk: say so once before leaving.
            if !pendingNotes.isEmpty, !quitWarned {
                quitWarned = true
                message = Message(text: TUIPhrase.pendingNotesLost(language, pendingNotes.count), isError: true)
                return []
            }
            return [.quit]
        case .toggleLanguage:
            language = language == .ja ? .en : .ja
            return []
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

    mutating func performOnWelcome(_ command: Command) -> [Effect] {
        switch command {
        case .open: askDetail(.organization)
        case .scrollUp: questionScroll = max(0, questionScroll - 1)
        case .scrollDown: questionScroll += 1
        case .pageUp: questionScroll = max(0, questionScroll - pageHeight)
        case .pageDown: questionScroll += pageHeight
        default: break
        }
        return []
    }

    /// Opens the prompt for `detail`, prefilled with its value.
    mutating func askDetail(_ detail: Prompt.Detail) {
        let value: String? =
            switch detail {
            case .organization: assessment.organization
            case .site: assessment.site
            case .assessor: assessment.assessor
            case .period: assessment.period
            }
        overlay = .prompt(Prompt(purpose: .details(detail), field: TextField(value ?? "")))
    }

    /// After the welcome and its details: the profile when it is incomplete, else the first
    /// control to answer.
    mutating func leaveWelcome() {
        guard mode == .welcome else { return }
        questionScroll = 0
        if let index = firstUnansweredProfileIndex {
            mode = .profile
            profileIndex = index
        } else {
            resumeAfterProfile()
        }
    }

    mutating func performOnQuestion(_ command: Command, now: Timestamp) -> [Effect] {
        guard let control = currentControl else {
            mode = .summary
            return []
        }
        switch command {
        case .answer(let status) where status.requiredDetail != nil:
            let current = status.requiredDetail.flatMap { assessment.answers[control.id]?.value(of: $0) } ?? ""
            overlay = .prompt(Prompt(purpose: .detail(for: status), field: TextField(current)))
        case .answer(let status):
            return record(status, for: control.id, now: now)
        case .clearAnswer:
            guard let answer = assessment.answers[control.id] else { return [] }
            if answer.note != nil || !answer.evidence.isEmpty || answer.plan != nil {
                overlay = .confirmClear(control.id)
                return []
            }
            return commit(nil, for: control.id, now: now, advance: false)
        case .undo:
            guard let previous = undoStack.popLast() else {
                message = Message(text: TUIPhrase.nothingToUndo(language), isError: true)
                return []
            }
            undoing = true
            assessment = previous.undo(assessment)
            recomputeScope()
            message = Message(text: TUIPhrase.undone(language), isError: false)
            return [.save(assessment)]
        case .next: goToNext()
        case .previous:
            if current > 0 {
                current -= 1
                questionScroll = 0
            }
        case .scrollUp: questionScroll = max(0, questionScroll - 1)
        case .scrollDown: questionScroll += 1
        case .pageUp: questionScroll = max(0, questionScroll - pageHeight)
        case .pageDown: questionScroll += pageHeight
        case .editNote:
            // Before an answer the note waits (pendingNotes) and is saved with the answer.
            let current = assessment.answers[control.id]?.note ?? pendingNotes[control.id] ?? ""
            overlay = .prompt(Prompt(purpose: .note, field: TextField(current)))
        case .confirm:
            guard let answer = assessment.answers[control.id] else {
                message = Message(
                    text: TUIPhrase.confirmNeedsCarried(language, KeyTable.answerKeys(language)), isError: true)
                return []
            }
            guard answer.carriedFrom != nil else {
                goToNext()
                return []
            }
            let checklist = checklist
            return edit(advance: true) { assessment throws(AssessmentEditError) in
                try assessment.confirm(control.id, in: checklist, at: now)
            }
        case .editDetails: askDetail(.organization)
        case .editPlan:
            if let answer = assessment.answers[control.id] {
                overlay = .prompt(Prompt(purpose: .planOwner, field: TextField(answer.plan?.owner ?? "")))
            } else {
                message = Message(text: TUIPhrase.answerFirst(language, KeyTable.answerKeys(language)), isError: true)
            }
        case .controlHelp: overlay = .controlHelp(scroll: 0)
        case .summary:
            openSummary()
        case .back where questionReturn == .summary:
            mode = .summary
        case .overview, .back:
            mode = .overview
            if let section = checklist.section(containing: control.id),
                let index = overviewSections.firstIndex(of: section.id)
            {
                overviewSelection = index
            }
        default: break
        }
        return []
    }

    /// Sections with at least one in-scope control, in checklist order.
    package var overviewSections: [SectionID] {
        let inScope = Set(scope)
        return checklist.sections.filter { $0.controls.contains { inScope.contains($0.id) } }.map(\.id)
    }

    mutating func performOnOverview(_ command: Command) -> [Effect] {
        if command == .editDetails {
            askDetail(.organization)
            return []
        }
        let sections = overviewSections
        switch command {
        case .scrollUp: overviewSelection = max(0, overviewSelection - 1)
        case .scrollDown: overviewSelection = min(max(0, sections.count - 1), overviewSelection + 1)
        case .pageUp: overviewSelection = 0
        case .pageDown: overviewSelection = max(0, sections.count - 1)
        case .open:
            guard sections.indices.contains(overviewSelection),
                let section = checklist.sections.first(where: { $0.id == sections[overviewSelection] })
            else { return [] }
            let ids = Set(section.controls.map(\.id))
            let indices = scope.indices.filter { ids.contains(scope[$0]) }
            if let first = indices.first(where: { assessment.answers[scope[$0]] == nil }) ?? indices.first {
                current = first
                questionScroll = 0
                mode = .question
                questionReturn = .overview
            }
        case .back:
            if !scope.isEmpty { mode = .question }
        case .summary:
            openSummary()
        case .editProfile:
            mode = .profile
            profileIndex = 0
            profileFromOverview = true
        default: break
        }
        return []
    }

    mutating func performOnSummary(_ command: Command) -> [Effect] {
        switch command {
        case .editDetails: askDetail(.organization)
        case .overview: mode = .overview
        case .back: mode = summaryReturn == .question && currentControl != nil ? .question : .overview
        case .editProfile:
            mode = .profile
            profileIndex = 0
            profileFromOverview = true
        case .scrollUp, .scrollDown, .pageUp, .pageDown, .open, .controlHelp: return moveInSummary(command)
        default: break
        }
        return []
    }

    /// Selecting, scrolling and opening the summary's entries: the only keys that need its
    /// layout (scored and wrapped here, as the renderer will).
    mutating func moveInSummary(_ command: Command) -> [Effect] {
        let lines = SummaryView.lines(self, width: pageWidth)
        // Where each entry starts, and the furthest the list scrolls (the drawn rows are one
        // more than a page).
        let entries = lines.indices.filter { lines[$0].control != nil }
        let maxScroll = max(0, lines.count - (pageHeight + 1))
        func show(_ entry: Int) {
            let line = entries[entry]
            if line < summaryScroll { summaryScroll = line }
            if line >= summaryScroll + pageHeight { summaryScroll = line - pageHeight + 1 }
        }
        func selectVisible() {
            let visible = entries.indices.filter { (summaryScroll..<summaryScroll + pageHeight).contains(entries[$0]) }
            summarySelection = visible.first
        }
        summaryScroll = min(summaryScroll, maxScroll)
        switch command {
        case .scrollDown:
            // Down selects the next entry; past the last one it scrolls to the end.
            let next = summarySelection.map { $0 + 1 } ?? 0
            if entries.indices.contains(next) {
                summarySelection = next
                show(next)
            } else {
                summaryScroll = min(maxScroll, summaryScroll + 1)
            }
        case .scrollUp:
            if let selection = summarySelection, selection > 0 {
                summarySelection = selection - 1
                show(selection - 1)
            } else {
                summaryScroll = max(0, summaryScroll - 1)
            }
        case .pageUp:
            summaryScroll = max(0, summaryScroll - pageHeight)
            selectVisible()
        case .pageDown:
            summaryScroll = min(maxScroll, summaryScroll + pageHeight)
            selectVisible()
        case .open, .controlHelp:
            guard let selection = summarySelection, entries.indices.contains(selection),
                let id = lines[entries[selection]].control, let index = scope.firstIndex(of: id)
            else {
                if command == .controlHelp {
                    overlay = .keyHelp(scroll: 0)
                } else {
                    message = Message(text: TUIPhrase.selectFirst(language), isError: true)
                }
                return []
            }
            current = index
            questionScroll = 0
            if command == .open {
                mode = .question
                questionReturn = .summary
            } else {
                overlay = .controlHelp(scroll: 0)
            }
        default: break
        }
        return []
    }

    mutating func performOnProfile(_ command: Command, now: Timestamp) -> [Effect] {
        let questions = checklist.profile
        guard questions.indices.contains(profileIndex) else {
            resumeAfterProfile()
            return []
        }
        switch command {
        case .pickOption(let number):
            let question = questions[profileIndex]
            guard question.options.indices.contains(number - 1) else { return [] }
            do {
                try assessment.setProfile(question.key, to: question.options[number - 1].value, in: checklist, at: now)
            } catch {
                return []
            }
            recomputeScope()
            advanceProfile()
            return [.save(assessment)]
        case .next: advanceProfile()
        case .previous: profileIndex = askedProfileIndices.last { $0 < profileIndex } ?? profileIndex
        case .back:
            if assessment.profileIsComplete(for: checklist) {
                if profileFromOverview { mode = .overview } else { resumeAfterProfile() }
                profileFromOverview = false
            }
        case .summary:
            openSummary()
        case .overview: mode = .overview
        default: break
        }
        return []
    }

    /// After a profile answer: the next question, or (when editing from the overview) the next
    /// question in order, then back.
    mutating func advanceProfile() {
        // Only the questions asked of this shop: an answer can make a later one appear or go.
        let asked = askedProfileIndices
        if profileFromOverview {
            if let next = asked.first(where: { $0 > profileIndex }) {
                profileIndex = next
            } else {
                profileFromOverview = false
                mode = .overview
            }
            return
        }
        let unanswered = asked.filter { assessment.profile[checklist.profile[$0].key] == nil }
        if let next = unanswered.first(where: { $0 > profileIndex }) ?? unanswered.first {
            profileIndex = next
        } else {
            resumeAfterProfile()
        }
    }

    mutating func goToNext() {
        if current + 1 < scope.count {
            current += 1
            questionScroll = 0
        } else {
            openSummary()
        }
    }

    /// Opens the summary at its top, nothing selected; `Esc` comes back to this screen.
    mutating func openSummary() {
        summaryReturn = mode
        mode = .summary
        summaryScroll = 0
        summarySelection = nil
    }

    mutating func record(
        _ status: AnswerStatus, for id: ControlID, now: Timestamp, reason: String? = nil, provider: String? = nil
    ) -> [Effect] {
        let checklist = checklist
        let note = pendingNotes[id]
        let effects = edit(advance: true) { assessment throws(AssessmentEditError) in
            try assessment.record(
                status, for: id, note: note, reason: reason, provider: provider, in: checklist, at: now)
        }
        if !effects.isEmpty { pendingNotes[id] = nil }
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
    private mutating func edit(advance: Bool, _ change: (inout Assessment) throws(AssessmentEditError) -> Void)
        -> [Effect]
    {
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

    mutating func handlePrompt(_ prompt: inout Prompt, key: Key, now: Timestamp) -> [Effect] {
        // Keys the table gives the prompt end or complete it; every other key edits the text.
        switch KeyTable.command(for: key, in: .prompt) {
        case .back:
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
                guard var answer = assessment.answers[control.id] else {
                    pendingNotes[control.id] = text.isEmpty ? nil : text
                    if !text.isEmpty {
                        message = Message(
                            text: TUIPhrase.noteWaits(language, KeyTable.answerKeys(language)), isError: false)
                    }
                    return []
                }
                answer.note = text.isEmpty ? nil : text
                return commit(answer, for: control.id, now: now, advance: false)
            case .planOwner:
                guard !text.isEmpty else {
                    overlay = nil
                    guard assessment.answers[control.id]?.plan != nil else { return [] }
                    message = Message(text: TUIPhrase.planCleared(language), isError: false)
                    return setPlan(nil, for: control.id, now: now)
                }
                let due = assessment.answers[control.id]?.plan?.due.dateText ?? ""
                overlay = .prompt(Prompt(purpose: .planDue(owner: text), field: TextField(due)))
                return []
            case .details(let detail):
                // The period cannot be removed (a read refuses an empty one): left empty, it
                // stays as it is, as the prompt's hint says; the others may be emptied.
                var edited = assessment
                let changed: Bool =
                    switch detail {
                    case .organization: edited.setDetails(organization: text, at: now)
                    case .site: edited.setDetails(site: text, at: now)
                    case .assessor: edited.setDetails(assessor: text, at: now)
                    case .period: text.isEmpty ? false : edited.setDetails(period: text, at: now)
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
                let day = Timestamp(date: text.foldingWidth)
                guard let day, Timestamp.supportedYears.contains(day.year) else {
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

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
