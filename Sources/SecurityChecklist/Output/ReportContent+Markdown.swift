extension ReportContent {
    /// The report as Markdown: every text from a file is escaped.
    public func markdown() -> String {
        let L = language
        let e = Markdown.escape
        var out = "# \(e(Phrase.reportTitle(L))): \(e(checklist.title[L]))\n\n"
        out += "| | |\n|---|---|\n"
        for (label, value) in metadataRows() { out += "| \(e(label)) | \(e(value)) |\n" }
        out += "\n## \(Phrase.overallScore(L))\n\n"
        if let score = report.overall.score {
            out += "**\(score)** \(e(Phrase.outOf(L, report.overall.maximum.description)))"
        } else {
            out += e(Phrase.notScorable(L))
        }
        if let level = report.overall.level {
            out += " — \(e(Phrase.level(L))) **\(e(level.id.rawValue))**\(e(Phrase.parenthesized(L, level.label[L])))"
        }
        out += "\n\n"
        if let description = report.overall.level?.description { out += e(description[L]) + "\n\n" }
        out +=
            (report.missingMandatory.isEmpty
                ? Phrase.mandatoryAllMet(L) : Phrase.mandatoryMissing(L, report.missingMandatory.count)) + "\n\n"
        for id in report.missingMandatory {
            out += "- **\(id)** \(e(checklist.control(id)?.title[L] ?? ""))\n"
        }
        if !report.missingMandatory.isEmpty { out += "\n" }

        func groupTable<ID>(_ title: String, _ groups: [ScoreReport.GroupScore<ID>], name: (ID) -> String) {
            out +=
                "## \(e(title))\n\n| | \(e(Phrase.scoreColumn(L))) | \(e(Phrase.answeredColumn(L))) |\n|---|---:|---:|\n"
            for group in groups {
                out +=
                    "| \(e(name(group.id))) | \(group.score?.description ?? "-") | \(group.counts.answered)/\(group.counts.inScope) |\n"
            }
            out += "\n"
        }
        groupTable(Phrase.bySection(L), report.sections) { sectionTitle($0) }
        if !report.tags.isEmpty { groupTable(Phrase.byTag(L), report.tags) { tagTitle($0) } }

        out += "## \(e(Phrase.actionPlan(L)))\n\n"
        if report.gaps.isEmpty { out += e(Phrase.noGaps(L)) + "\n\n" }
        for (index, gap) in report.gaps.enumerated() {
            guard let control = checklist.control(gap.control) else { continue }
            out +=
                "\(index + 1). **[\(e(gap.priority.label[L]))] \(gap.control) \(e(control.title[L]))** — \(e(gap.status.label[L])), +\(gap.gain)\n"
            out += "   \(e(control.how[L]))\n"
        }
        if !report.gaps.isEmpty { out += "\n" }

        if !report.unknowns.isEmpty {
            out += "## \(e(Phrase.unknownsToCheck(L)))\n\n"
            for id in report.unknowns {
                guard let control = checklist.control(id) else { continue }
                out += "- **\(id) \(e(control.title[L]))** — \(e(Phrase.howToCheck(L))): \(e(control.verify[L]))\n"
            }
            out += "\n"
        }
        if !notApplicable.isEmpty {
            out += "## \(e(Phrase.notApplicableHeading(L)))\n\n"
            for item in notApplicable {
                out += "- **\(item.control.id) \(e(item.control.title[L]))** — \(e(item.reason))\n"
            }
            out += "\n"
        }
        if !byProvider.isEmpty {
            out += "## \(e(Phrase.providersHeading(L)))\n\n"
            for group in byProvider {
                out +=
                    "- **\(e(group.provider))**: "
                    + group.controls.map { "\($0.id) \(e($0.title[L]))" }.joined(separator: "; ") + "\n"
            }
            out += "\n"
        }
        if !report.stale.isEmpty {
            out += "## \(e(Phrase.staleAnswers(L)))\n\n"
            for item in report.stale {
                out +=
                    "- **\(item.control) \(e(checklist.control(item.control)?.title[L] ?? ""))** (\(item.answeredAt.dateText), \(e(Phrase.daysOverdue(L, item.daysOverdue))))\n"
            }
            out += "\n"
        }
        out += "---\n\n\(e(Phrase.provenanceNote(L)))\n\n\(e(Phrase.generatedBy(L, report.asOf?.dateText ?? "-")))\n"
        return out
    }

    /// Label and value rows describing the assessment, shared by Markdown and HTML.
    func metadataRows() -> [(String, String)] {
        let L = language
        var rows: [(String, String)] = [(Phrase.metaOrganization(L), assessment.organization)]
        if let site = assessment.site { rows.append((Phrase.metaSite(L), site)) }
        if let period = assessment.period { rows.append((Phrase.metaPeriod(L), period)) }
        if let assessor = assessment.assessor { rows.append((Phrase.metaAssessor(L), assessor)) }
        rows.append((Phrase.metaChecklist(L), "\(checklist.title[L]) (\(checklist.id) \(checklist.version))"))
        rows.append((Phrase.metaUpdated(L), assessment.updatedAt.description))
        if let asOf = report.asOf { rows.append((Phrase.metaAsOf(L), asOf.dateText)) }
        return rows
    }
}
