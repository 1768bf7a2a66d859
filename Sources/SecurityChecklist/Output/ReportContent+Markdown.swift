extension ReportContent {
    /// The report as Markdown: every text from a file is escaped.
    public func markdownText() -> String {
        let L = language
        let e = Markdown.escape
        func cell(_ text: String) -> String { e(text.singleLine) }
        var out = "# \(e(Phrase.reportTitle(L))): \(e(checklist.title[L]))\n\n"
        out += "| | |\n|---|---|\n"
        for (label, value) in metadataRows() { out += "| \(cell(label)) | \(cell(value)) |\n" }
        out += "\n## \(e(Phrase.scopeHeading(L)))\n\n| | |\n|---|---|\n"
        for (question, answer) in scopeRows() { out += "| \(cell(question)) | \(cell(answer)) |\n" }
        out += "\n"
        if let banner = report.completenessBanner(L) { out += "> **\(e(banner))**\n\n" }

        out += "## \(Phrase.overallScore(L))\n\n"
        if let score = report.overall.score {
            out += "**\(score)** \(e(Phrase.outOf(L, report.overall.maximum.description)))"
        } else {
            out += e(Phrase.notScorable(L))
        }
        if report.overall.level != nil { out += " — **\(e(report.levelText(L)))**" }
        out += "\n\n"
        if let description = report.overall.level?.description { out += e(description[L]) + "\n\n" }
        for statement in report.mandatoryStatements(L) {
            out += (statement.isGood ? "" : "**") + e(statement.text) + (statement.isGood ? "" : "**") + "\n\n"
            for id in statement.controls {
                out += "- **\(id)** \(e(controlTitle(id)))"
                if let reason = report.notApplicable.first(where: { $0.control == id })?.reason {
                    out += " — \(e(Phrase.reasonLabel(L))): \(e(reason))"
                }
                out += "\n"
            }
            if !statement.controls.isEmpty { out += "\n" }
        }
        if !report.overall.mandatory.notApplicable.isEmpty { out += "_\(e(Phrase.mandatoryNotApplicableRule(L)))_\n\n" }

        if let comparison { out += comparisonMarkdown(comparison) }
        out += probeMarkdown()

        func groupTable<ID>(_ title: String, _ groups: [ScoreReport.GroupScore<ID>], name: (ID) -> String) {
            out +=
                "## \(e(title))\n\n| | \(e(Phrase.scoreColumn(L))) | \(e(Phrase.answeredColumn(L))) |\n|---|---:|---:|\n"
            for group in groups {
                out +=
                    "| \(cell(name(group.id))) | \(e(group.scoreText(L))) | \(group.counts.answered)/\(group.counts.inScope) |\n"
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
            if let plan = assessment.answers[gap.control]?.plan {
                out += "   \(e(Phrase.planLine(L, plan.owner.singleLine, plan.dueText(L))))"
                out += isOverdue(plan) ? " **\(e(Phrase.overdueLabel(L)))**\n" : "\n"
            }
            out += "   \(e(control.how[L]))\n"
        }
        if !report.gaps.isEmpty { out += "\n" }

        out += "## \(e(Phrase.planHeading(L)))\n\n"
        let plans = self.plans
        if plans.isEmpty {
            out += e(Phrase.noPlans(L)) + "\n\n"
        } else {
            out +=
                "| ID | | \(e(Phrase.ownerColumn(L))) | \(e(Phrase.dueColumn(L))) | \(e(Phrase.statusColumn(L))) | \(e(Phrase.planNoteColumn(L))) |\n"
            out += "|---|---|---|---|---|---|\n"
            for item in plans {
                let due = item.plan.dueText(L) + (item.overdue ? " **\(e(Phrase.overdueLabel(L)))**" : "")
                out +=
                    "| \(item.control.id) | \(cell(item.control.title[L])) | \(cell(item.plan.owner)) | \(due) | \(cell(item.answer.status.label[L])) | \(cell(item.plan.note ?? "")) |\n"
            }
            out += "\n"
        }

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
                let badge = item.control.priority == .mandatory ? "[\(e(item.control.priority.label[L]))] " : ""
                out += "- \(badge)**\(item.control.id) \(e(item.control.title[L]))** — \(e(item.reason))\n"
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

        out += "## \(e(Phrase.registerHeading(L)))\n\n"
        let columns = registerColumns.map { cell($0(L)) }
        out +=
            "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
        for row in register { out += "| " + registerCells(row).map(cell).joined(separator: " | ") + " |\n" }
        out += "\n"

        if !excluded.isEmpty {
            out += "## \(e(Phrase.excludedHeading(L))) (\(excluded.count))\n\n"
            for item in excluded {
                out += "- \(item.control.id) \(e(item.control.title[L])) — \(e(item.section.title[L]))"
                if let reason = exclusionReason(item.control) { out += "（\(e(reason))）" }
                out += "\n"
            }
            out += "\n"
        }

        if let statement {
            out += "## \(e(Phrase.statementHeading(L)))\n\n\(e(statement))\n\n"
            out += "\(e(Phrase.statementAnswers(L, answersHash)))\n\n"
            for label in [Phrase.signatureDate, .signatureName, .signatureTitle] {
                out += "\(e(label(L))): ______________________\n\n"
            }
        }
        let reading = readingNotes
        out += "## \(e(Phrase.readingHeading(L)))\n\n\(e(reading.selfDeclared))\n\n"
        out += "**\(e(Phrase.levelScaleHeading(L)))**\n\n" + reading.levels.map { "- \(e($0))\n" }.joined() + "\n"
        out += "**\(e(Phrase.priorityLegend(L)))**\n\n" + reading.priorities.map { "- \(e($0))\n" }.joined() + "\n"
        out +=
            "**\(e(Phrase.verifyHeading(L)))**\n\n"
            + verificationSteps.enumerated().map { "\($0.offset + 1). \(e($0.element))\n" }.joined() + "\n"
        out += appendixMarkdown(cell: cell)
        out += "---\n\n\(e(Phrase.provenanceNote(L)))\n\n\(e(Phrase.generatedBy(L, report.asOf?.dateText ?? "-")))\n"
        return out
    }

    /// The appendix: where each control's requirement and priority come from, the documents
    /// cited, what the marks mean, and the glossary of the terms the controls use.
    func appendixMarkdown(cell: (String) -> String) -> String {
        let L = language
        let e = Markdown.escape
        var out = "## \(e(Phrase.sourcesHeading(L)))\n\n"
        let columns = [Phrase.titleColumn, .referenceColumn, .requirementFromLabel, .priorityFromLabel].map {
            cell($0(L))
        }
        out +=
            "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
        for row in sourceRows {
            out +=
                "| " + [row.control, row.reference, row.requirement, row.priority].map(cell).joined(separator: " | ")
                + " |\n"
        }
        out += "\n### \(e(Phrase.citedHeading(L)))\n\n"
        for document in citedDocuments { out += "- \(e(document.text))\n" }
        if !provenanceUsed.isEmpty {
            out += "\n### \(e(Phrase.provenanceLegend(L)))\n\n"
            for mark in provenanceUsed { out += "- \(e(mark.meaning[L]))\n" }
        }
        out += "\n"
        let terms = glossary
        if !terms.isEmpty {
            out += "## \(e(Phrase.glossaryHeading(L)))\n\n"
            for entry in terms { out += "- **\(e(entry.term[L]))**: \(e(entry.gloss[L]))\n" }
            out += "\n"
        }
        return out
    }

    /// The comparison section: the headline, mandatory gaps opened and closed, then every
    /// change, regressions first.
    func comparisonMarkdown(_ diff: AssessmentDiff) -> String {
        let L = language
        let e = Markdown.escape
        var out = "## \(e(Phrase.comparisonHeading(L)))\n\n"
        out += e(Phrase.previousPeriodLine(L, diff.from.period ?? "-", diff.from.assessment.rawValue)) + "\n\n"
        out += "**\(e(diff.headline(L)))**\n\n"
        if !diff.mappings.isEmpty { out += "\(e(Phrase.mappingsHeading(L))): \(e(diff.mappingsText))\n\n" }
        let statements = diff.mandatoryStatements(L)
        for statement in statements {
            out +=
                "- **\(e(statement.text))**: "
                + statement.controls.map { "\($0) \(e(controlTitle($0)))" }.joined(separator: "; ") + "\n"
        }
        if !statements.isEmpty { out += "\n" }
        for (heading, items) in diff.groupedChanges() {
            out += "### \(e(heading(L))) (\(items.count))\n\n"
            for change in items {
                let impact = Score(tenths: change.impactTenths).signedDescription
                out +=
                    "- \(impact) \(change.control) \(e(controlTitle(change.control))): \(e(change.from.label[L])) → \(e(change.to.label[L]))\n"
            }
            out += "\n"
        }
        return out
    }

    /// The register's columns, shared by Markdown and HTML (CSV adds the file's identity).
    var registerColumns: [Phrase] {
        [
            .sectionColumn, .idColumn, .priorityColumn, .titleColumn, .statusColumn, .noteColumn, .evidenceColumn,
            .detailColumn, .answeredAtColumn, .ownerColumn, .dueColumn,
        ]
    }

    /// One register row's cells, in ``registerColumns`` order.
    func registerCells(_ row: RegisterRow) -> [String] {
        let L = language
        let status = StatusOrUnanswered(row.answer?.status).label[L] + (row.stale ? " (\(Phrase.staleColumn(L)))" : "")
        let due = row.answer?.plan.map { $0.dueText(L) + (row.overdue ? " (\(Phrase.overdueLabel(L)))" : "") } ?? ""
        return [
            row.section.title[L], row.control.id.rawValue, row.control.priority.label[L], row.control.title[L], status,
            row.answer?.note ?? "",
            ((row.answer?.evidence.map { evidenceLine($0) } ?? [])
                + assessment.observationLines(for: row.control.id, language: L)).joined(separator: "; "),
            detail(row.answer),
            row.answer.map { localTime.date($0.answeredAt) } ?? "", row.answer?.plan?.owner ?? "", due,
        ]
    }
}
