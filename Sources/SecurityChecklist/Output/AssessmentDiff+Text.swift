extension AssessmentDiff {
    /// Change groups in display order with their headings.
    func groupedChanges() -> [(Phrase, [Change])] {
        let order: [(Kind, Phrase)] = [
            (.regressed, .regressedHeading), (.improved, .improvedHeading), (.changed, .changedHeading),
            (.added, .addedHeading), (.removed, .removedHeading), (.note, .noteHeading),
        ]
        return order.compactMap { kind, phrase in
            let items = changes.filter { $0.kind == kind }
            return items.isEmpty ? nil : (phrase, items)
        }
    }

    /// The controls that continue others, grouped by the old one: `OPS-09 → OPS-21, OPS-22, OPS-23`.
    package var mappingsText: String {
        var order: [ControlID] = []
        var targets: [ControlID: [ControlID]] = [:]
        for mapping in mappings {
            if targets[mapping.from] == nil { order.append(mapping.from) }
            targets[mapping.from, default: []].append(mapping.to)
        }
        return order.map { "\($0) → " + targets[$0]!.map(\.rawValue).joined(separator: ", ") }.joined(separator: "; ")
    }

    package func headline(_ L: Language) -> String {
        func score(_ side: Side) -> String {
            (side.score?.description ?? "-") + (side.level.map { " (\($0))" } ?? "")
        }
        let delta = deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-"
        return Phrase.diffHeadline(L, score(from), score(to), delta)
    }

    /// The text `ecsec diff` prints: the headline, regressions first, then improvements, each
    /// with its impact; the applicability effect; section deltas; stale answers.
    /// - Parameters:
    ///   - oldChecklist: For titles of removed controls.
    package func text(
        checklist: Checklist, oldChecklist: Checklist? = nil, language L: Language, style: TextStyle = .plain,
        width: Int = 80
    ) -> String {
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        let periods = "\(from.period ?? "?") → \(to.period ?? "?")"
        lines.append(style.apply(safe(checklist.title[L]) + "  " + safe(periods), .bold))
        for warning in warnings {
            for line in TerminalText.wrap(Phrase.warning(L) + ": " + safe(warning.text(L)), to: width) {
                lines.append(style.apply(line, .bold, .yellow))
            }
        }
        let tone: TextStyle.Tone = (deltaTenths ?? 0) > 0 ? .green : (deltaTenths ?? 0) < 0 ? .red : .bold
        lines.append(style.apply(headline(L), .bold, tone))
        if from.mandatoryMet != to.mandatoryMet {
            lines.append(
                to.mandatoryMet
                    ? style.apply(Phrase.mandatoryBecameMet(L), .green)
                    : style.apply(Phrase.mandatoryBecameMissing(L), .bold, .red))
        }
        for statement in mandatoryStatements(L) {
            let list = TerminalText.truncate(
                statement.controls.map(\.rawValue).joined(separator: ", "),
                to: max(10, width - TerminalText.width(statement.text) - 3))
            lines.append(
                style.apply(statement.text, .bold, statement.isGood ? .green : .red) + " — " + list)
        }
        let groups = groupedChanges()
        if groups.isEmpty {
            lines.append("")
            lines.append(Phrase.noChanges(L))
        }
        for (heading, items) in groups {
            lines.append("")
            lines.append(style.apply("\(heading(L)) (\(items.count))", .bold))
            for change in items {
                let impact = Score(tenths: change.impactTenths).signedDescription
                let impactText = String(repeating: " ", count: max(0, 6 - impact.count)) + impact
                let control = checklist.control(change.control) ?? oldChecklist?.control(change.control)
                let badge = change.priority.map { style.priorityBadge($0, L) } ?? ""
                let badgeWidth = change.priority.map { TerminalText.width($0.label[L]) + 2 } ?? 0
                var title = safe(control?.title[L] ?? "")
                if let previous = change.previousControl { title += " (" + Phrase.replacedFrom(L, previous) + ")" }
                let transition = change.from.label[L] + " → " + change.to.label[L]
                let tone: TextStyle.Tone = change.impactTenths > 0 ? .green : change.impactTenths < 0 ? .red : .dim
                let head = "  " + style.apply(impactText, tone) + "  " + badge + " " + change.control.rawValue + " "
                let used = 2 + 6 + 2 + badgeWidth + 1 + change.control.rawValue.count + 1
                lines.append(head + TerminalText.truncate(title, to: max(10, width - used)))
                lines.append(
                    String(repeating: " ", count: 10 + badgeWidth + 1)
                        + style.apply(TerminalText.truncate(transition, to: max(10, width - 11 - badgeWidth)), .dim))
                // Notes are shown whole, wrapped: text added at the end of a note is the change.
                func noteLines(_ text: String) -> [String] {
                    TerminalText.wrap(text, to: max(10, width - 12)).enumerated().map { offset, line in
                        (offset == 0 ? "          " : "            ") + style.apply(line, .dim)
                    }
                }
                if includesNotes, change.kind != .note, let note = change.toNote, !note.isBlank {
                    lines += noteLines(Phrase.noteLabel(L) + ": " + safe(note))
                }
                if change.kind == .note {
                    lines += noteLines(Phrase.noteBefore(L) + ": " + safe(change.fromNote ?? "-"))
                    lines += noteLines(Phrase.noteAfter(L) + ": " + safe(change.toNote ?? "-"))
                }
            }
        }
        if !mappings.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.mappingsHeading(L), .bold))
            for line in TerminalText.wrap(mappingsText, to: width - 2) { lines.append("  " + line) }
        }
        if let scripts {
            lines.append("")
            lines.append(style.apply(Phrase.cardPathScriptsHeading(L), .bold))
            for line in scripts.lines(L) {
                for wrapped in TerminalText.wrap(safe(line), to: width - 2) { lines.append("  " + wrapped) }
            }
        }
        if applicabilityEffectTenths != 0 {
            lines.append("")
            lines.append(Phrase.applicabilityEffectLine(L, Score(tenths: applicabilityEffectTenths).signedDescription))
        }
        let movedSections = sections.filter { ($0.deltaTenths ?? 1) != 0 }
        if !movedSections.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.sectionDeltas(L), .bold))
            let labelWidth = min(28, width - 30)
            for group in movedSections {
                let title =
                    checklist.sections.first { $0.id.rawValue == group.id }?.title[L] ?? oldChecklist?.sections.first {
                        $0.id.rawValue == group.id
                    }?.title[L] ?? group.id
                let delta = group.deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-"
                lines.append(
                    "  " + TerminalText.pad(safe(title), to: labelWidth) + "  " + (group.from?.description ?? "-")
                        + " → " + (group.to?.description ?? "-") + "  (" + delta + ")")
            }
        }
        if !stale.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.staleAnswers(L), .bold))
            for item in stale {
                let title = safe(checklist.control(item.control)?.title[L] ?? "")
                lines.append(
                    TerminalText.truncate(
                        "  - \(item.control) \(title) (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))",
                        to: width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
