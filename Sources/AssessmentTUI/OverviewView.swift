import SecurityChecklist

/// Sections with progress bars (answered / in scope) and the score so far.
enum OverviewView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        let report = state.report
        let answered = report.overall.counts.answered
        Renderer.header(state, right: Phrase.answeredOf(L, answered, report.overall.counts.inScope), on: &screen)
        var row = 2
        for line in SummaryView.scoreLines(report, L, width: screen.width - 2) {
            screen.draw(line, row: row, column: 1)
            row += 1
        }
        screen.draw(SummaryView.mandatoryLine(report, L), row: row, column: 1)
        row += 2
        let sections = state.overviewSections
        let barWidth = 20
        let countWidth = max(7, TerminalText.width(TUIPhrase.overviewAnswered(L)))
        let scoreWidth = 6
        let titleWidth = screen.width - 2 - 2 - barWidth - countWidth - scoreWidth - 3
        // Column headers: the bar and the number are the section's score (the bar coloured by
        // it, never green merely for being complete); the count is its progress.
        screen.put(
            TerminalText.pad(TUIPhrase.overviewTitle(L), to: titleWidth + 2), row: row, column: 1, style: Theme.heading)
        screen.put(TUIPhrase.overviewScore(L), row: row, column: 3 + titleWidth + 1, style: Theme.dim, limit: barWidth)
        let answeredHeader = TUIPhrase.overviewAnswered(L)
        screen.put(
            String(repeating: " ", count: max(0, countWidth - TerminalText.width(answeredHeader))) + answeredHeader,
            row: row, column: 3 + titleWidth + 1 + barWidth + 1, style: Theme.dim)
        row += 1
        for (index, id) in sections.enumerated() where row < screen.height - 4 {
            guard let section = state.checklist.sections.first(where: { $0.id == id }),
                let group = report.sections.first(where: { $0.id == id })
            else { continue }
            let selected = index == state.overviewSelection
            screen.put(selected ? ">" : " ", row: row, column: 1, style: Theme.title)
            screen.put(
                TerminalText.truncate(section.title[L], to: titleWidth), row: row, column: 3,
                style: selected ? Theme.selected : .plain)
            var x = 3 + titleWidth + 1
            if let score = group.score {
                screen.progress(score.fraction(of: group.maximum), row: row, column: x, columns: barWidth)
            } else {
                screen.put(String(repeating: ".", count: barWidth), row: row, column: x, style: Theme.dim)
            }
            x += barWidth + 1
            let count = "\(group.counts.answered)/\(group.counts.inScope)"
            let complete = group.counts.answered == group.counts.inScope
            screen.put(
                String(repeating: " ", count: max(0, countWidth - count.count)) + count, row: row, column: x,
                style: complete ? .plain : Theme.dim)
            x += countWidth + 1
            let score = group.scoreText(L)
            screen.put(
                String(repeating: " ", count: max(0, scoreWidth - TerminalText.width(score))) + score, row: row,
                column: x)
            row += 1
        }
        row += 1
        // The profile as question: answer, so the owner sees what was answered to what.
        if !state.checklist.profile.isEmpty, row < screen.height - 3 {
            screen.put(TUIPhrase.profileLabel(L), row: row, column: 1, style: Theme.heading)
            row += 1
            for question in state.checklist.askedQuestions(given: state.assessment.profile)
            where row < screen.height - 3 {
                let answer =
                    state.assessment.profile[question.key].flatMap { question.option($0)?.label[L] }
                    ?? AnswerStatus.unansweredLabel[L]
                let text = TerminalText.truncate(question.question[L] + " " + answer, to: screen.width - 4)
                let questionWidth = min(TerminalText.width(question.question[L]), TerminalText.width(text))
                screen.put(text, row: row, column: 3, style: Theme.dim, limit: questionWidth)
                screen.put(
                    String(text.dropFirst(question.question[L].count)), row: row, column: 3 + questionWidth,
                    style: .plain)
                row += 1
            }
        }
        screen.keyHints(KeyTable.footer(for: .overview, language: L), row: screen.height - 2)
    }
}
