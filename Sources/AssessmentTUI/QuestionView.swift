import SecurityChecklist

/// The question screen: header with progress, section, priority badge, title, question, the
/// current answer and note, the answer legend and the key hints.
enum QuestionView {
    /// From this width the question screen shows the control's help beside the question.
    static let wideLayoutWidth = 100

    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        guard let control = state.currentControl else { return }
        Renderer.header(state, right: "\(state.current + 1)/\(state.scope.count)", on: &screen)
        // From 100 columns the help stands beside the question, so it is read without `h`.
        let wide = screen.width >= wideLayoutWidth
        let questionWidth = wide ? (screen.width - 3) / 2 : screen.width
        // Beside the help, two blank columns before the separator, so a full line of wide
        // characters (or one a terminal draws ambiguous-width as two cells) never touches it.
        let width = questionWidth - (wide ? 3 : 2)
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
        if let source = answer?.carriedFromControl {
            // Another question's answer: it is shown as what it is, and confirmed by answering.
            let question = state.formerQuestions[source]?[L] ?? state.checklist.control(source)?.question[L] ?? "-"
            lines += Line.wrapped(
                Phrase.carriedFromOtherControl(L, source.rawValue, question) + " (" + KeyTable.answerKeys(L) + ")",
                width: width, style: Theme.warning, indent: 2)
        } else if let from = answer?.carriedFrom {
            lines += Line.wrapped(
                TUIPhrase.carriedLine(L, from, KeyTable.answerKeys(L)), width: width, style: Theme.warning, indent: 2)
        }
        if let answer, let detail = answer.status.requiredDetail, let value = answer.value(of: detail) {
            lines += Line.labelled(detail.label[L], value, width: width, indent: 2)
        }
        if let note = answer?.note {
            lines += Line.labelled(Phrase.noteLabel(L), note, width: width, indent: 2)
        }
        lines += EvidenceLines.lines(state, control: control, width: width, indent: 2)
        if let note = state.pendingNotes[control.id] {
            lines += Line.labelled(TUIPhrase.pendingNoteLabel(L), note, width: width, indent: 2)
        }
        if let plan = answer?.plan {
            let overdue = plan.isOverdue(asOf: state.today)
            lines += Line.wrapped(
                Phrase.planLine(L, plan.owner, plan.dueText(L)) + (overdue ? "  " + Phrase.overdueLabel(L) : ""),
                width: width, style: overdue ? Theme.bad : .plain, indent: 2)
        } else if let answer, !answer.status.isMet, answer.status.isApplicable {
            lines.append(Line(TUIPhrase.planHint(L), style: Theme.dim, indent: 2))
        }
        if control.priority == .mandatory, answer?.status.isApplicable == false {
            lines += Line.wrapped(
                TUIPhrase.mandatoryNotApplicableAnswered(L), width: width, style: Theme.bad, indent: 2)
        }

        let bodyBottom: Int
        if case .prompt(let prompt) = state.overlay {
            bodyBottom = promptTop(prompt, screen: screen)
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
            let keys = KeyTable.footer(for: .confirmClear, language: L).map { "\($0.key) \($0.text)" }
            screen.put(
                " " + (keys + [TUIPhrase.confirmClearHint(L)]).joined(separator: "   "), row: top + 3, column: 0,
                style: Theme.title)
        } else {
            bodyBottom = screen.height - 4
            screen.keyHints(KeyTable.footer(for: .question, row: .legend, language: L), row: screen.height - 3)
        }
        Renderer.drawScrolling(
            lines, scroll: state.questionScroll, top: 1, bottom: bodyBottom, right: questionWidth, on: &screen,
            language: L)
        if wide {
            let column = questionWidth + 1
            for row in 1..<bodyBottom { screen.put("|", row: row, column: column - 1, style: Theme.dim) }
            let help = ControlHelpView.lines(
                control, checklist: state.checklist, language: L, width: screen.width - column - 1)
            Renderer.drawScrolling(
                help, scroll: state.questionScroll, top: 1, bottom: bodyBottom, column: column + 1, on: &screen,
                language: L)
        }
        if case .prompt = state.overlay { return }
        screen.keyHints(KeyTable.footer(for: .question, language: L), row: screen.height - 2)
    }

    /// How many rows a prompt's text takes: wrapped to the field, one to four rows (three in
    /// a 20-row window), so a long note stays in sight as it is typed.
    static func fieldRows(_ prompt: AppState.Prompt, screen: Screen) -> Int {
        let most = screen.height >= 24 ? 4 : 3
        return min(most, prompt.field.rows(columns: screen.width - 4).rows.count)
    }

    /// The first row of the prompt: a separator, the title, the text, the hint, the footer and
    /// the message row below it.
    static func promptTop(_ prompt: AppState.Prompt, screen: Screen) -> Int {
        screen.height - 5 - fieldRows(prompt, screen: screen)
    }

    static func drawPrompt(_ prompt: AppState.Prompt, state: AppState, on screen: inout Screen) {
        let L = state.language
        let title: String =
            switch prompt.purpose {
            case .detail(let status) where status.requiredDetail == .reason: TUIPhrase.promptReason(L)
            case .detail: TUIPhrase.promptProvider(L)
            case .note: TUIPhrase.promptNote(L)
            case .evidence(let index): index == nil ? TUIPhrase.promptEvidence(L) : TUIPhrase.promptEditEvidence(L)
            case .planOwner: TUIPhrase.promptPlanOwner(L)
            case .planDue: TUIPhrase.promptPlanDue(L)
            case .details(let detail):
                detail.title(L) + " \(detail.rawValue + 1)/\(AppState.Prompt.Detail.allCases.count)"
            }
        let top = promptTop(prompt, screen: screen)
        if case .detail(let status) = prompt.purpose, !status.isApplicable, state.currentControl?.priority == .mandatory
        {
            // The separator row carries the warning, the one thing to know before confirming,
            // wrapped upwards over the rows above it so no word of it is cut.
            let lines = TerminalText.wrap("! " + TUIPhrase.mandatoryNotApplicableWarning(L), to: screen.width - 1)
            for (offset, line) in lines.enumerated() {
                let row = top - (lines.count - 1) + offset
                guard row >= 1 else { continue }
                screen.fill(row: row, style: .plain)
                screen.put(line, row: row, column: 0, style: Theme.bad)
            }
        } else {
            screen.put(String(repeating: "-", count: screen.width), row: top, column: 0, style: Theme.dim)
        }
        screen.put(" " + title, row: top + 1, column: 0, style: Theme.title)
        let fieldWidth = screen.width - 4
        let layout = prompt.field.rows(columns: fieldWidth)
        let shown = fieldRows(prompt, screen: screen)
        // The rows shown end at the cursor's row when the text is longer than the field.
        let first = max(0, min(layout.rows.count - shown, layout.cursorRow - shown + 1))
        for offset in 0..<shown {
            let row = top + 2 + offset
            screen.fill(row: row, from: 2, to: 2 + fieldWidth, style: Theme.field)
            if layout.rows.indices.contains(first + offset) {
                screen.put(layout.rows[first + offset], row: row, column: 2, style: Theme.field, limit: fieldWidth)
            }
        }
        screen.cursor = Position(row: top + 2 + layout.cursorRow - first, column: 2 + layout.cursorColumn)
        // The footer names the keys; this row says what only this prompt needs to say.
        var hint = ""
        if case .details(let detail) = prompt.purpose {
            // The period cannot be removed (a read refuses an empty one): empty keeps it.
            hint =
                detail == .period && state.assessment.period != nil
                ? TUIPhrase.detailsPeriodHint(L) : TUIPhrase.detailsHint(L)
        }
        if prompt.purpose.asksProvider, !state.knownProviders.isEmpty {
            hint = TUIPhrase.providerSuggestions(L, state.knownProviders.joined(separator: " / "))
        }
        screen.put(
            " " + TerminalText.truncate(TerminalText.sanitize(hint), to: screen.width - 1), row: top + 2 + shown,
            column: 0, style: Theme.dim)
        // While typing, the footer names only what ends the prompt: other keys are text.
        screen.fill(row: screen.height - 2, style: .plain)
        screen.keyHints(KeyTable.footer(for: .prompt, language: L), row: screen.height - 2)
    }
}
