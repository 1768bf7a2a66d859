extension ScoreReport {
    /// The human-readable summary `ecsec score` prints: score and level, mandatory measures
    /// missing, per-section bars, what to fix first, the unknowns to find out, stale answers.
    /// Every text from a file is sanitized for the terminal.
    /// - Parameters:
    ///   - checklist: The checklist the report was computed with (for titles and texts).
    ///   - width: Columns available; lines never exceed it (minimum 40).
    ///   - gapLimit: How many gaps to list before "N more".
    ///   - more: The "N more" line for the number of gaps left out (a front end may say how to
    ///     see them).
    package func text(
        checklist: Checklist, language: Language, style: TextStyle = .plain, width: Int = 80, gapLimit: Int = 10,
        more: ((Int) -> String)? = nil
    ) -> String {
        let width = max(width, 40)
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        let L = language

        lines.append(
            style.apply(TerminalText.truncate(safe("\(checklist.title[L]) \(checklist.version)"), to: width), .bold))
        let who = [assessment.organization, assessment.site ?? "", assessment.period ?? ""].filter { !$0.isEmpty }.map(
            safe)
        if !who.isEmpty { lines.append(TerminalText.truncate(who.joined(separator: " / "), to: width)) }
        lines.append("")

        if let banner = completenessBanner(L) {
            for line in TerminalText.wrap(banner, to: width) { lines.append(style.apply(line, .bold, .yellow)) }
        }
        let levelText = self.levelText(L)
        if let score = overall.score {
            let scoreText = style.apply(score.description, .bold)
            let maxText = Phrase.outOf(L, overall.maximum.description)
            lines.append("\(Phrase.overallScore(L))  \(scoreText) \(maxText)  \(style.apply(levelText, .bold))")
        } else {
            lines.append("\(Phrase.overallScore(L))  \(Phrase.notScorable(L))")
        }
        for statement in mandatoryStatements(L) {
            if statement.isGood {
                lines.append(style.apply(statement.text, .green))
                continue
            }
            let list = TerminalText.truncate(
                statement.controls.map(\.rawValue).joined(separator: ", "),
                to: max(10, width - TerminalText.width(statement.text) - 3))
            lines.append(style.apply(statement.text, .bold, .red) + " — " + list)
        }
        if !overall.mandatoryMet, let cap = Self.levelCapStatement(checklist, L) {
            for line in TerminalText.wrap(cap, to: width - 2) { lines.append("  " + style.apply(line, .dim)) }
        }
        if let observations {
            lines.append(safe(observations.summary(L)))
            if !observations.conflicts.isEmpty {
                lines.append(style.apply(Phrase.observationConflictHeading(L), .bold, .red))
                for conflict in observations.conflicts {
                    let line = safe(conflict.line(title: checklist.control(conflict.control)?.title[L] ?? "", L))
                    for wrapped in TerminalText.wrap(line, to: width - 2) { lines.append("  " + wrapped) }
                }
            }
        }
        var progress = Phrase.answeredOf(L, overall.counts.answered, overall.counts.inScope)
        if overall.counts.unknown > 0 { progress += " · " + Phrase.unknownCount(L, overall.counts.unknown) }
        if overall.carried > 0 { progress += " · " + Phrase.carriedCount(L, overall.carried) }
        lines.append(progress)

        func groupLines<ID>(_ groups: [GroupScore<ID>], title: (ID) -> String) -> [String] {
            let labelWidth = min(28, width - 32)
            let barWidth = max(8, min(20, width - labelWidth - 24))
            return groups.map { group in
                let label = TerminalText.pad(safe(title(group.id)), to: labelWidth)
                let fraction: Double =
                    if let score = group.score, group.maximum.numerator > 0 {
                        Double(score.numerator) / Double(score.denominator)
                            / (Double(group.maximum.numerator) / Double(group.maximum.denominator))
                    } else { 0 }
                let value = group.scoreText(L)
                let padded = String(repeating: " ", count: max(0, 6 - TerminalText.width(value))) + value
                return
                    "  \(label) \(style.bar(fraction, width: barWidth)) \(padded)  \(group.counts.answered)/\(group.counts.inScope)"
            }
        }
        lines.append("")
        lines.append(style.apply(Phrase.bySection(L), .bold))
        lines += groupLines(sections) { id in checklist.sections.first { $0.id == id }?.title[L] ?? id.rawValue }
        if !tags.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.byTag(L), .bold))
            lines += groupLines(tags) { id in checklist.tag(id)?.title[L] ?? id.rawValue }
        }

        lines.append("")
        lines.append(style.apply(Phrase.firstActions(L), .bold))
        if gaps.isEmpty { lines.append("  " + Phrase.noGaps(L)) }
        let statusWidth = gaps.prefix(gapLimit).map { TerminalText.width($0.status.label[L]) }.max() ?? 0
        let numberWidth = String(min(gaps.count, gapLimit)).count
        let idWidth = gaps.prefix(gapLimit).map { $0.control.rawValue.count }.max() ?? 0
        let badgeWidth = Priority.allCases.map { TerminalText.width($0.label[L]) + 2 }.max() ?? 0
        for (index, gap) in gaps.prefix(gapLimit).enumerated() {
            let control = checklist.control(gap.control)
            let status = gap.status.label[L]
            let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1)."
            let badge =
                style.priorityBadge(gap.priority, L)
                + String(repeating: " ", count: badgeWidth - TerminalText.width(gap.priority.label[L]) - 2)
            let head = "  \(number) \(badge) \(TerminalText.pad(gap.control.rawValue, to: idWidth)) "
            let gain = "+\(gap.gain)"
            let tail =
                " " + TerminalText.pad(status, to: statusWidth) + " "
                + String(repeating: " ", count: max(0, 6 - gain.count)) + gain
            let used = 2 + numberWidth + 2 + badgeWidth + 1 + idWidth + 1 + TerminalText.width(tail)
            lines.append(
                head + TerminalText.pad(safe(control?.title[L] ?? ""), to: max(8, width - used))
                    + style.apply(tail, .dim))
        }
        if gaps.count > gapLimit {
            let left = gaps.count - gapLimit
            for line in TerminalText.wrap(more?(left) ?? Phrase.moreItems(L, left), to: width - 2) {
                lines.append("  " + line)
            }
        }

        if !unknowns.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.unknownsToCheck(L), .bold))
            for id in unknowns {
                guard let control = checklist.control(id) else { continue }
                lines.append(TerminalText.truncate("  - \(id) " + safe(control.title[L]), to: width))
                for line in TerminalText.wrap(Phrase.howToCheck(L) + ": " + safe(control.verify[L]), to: width - 6) {
                    lines.append("      " + style.apply(line, .dim))
                }
            }
        }
        if !notApplicable.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.notApplicableHeading(L), .bold))
            for item in notApplicable {
                let badge = item.priority == .mandatory ? style.priorityBadge(item.priority, L) + " " : ""
                let title = safe(checklist.control(item.control)?.title[L] ?? "")
                lines.append(
                    "  - " + badge + TerminalText.truncate("\(item.control) \(title)", to: max(8, width - 12)))
                for line in TerminalText.wrap(Phrase.reasonLabel(L) + ": " + safe(item.reason), to: width - 6) {
                    lines.append("      " + style.apply(line, .dim))
                }
            }
            if notApplicable.contains(where: { $0.priority == .mandatory }) {
                for line in TerminalText.wrap(Phrase.mandatoryNotApplicableRule(L), to: width - 2) {
                    lines.append("  " + style.apply(line, .dim))
                }
            }
        }
        if !delegated.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.providersHeading(L), .bold))
            for group in providerGroups {
                let text = safe(group.provider) + ": " + group.controls.map(\.rawValue).joined(separator: ", ")
                for (index, line) in TerminalText.wrap(text, to: width - 4).enumerated() {
                    lines.append((index == 0 ? "  - " : "    ") + line)
                }
            }
        }
        if !stale.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.staleAnswers(L), .bold))
            for item in stale {
                let title = safe(checklist.control(item.control)?.title[L] ?? "")
                let suffix = " (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))"
                lines.append(
                    "  - \(item.control) "
                        + TerminalText.truncate(
                            title, to: max(8, width - 6 - item.control.rawValue.count - TerminalText.width(suffix)))
                        + suffix)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
