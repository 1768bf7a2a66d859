extension AssessmentDiff {
    /// The same content as Markdown, for a report to hand over.
    public func markdownText(checklist: Checklist, oldChecklist: Checklist? = nil, language L: Language) -> String {
        var out =
            "# " + Markdown.escape(checklist.title[L]) + ": " + Markdown.escape(from.period ?? "?") + " → "
            + Markdown.escape(to.period ?? "?") + "\n\n"
        for warning in warnings {
            out += "> **" + Markdown.escape(Phrase.warning(L) + ": " + warning.text(L)) + "**\n\n"
        }
        out += "**" + Markdown.escape(headline(L)) + "**\n\n"
        if from.mandatoryMet != to.mandatoryMet {
            out += (to.mandatoryMet ? Phrase.mandatoryBecameMet(L) : Phrase.mandatoryBecameMissing(L)) + "\n\n"
        }
        let statements = mandatoryStatements(L)
        for statement in statements {
            out +=
                "- **" + Markdown.escape(statement.text) + "**: "
                + statement.controls.map(\.rawValue).joined(separator: ", ") + "\n"
        }
        if !statements.isEmpty { out += "\n" }
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
                out +=
                    "| \(Score(tenths: change.impactTenths).signedDescription) | \(change.control) | \(Markdown.escape(badge + title)) | \(change.from.label[L]) → \(change.to.label[L]) |\n"
            }
            out += "\n"
        }
        if !mappings.isEmpty {
            out += "**\(Markdown.escape(Phrase.mappingsHeading(L)))**: \(Markdown.escape(mappingsText))\n\n"
        }
        if let scripts {
            out += "**\(Markdown.escape(Phrase.cardPathScriptsHeading(L)))**\n\n"
            for line in scripts.lines(L) { out += "- " + Markdown.escape(line) + "\n" }
            out += "\n"
        }
        if applicabilityEffectTenths != 0 {
            out +=
                Phrase.applicabilityEffectLine(L, Score(tenths: applicabilityEffectTenths).signedDescription) + "\n\n"
        }
        out +=
            "## \(Phrase.sectionDeltas(L))\n\n| | \(from.period.map(Markdown.escape) ?? "-") | \(to.period.map(Markdown.escape) ?? "-") | Δ |\n|---|---:|---:|---:|\n"
        for group in sections {
            let title =
                checklist.sections.first { $0.id.rawValue == group.id }?.title[L] ?? oldChecklist?.sections.first {
                    $0.id.rawValue == group.id
                }?.title[L] ?? group.id
            out +=
                "| \(Markdown.escape(title)) | \(group.from?.description ?? "-") | \(group.to?.description ?? "-") | \(group.deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-") |\n"
        }
        if !stale.isEmpty {
            out += "\n## \(Phrase.staleAnswers(L))\n\n"
            for item in stale {
                out +=
                    "- \(item.control) \(Markdown.escape(checklist.control(item.control)?.title[L] ?? "")) (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))\n"
            }
        }
        return out
    }
}
