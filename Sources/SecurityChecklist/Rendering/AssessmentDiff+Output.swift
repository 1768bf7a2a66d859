extension AssessmentDiff {
    /// The `ecsec/diff@1` JSON document (a contract; see the README).
    public func jsonText() -> String { JSONWriter.write(jsonValue) }

    package var jsonValue: JSONValue {
        func number(_ score: Score?) -> JSONValue { score.map { .number(JSONNumber(text: $0.description)) } ?? .null }
        func tenths(_ value: Int64?) -> JSONValue { value.map { number(Score(tenths: $0)) } ?? .null }
        func side(_ side: Side) -> JSONValue {
            .object(JSONObject([
                ("assessment", .string(side.assessment.rawValue)),
                ("period", side.period.map { .string($0) } ?? .null),
                ("checklist", .object(JSONObject([("id", .string(side.checklist.id.rawValue)), ("version", .string(side.checklist.version))]))),
                ("score", number(side.score)),
                ("level", side.level.map { .string($0.rawValue) } ?? .null),
                ("mandatoryMet", .bool(side.mandatoryMet)),
            ]))
        }
        func groups(_ items: [GroupDelta]) -> JSONValue {
            .array(items.map { group in
                .object(JSONObject([("id", .string(group.id)), ("from", number(group.from)), ("to", number(group.to)), ("delta", tenths(group.deltaTenths))]))
            })
        }
        let changeValues: [JSONValue] = changes.map { change in
            var object = JSONObject([
                ("control", .string(change.control.rawValue)),
                ("kind", .string(change.kind.rawValue)),
                ("from", .string(change.from.description)),
                ("to", .string(change.to.description)),
                ("impact", tenths(change.impactTenths)),
                ("section", change.section.map { .string($0.rawValue) } ?? .null),
                ("priority", change.priority.map { .string($0.rawValue) } ?? .null),
                ("fromInScope", change.fromInScope.map { .bool($0) } ?? .null),
                ("toInScope", change.toInScope.map { .bool($0) } ?? .null),
            ])
            if let previous = change.previousControl { object["previousControl"] = .string(previous.rawValue) }
            if change.kind == .note {
                object["fromNote"] = change.fromNote.map { .string($0) } ?? .null
                object["toNote"] = change.toNote.map { .string($0) } ?? .null
            }
            return .object(object)
        }
        return .object(JSONObject([
            ("schema", .string(Self.schema)),
            ("from", side(from)),
            ("to", side(to)),
            ("delta", .object(JSONObject([("overall", tenths(deltaTenths)), ("sections", groups(sections)), ("tags", groups(tags))]))),
            ("changes", .array(changeValues)),
            ("applicabilityEffect", tenths(applicabilityEffectTenths)),
            ("mandatoryMetChanged", .bool(from.mandatoryMet != to.mandatoryMet)),
            ("stale", .array(stale.map { item in
                .object(JSONObject([("control", .string(item.control.rawValue)), ("answeredAt", .string(item.answeredAt.description)), ("daysOverdue", .number(JSONNumber(Int(item.daysOverdue))))]))
            })),
            ("asOf", asOf.map { .string($0.dateText) } ?? .null),
        ]))
    }

    /// Change groups in display order with their headings.
    func groupedChanges() -> [(Phrase, [Change])] {
        let order: [(Kind, Phrase)] = [(.regressed, .regressedHeading), (.improved, .improvedHeading), (.changed, .changedHeading),
                                       (.added, .addedHeading), (.removed, .removedHeading), (.note, .noteHeading)]
        return order.compactMap { kind, phrase in
            let items = changes.filter { $0.kind == kind }
            return items.isEmpty ? nil : (phrase, items)
        }
    }

    func headline(_ L: Language) -> String {
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
    package func text(checklist: Checklist, oldChecklist: Checklist? = nil, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String {
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        let periods = "\(from.period ?? "?") → \(to.period ?? "?")"
        lines.append(style.apply(safe(checklist.title[L]) + "  " + safe(periods), .bold))
        let tone: TextStyle.Tone = (deltaTenths ?? 0) > 0 ? .green : (deltaTenths ?? 0) < 0 ? .red : .bold
        lines.append(style.apply(headline(L), .bold, tone))
        if from.mandatoryMet != to.mandatoryMet {
            lines.append(to.mandatoryMet ? style.apply(Phrase.mandatoryBecameMet(L), .green) : style.apply(Phrase.mandatoryBecameMissing(L), .bold, .red))
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
                lines.append(String(repeating: " ", count: 10 + badgeWidth + 1) + style.apply(TerminalText.truncate(transition, to: max(10, width - 11 - badgeWidth)), .dim))
                if change.kind == .note {
                    lines.append("          " + style.apply(TerminalText.truncate(safe(change.fromNote ?? "-") + " → " + safe(change.toNote ?? "-"), to: width - 10), .dim))
                }
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
                let title = checklist.sections.first { $0.id.rawValue == group.id }?.title[L] ?? oldChecklist?.sections.first { $0.id.rawValue == group.id }?.title[L] ?? group.id
                let delta = group.deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-"
                lines.append("  " + TerminalText.pad(safe(title), to: labelWidth) + "  " + (group.from?.description ?? "-") + " → " + (group.to?.description ?? "-") + "  (" + delta + ")")
            }
        }
        if !stale.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.staleAnswers(L), .bold))
            for item in stale {
                let title = safe(checklist.control(item.control)?.title[L] ?? "")
                lines.append(TerminalText.truncate("  - \(item.control) \(title) (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))", to: width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same content as Markdown, for a report to hand over.
    public func markdown(checklist: Checklist, oldChecklist: Checklist? = nil, language L: Language) -> String {
        var out = "# " + Markdown.escape(checklist.title[L]) + ": " + Markdown.escape(from.period ?? "?") + " → " + Markdown.escape(to.period ?? "?") + "\n\n"
        out += "**" + Markdown.escape(headline(L)) + "**\n\n"
        if from.mandatoryMet != to.mandatoryMet {
            out += (to.mandatoryMet ? Phrase.mandatoryBecameMet(L) : Phrase.mandatoryBecameMissing(L)) + "\n\n"
        }
        let groups = groupedChanges()
        if groups.isEmpty { out += Phrase.noChanges(L) + "\n\n" }
        for (heading, items) in groups {
            out += "## \(heading(L)) (\(items.count))\n\n"
            out += "| \(Phrase.scoreColumn(L)) | ID | | \(Phrase.answerLabel(L)) |\n|---:|---|---|---|\n"
            for change in items {
                let control = checklist.control(change.control) ?? oldChecklist?.control(change.control)
                var title = control?.title[L] ?? ""
                if let previous = change.previousControl { title += " (" + Phrase.replacedFrom(L, previous) + ")" }
                let badge = change.priority.map { "[" + $0.label[L] + "] " } ?? ""
                out += "| \(Score(tenths: change.impactTenths).signedDescription) | \(change.control) | \(Markdown.escape(badge + title)) | \(change.from.label[L]) → \(change.to.label[L]) |\n"
            }
            out += "\n"
        }
        if applicabilityEffectTenths != 0 {
            out += Phrase.applicabilityEffectLine(L, Score(tenths: applicabilityEffectTenths).signedDescription) + "\n\n"
        }
        out += "## \(Phrase.sectionDeltas(L))\n\n| | \(from.period.map(Markdown.escape) ?? "-") | \(to.period.map(Markdown.escape) ?? "-") | Δ |\n|---|---:|---:|---:|\n"
        for group in sections {
            let title = checklist.sections.first { $0.id.rawValue == group.id }?.title[L] ?? oldChecklist?.sections.first { $0.id.rawValue == group.id }?.title[L] ?? group.id
            out += "| \(Markdown.escape(title)) | \(group.from?.description ?? "-") | \(group.to?.description ?? "-") | \(group.deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-") |\n"
        }
        if !stale.isEmpty {
            out += "\n## \(Phrase.staleAnswers(L))\n\n"
            for item in stale {
                out += "- \(item.control) \(Markdown.escape(checklist.control(item.control)?.title[L] ?? "")) (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))\n"
            }
        }
        return out
    }
}

/// Escaping for text placed in Markdown: nothing from a file can open a link, an image, raw
/// HTML or break a table.
package enum Markdown {
    package static func escape(_ text: String) -> String {
        var output = ""
        for character in TerminalText.sanitize(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "{", "}", "~": output.append("\\"); output.append(character)
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.append(character)
            }
        }
        return output
    }
}
