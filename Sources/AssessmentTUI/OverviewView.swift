import SecurityChecklist

/// Sections with progress bars (answered / in scope) and the score so far.
enum OverviewView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        let report = state.report
        let answered = report.overall.counts.answered
        Renderer.header(state, right: Phrase.answeredOf(L, answered, report.overall.counts.inScope), on: &screen)
        var row = 2
        screen.draw(SummaryView.scoreLine(report, L), row: row, column: 1)
        row += 1
        screen.draw(SummaryView.mandatoryLine(report, L), row: row, column: 1)
        row += 2
        screen.put(TUIPhrase.overviewTitle(L), row: row, column: 1, style: Theme.heading)
        row += 1
        let sections = state.overviewSections
        let barWidth = 20
        let countWidth = 7
        let scoreWidth = 6
        let titleWidth = screen.width - 2 - 2 - barWidth - countWidth - scoreWidth - 3
        for (index, id) in sections.enumerated() where row < screen.height - 4 {
            guard let section = state.checklist.sections.first(where: { $0.id == id }),
                let group = report.sections.first(where: { $0.id == id })
            else { continue }
            let selected = index == state.overviewSelection
            let fraction = group.counts.inScope == 0 ? 0 : Double(group.counts.answered) / Double(group.counts.inScope)
            screen.put(selected ? ">" : " ", row: row, column: 1, style: Theme.title)
            screen.put(
                TerminalText.pad(section.title[L], to: titleWidth), row: row, column: 3,
                style: selected ? Theme.selected : .plain)
            var x = 3 + titleWidth + 1
            screen.progress(fraction, row: row, column: x, columns: barWidth)
            x += barWidth + 1
            let count = "\(group.counts.answered)/\(group.counts.inScope)"
            screen.put(String(repeating: " ", count: max(0, countWidth - count.count)) + count, row: row, column: x)
            x += countWidth + 1
            let score = group.score?.description ?? "-"
            screen.put(
                String(repeating: " ", count: max(0, scoreWidth - score.count)) + score, row: row, column: x,
                style: Theme.dim)
            row += 1
        }
        row += 1
        if !state.checklist.profile.isEmpty, row < screen.height - 3 {
            let values = state.checklist.profile.compactMap { question in
                state.assessment.profile[question.key].flatMap { question.option($0)?.label[L] }
            }
            let lines = Line.labelled(
                TUIPhrase.profileLabel(L), values.joined(separator: " / "), width: screen.width - 2)
            for line in lines where row < screen.height - 3 {
                screen.draw(line, row: row, column: 1)
                row += 1
            }
        }
        screen.keyHints(KeyTable.footer(for: .overview, language: L), row: screen.height - 2)
    }
}
