extension PlanList {
    /// The list `ecsec plan FILE` prints: one line per item — overdue mark, due day, control,
    /// owner, status — then the plan note; a count of overdue items first. Every text from the
    /// file is sanitized for the terminal.
    package func text(checklist: Checklist, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String
    {
        let width = max(width, 40)
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines = [style.apply(Phrase.planHeading(L), .bold)]
        let who = [assessment.organization, assessment.period ?? ""].filter { !$0.isEmpty }.map(safe)
        if !who.isEmpty { lines.append(TerminalText.truncate(who.joined(separator: " / "), to: width)) }
        lines.append("")
        guard !items.isEmpty else { return (lines + [Phrase.noPlans(L)]).joined(separator: "\n") + "\n" }
        if overdueCount > 0 {
            lines.append(style.apply(Phrase.overdueCount(L, overdueCount, asOf.dateText), .bold, .red))
            lines.append("")
        }
        let overdueWidth = TerminalText.width(Phrase.overdueLabel(L))
        let idWidth = items.map { $0.control.id.rawValue.count }.max() ?? 0
        let dueWidth = items.map { TerminalText.width($0.plan.dueText(L)) }.max() ?? 10
        for item in items {
            let mark = TerminalText.pad(item.overdue ? Phrase.overdueLabel(L) : "", to: overdueWidth)
            let head =
                "  " + (item.overdue ? style.apply(mark, .bold, .red) : mark) + " "
                + TerminalText.pad(item.plan.dueText(L), to: dueWidth) + "  "
                + TerminalText.pad(item.control.id.rawValue, to: idWidth) + "  "
            let used = 2 + overdueWidth + 1 + dueWidth + 2 + idWidth + 2
            lines.append(head + TerminalText.truncate(safe(item.control.title[L]), to: max(8, width - used)))
            let detail =
                Phrase.ownerColumn(L) + ": " + safe(item.plan.owner.singleLine) + " · " + item.answer.status.label[L]
            for line in TerminalText.wrap(detail, to: max(8, width - used)) {
                lines.append(String(repeating: " ", count: used) + style.apply(line, .dim))
            }
            if let note = item.plan.note {
                for line in TerminalText.wrap(safe(note), to: max(8, width - used)) {
                    lines.append(String(repeating: " ", count: used) + line)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
