import SecurityChecklist

extension AppState {
    /// The question screen: answer keys, the note, the plan, undo, moving between controls.
    mutating func performOnQuestion(_ command: Command, now: Timestamp) -> [Effect] {
        guard let control = currentControl else {
            reset(to: .summary)
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
            // A note written before the answer (or kept when typing was interrupted) first.
            let current = pendingNotes[control.id] ?? assessment.answers[control.id]?.note ?? ""
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
        case .addEvidence, .editEvidence:
            guard let answer = assessment.answers[control.id] else {
                message = Message(text: TUIPhrase.answerFirst(language, KeyTable.answerKeys(language)), isError: true)
                return []
            }
            guard command == .editEvidence else {
                overlay = .prompt(Prompt(purpose: .evidence(replacing: nil), field: TextField("")))
                return []
            }
            // The last item: its text is edited (a file's record stays), emptied it is removed.
            guard let index = answer.evidence.indices.last else {
                message = Message(text: TUIPhrase.noEvidenceToEdit(language), isError: true)
                return []
            }
            overlay = .prompt(
                Prompt(purpose: .evidence(replacing: index), field: TextField(answer.evidence[index].text ?? "")))
        case .editDetails: askDetail(.organization)
        case .editPlan:
            if let answer = assessment.answers[control.id] {
                overlay = .prompt(Prompt(purpose: .planOwner, field: TextField(answer.plan?.owner ?? "")))
            } else {
                message = Message(text: TUIPhrase.answerFirst(language, KeyTable.answerKeys(language)), isError: true)
            }
        case .controlHelp: overlay = .controlHelp(scroll: 0)
        case .editProfile:
            open(.profile)
            profileIndex = 0
        case .summary: openSummary()
        case .overview, .back:
            if command == .overview { open(.overview) } else { goBack() }
            // The overview opens on this control's section.
            if mode == .overview, let section = checklist.section(containing: control.id),
                let index = overviewSections.firstIndex(of: section.id)
            {
                overviewSelection = index
            }
        default: break
        }
        return []
    }
}
