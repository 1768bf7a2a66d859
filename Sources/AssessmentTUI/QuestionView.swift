import SecurityChecklist

/// The question screen: header with progress, section, priority badge, title, question, the
/// current answer and note, the answer legend and the key hints.
enum QuestionView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        guard let control = state.currentControl else { return }
        Renderer.header(state, right: "\(state.current + 1)/\(state.scope.count)", on: &screen)
        let width = screen.width - 2
        var lines: [Line] = []
        if let section = state.checklist.section(containing: control.id) {
            lines.append(Line("\(section.title[L]) (\(section.id))", style: Theme.dim))
        }
        lines.append(.blank)
        let badge = "[" + control.priority.label[L] + "]"
        let badgeWidth = TerminalText.width(badge) + 1
        let titleLines = TerminalText.wrap(
            TerminalText.sanitize("\(control.id)  \(control.title[L])"), to: max(1, width - badgeWidth))
        for (offset, piece) in titleLines.enumerated() {
            lines.append(
                offset == 0
                    ? Line(segments: [(badge, Theme.badge(control.priority)), (" " + piece, Theme.title)])
                    : Line(piece, style: Theme.title, indent: badgeWidth))
        }
        lines.append(.blank)
        lines += Line.wrapped(control.question[L], width: width, indent: 2)
        lines.append(.blank)

        let answer = state.assessment.answers[control.id]
        var answerSegments: [(String, Style)] = [
            (Phrase.answerLabel(L) + ": ", Theme.dim),
            (StatusOrUnanswered(answer?.status).label[L], Theme.status(answer?.status)),
        ]
        if let answer { answerSegments.append(("  (" + answer.answeredAt.dateText + ")", Theme.dim)) }
        lines.append(Line(segments: answerSegments, indent: 2))
        if let from = answer?.carriedFrom {
            lines += Line.wrapped(TUIPhrase.carriedLine(L, from), width: width, style: Theme.warning, indent: 2)
        }
        if let answer, let detail = answer.status.requiredDetail, let value = answer.value(of: detail) {
            lines += Line.labelled(detail.label[L], value, width: width, indent: 2)
        }
        if let note = answer?.note {
            lines += Line.labelled(Phrase.noteLabel(L), note, width: width, indent: 2)
        } else if answer == nil, let note = state.pendingNotes[control.id] {
            lines += Line.labelled(TUIPhrase.pendingNoteLabel(L), note, width: width, indent: 2)
        }
        if let plan = answer?.plan {
            let overdue = plan.isOverdue(asOf: state.today)
            lines += Line.wrapped(
                Phrase.planLine(L, plan.owner, plan.due.dateText) + (overdue ? "  " + Phrase.overdueLabel(L) : ""),
                width: width, style: overdue ? Theme.bad : .plain, indent: 2)
        } else if let answer, !answer.status.isMet, answer.status.isApplicable {
            lines.append(Line(TUIPhrase.planHint(L), style: Theme.dim, indent: 2))
        }
        if control.priority == .mandatory, answer?.status == .notApplicable {
            lines += Line.wrapped(
                TUIPhrase.mandatoryNotApplicableAnswered(L), width: width, style: Theme.bad, indent: 2)
        }

        let bodyBottom: Int
        if case .prompt(let prompt) = state.overlay {
            bodyBottom = screen.height - 6
            drawPrompt(prompt, state: state, on: &screen)
        } else if case .confirmClear = state.overlay {
            bodyBottom = screen.height - 6
            let top = screen.height - 6
            screen.put(String(repeating: "-", count: screen.width), row: top, column: 0, style: Theme.dim)
            for (offset, line) in TerminalText.wrap(TUIPhrase.confirmClearQuestion(L), to: screen.width - 2)
                .prefix(2).enumerated()
            {
                screen.put(" " + line, row: top + 1 + offset, column: 0, style: Theme.warning)
            }
            screen.put(" " + TUIPhrase.confirmClearHint(L), row: top + 3, column: 0, style: Theme.title)
        } else {
            bodyBottom = screen.height - 4
            screen.keyHints(KeyTable.footer(for: .question, row: .legend, language: L), row: screen.height - 3)
        }
        Renderer.drawScrolling(
            lines, scroll: state.questionScroll, top: 1, bottom: bodyBottom, on: &screen, language: L)
        screen.keyHints(KeyTable.footer(for: .question, language: L), row: screen.height - 2)
    }

    static func drawPrompt(_ prompt: AppState.Prompt, state: AppState, on screen: inout Screen) {
        let L = state.language
        let title: String =
            switch prompt.purpose {
            case .detail(let status) where status.requiredDetail == .reason: TUIPhrase.promptReason(L)
            case .detail: TUIPhrase.promptProvider(L)
            case .note: TUIPhrase.promptNote(L)
            case .planOwner: TUIPhrase.promptPlanOwner(L)
            case .planDue: TUIPhrase.promptPlanDue(L)
            case .details(.organization): TUIPhrase.detailsOrganization(L)
            case .details(.site): TUIPhrase.detailsSite(L)
            case .details(.assessor): TUIPhrase.detailsAssessor(L)
            case .details(.period): TUIPhrase.detailsPeriod(L)
            }
        let top = screen.height - 6
        if case .detail(.notApplicable) = prompt.purpose, state.currentControl?.priority == .mandatory {
            // The separator row carries the warning: the one thing to know before confirming.
            screen.put(
                TerminalText.truncate("! " + TUIPhrase.mandatoryNotApplicableWarning(L), to: screen.width), row: top,
                column: 0, style: Theme.bad)
        } else {
            screen.put(String(repeating: "-", count: screen.width), row: top, column: 0, style: Theme.dim)
        }
        screen.put(" " + title, row: top + 1, column: 0, style: Theme.title)
        let fieldWidth = screen.width - 4
        let visible = prompt.field.visible(columns: fieldWidth)
        screen.fill(row: top + 2, from: 2, to: 2 + fieldWidth, style: Theme.field)
        screen.put(visible.text, row: top + 2, column: 2, style: Theme.field, limit: fieldWidth)
        screen.cursor = Position(row: top + 2, column: 2 + visible.cursorColumn)
        var hint: String =
            if case .details = prompt.purpose { TUIPhrase.detailsHint(L) } else { TUIPhrase.promptHint(L) }
        if prompt.purpose == .detail(for: .delegated), !state.knownProviders.isEmpty {
            hint += "   " + TUIPhrase.providerSuggestions(L, state.knownProviders.joined(separator: " / "))
        }
        screen.put(
            " " + TerminalText.truncate(TerminalText.sanitize(hint), to: screen.width - 1), row: top + 3, column: 0,
            style: Theme.dim)
    }
}
