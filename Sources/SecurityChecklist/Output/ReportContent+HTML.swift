extension ReportContent {
    /// The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script,
    /// no external request; prints on A4 with the organization and page numbers in the running
    /// footer. Every text is escaped.
    public func htmlText() -> String {
        let L = language
        let h = HTML.escape
        let e = HTML.element
        func table(_ rows: [(String, String)], _ className: String) -> String {
            "<table class=\"\(className)\">\n"
                + rows.map { "<tr><th>\(h($0.0))</th><td>\(h($0.1))</td></tr>\n" }.joined() + "</table>"
        }
        var body = "<header>" + e("p", "kicker", h(Phrase.reportTitle(L))) + e("h1", nil, h(checklist.title[L]))
        body += "\n" + table(metadataRows(), "meta") + "\n"
        body += e("h2", nil, h(Phrase.scopeHeading(L))) + "\n" + table(scopeRows(), "meta") + "</header>\n"
        if let banner = report.completenessBanner(L) { body += e("p", "banner", h(banner)) + "\n" }

        body += "<section class=\"score\"><h2>\(h(Phrase.overallScore(L)))</h2><p class=\"big\">"
        if let score = report.overall.score {
            body += "<strong>\(score)</strong> <span>\(h(Phrase.outOf(L, report.overall.maximum.description)))</span>"
        } else {
            body += h(Phrase.notScorable(L))
        }
        if let level = report.overall.level {
            body += " " + e("span", "level level-" + h(level.id.rawValue), h(report.levelText(L)))
        }
        body += "</p>\n"
        if let score = report.overall.score {
            body += HTML.bar(score.fraction(of: report.overall.maximum), width: 480, height: 14) + "\n"
        }
        if let description = report.overall.level?.description { body += "<p>\(h(description[L]))</p>\n" }
        for statement in report.mandatoryStatements(L) {
            body += e("p", statement.isGood ? "ok" : "bad", h(statement.text)) + "\n"
            guard !statement.controls.isEmpty else { continue }
            body += "<ul>\n"
            for id in statement.controls {
                var item = "<b>\(h(id.rawValue))</b> \(h(controlTitle(id)))"
                if let reason = report.notApplicable.first(where: { $0.control == id })?.reason {
                    item += " — " + h(Phrase.reasonLabel(L)) + ": " + h(reason)
                }
                body += e("li", nil, item) + "\n"
            }
            body += "</ul>\n"
        }
        if !report.overall.mandatory.notApplicable.isEmpty {
            body += e("p", "muted", h(Phrase.mandatoryNotApplicableRule(L))) + "\n"
        }
        body += "</section>\n"
        if let comparison { body += comparisonHTML(comparison) }
        body += probeHTML()

        func groupTable<ID>(_ title: String, _ groups: [ScoreReport.GroupScore<ID>], name: (ID) -> String) -> String {
            let head = ["", h(Phrase.scoreColumn(L)), "", h(Phrase.answeredColumn(L))].map { e("th", nil, $0) }
            var html = "<section>" + e("h2", nil, h(title)) + "<table class=\"groups\">\n"
            html += e("tr", nil, head.joined()) + "\n"
            for group in groups {
                let fraction = group.score?.fraction(of: group.maximum) ?? 0
                let cells = [
                    e("td", nil, h(name(group.id))), e("td", "num", h(group.scoreText(L))),
                    e("td", nil, HTML.bar(fraction, width: 200, height: 10)),
                    e("td", "num", "\(group.counts.answered)/\(group.counts.inScope)"),
                ]
                html += e("tr", nil, cells.joined()) + "\n"
            }
            return html + "</table></section>\n"
        }
        body += groupTable(Phrase.bySection(L), report.sections) { sectionTitle($0) }
        if !report.tags.isEmpty { body += groupTable(Phrase.byTag(L), report.tags) { tagTitle($0) } }

        body += "<section><h2>\(h(Phrase.actionPlan(L)))</h2>\n"
        if report.gaps.isEmpty { body += "<p>\(h(Phrase.noGaps(L)))</p>\n" } else { body += "<ol class=\"plan\">\n" }
        for gap in report.gaps {
            guard let control = checklist.control(gap.control) else { continue }
            let badge = e("span", "badge " + gap.priority.rawValue, h(gap.priority.label[L]))
            let title = e("b", nil, h(gap.control.rawValue) + " " + h(control.title[L]))
            let status = e("span", "muted", h(gap.status.label[L]) + " · +\(gap.gain)")
            var heading = e("p", nil, badge + " " + title + " " + status)
            if let plan = assessment.answers[gap.control]?.plan {
                let overdue = isOverdue(plan) ? " " + e("span", "bad", h(Phrase.overdueLabel(L))) : ""
                heading += e("p", "owner", h(Phrase.planLine(L, plan.owner, plan.dueText(L))) + overdue)
            }
            body += e("li", nil, heading + e("p", nil, h(control.how[L]))) + "\n"
        }
        if !report.gaps.isEmpty { body += "</ol>\n" }
        body += "</section>\n"

        body += "<section><h2>\(h(Phrase.planHeading(L)))</h2>\n"
        let plans = self.plans
        if plans.isEmpty {
            body += e("p", nil, h(Phrase.noPlans(L))) + "\n"
        } else {
            let head = [Phrase.idColumn, .titleColumn, .ownerColumn, .dueColumn, .statusColumn, .planNoteColumn]
            body += "<table class=\"register\">\n" + e("tr", nil, head.map { e("th", nil, h($0(L))) }.joined()) + "\n"
            for item in plans {
                let due =
                    h(item.plan.dueText(L)) + (item.overdue ? " " + e("span", "bad", h(Phrase.overdueLabel(L))) : "")
                let cells = [
                    e("td", "id", h(item.control.id.rawValue)), e("td", nil, h(item.control.title[L])),
                    e("td", nil, h(item.plan.owner)), e("td", "day", due), e("td", nil, h(item.answer.status.label[L])),
                    e("td", nil, h(item.plan.note ?? "")),
                ]
                body += e("tr", item.overdue ? "overdue" : nil, cells.joined()) + "\n"
            }
            body += "</table>\n"
        }
        body += "</section>\n"

        if !report.unknowns.isEmpty {
            body += "<section><h2>\(h(Phrase.unknownsToCheck(L)))</h2><ul>\n"
            for id in report.unknowns {
                guard let control = checklist.control(id) else { continue }
                let title = e("b", nil, h(id.rawValue) + " " + h(control.title[L]))
                body += e("li", nil, title + "<br>" + h(Phrase.howToCheck(L)) + ": " + h(control.verify[L])) + "\n"
            }
            body += "</ul></section>\n"
        }
        if !notApplicable.isEmpty {
            body += "<section><h2>\(h(Phrase.notApplicableHeading(L)))</h2><ul>\n"
            for item in notApplicable {
                let badge =
                    item.control.priority == .mandatory
                    ? e("span", "badge mandatory", h(item.control.priority.label[L])) + " " : ""
                let title = e("b", nil, h(item.control.id.rawValue) + " " + h(item.control.title[L]))
                body += e("li", nil, badge + title + " — " + h(item.reason)) + "\n"
            }
            body += "</ul></section>\n"
        }
        if !byProvider.isEmpty {
            body += "<section><h2>\(h(Phrase.providersHeading(L)))</h2><ul>\n"
            for group in byProvider {
                body +=
                    "<li><b>\(h(group.provider))</b>: "
                    + group.controls.map { "\(h($0.id.rawValue)) \(h($0.title[L]))" }.joined(separator: "; ")
                    + "</li>\n"
            }
            body += "</ul></section>\n"
        }
        if !report.stale.isEmpty {
            body += "<section><h2>\(h(Phrase.staleAnswers(L)))</h2><ul>\n"
            for item in report.stale {
                let name = checklist.control(item.control)?.title[L] ?? ""
                let title = e("b", nil, h(item.control.rawValue) + " " + h(name))
                let when = h(item.answeredAt.dateText) + ", " + h(Phrase.daysOverdue(L, item.daysOverdue))
                body += e("li", nil, title + " (" + when + ")") + "\n"
            }
            body += "</ul></section>\n"
        }

        body +=
            "<section class=\"register\"><h2>\(h(Phrase.registerHeading(L)))</h2>\n" + registerTable() + "</section>\n"

        if !excluded.isEmpty {
            body += "<section><h2>\(h(Phrase.excludedHeading(L))) (\(excluded.count))</h2><ul>\n"
            for item in excluded {
                let title = e("b", nil, h(item.control.id.rawValue)) + " " + h(item.control.title[L])
                let reason = exclusionReason(item.control).map { "（" + h($0) + "）" } ?? ""
                body += e("li", nil, title + " — " + h(item.section.title[L]) + reason) + "\n"
            }
            body += "</ul></section>\n"
        }
        if let statement {
            body += "<section class=\"statement\"><h2>\(h(Phrase.statementHeading(L)))</h2>\n"
            body += e("p", nil, h(statement)) + "\n" + e("p", "muted", h(Phrase.statementAnswers(L, answersHash)))
            body += "\n<table class=\"signature\">\n"
            for label in [Phrase.signatureDate, .signatureName, .signatureTitle] {
                body += "<tr><th>\(h(label(L)))</th><td></td></tr>\n"
            }
            body += "</table></section>\n"
        }
        let reading = readingNotes
        body += "<section class=\"reading\"><h2>\(h(Phrase.readingHeading(L)))</h2>\n"
        body += e("p", nil, h(reading.selfDeclared)) + "\n"
        body += e("h3", nil, h(Phrase.levelScaleHeading(L))) + "<ul>"
        body += reading.levels.map { e("li", nil, h($0)) }.joined() + "</ul>\n"
        body += e("h3", nil, h(Phrase.priorityLegend(L))) + "<ul>"
        body += reading.priorities.map { e("li", nil, h($0)) }.joined() + "</ul>\n"
        body += e("h3", nil, h(Phrase.verifyHeading(L))) + "<ol>"
        body += verificationSteps.map { e("li", nil, h($0)) }.joined() + "</ol></section>\n"
        body += "<section class=\"appendix\"><h2>\(h(Phrase.sourcesHeading(L)))</h2>\n<table>\n"
        body +=
            e(
                "tr", nil,
                [Phrase.titleColumn, .referenceColumn, .requirementFromLabel, .priorityFromLabel].map {
                    e("th", nil, h($0(L)))
                }.joined()) + "\n"
        for row in sourceRows {
            body +=
                e(
                    "tr", nil,
                    [row.control, row.reference, row.requirement, row.priority].map { e("td", nil, h($0)) }.joined())
                + "\n"
        }
        body += "</table>\n<h3>\(h(Phrase.citedHeading(L)))</h3><ul>\n"
        for document in citedDocuments { body += e("li", nil, h(document.text)) + "\n" }
        body += "</ul>\n"
        if !provenanceUsed.isEmpty {
            body += "<h3>\(h(Phrase.provenanceLegend(L)))</h3><ul>\n"
            for mark in provenanceUsed { body += e("li", nil, h(mark.meaning[L])) + "\n" }
            body += "</ul>\n"
        }
        body += "</section>\n"
        let terms = glossary
        if !terms.isEmpty {
            body += "<section class=\"glossary\"><h2>\(h(Phrase.glossaryHeading(L)))</h2><dl>\n"
            for entry in terms { body += e("dt", nil, h(entry.term[L])) + e("dd", nil, h(entry.gloss[L])) + "\n" }
            body += "</dl></section>\n"
        }
        let generated = Phrase.generatedBy(L, report.asOf?.dateText ?? "-")
        body += e("footer", nil, e("p", nil, h(Phrase.provenanceNote(L))) + e("p", nil, h(generated))) + "\n"

        let title = "\(Phrase.reportTitle(L)): \(assessment.organization) \(assessment.period ?? "")"
        let running = [assessment.organization, assessment.period ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        return """
            <!DOCTYPE html>
            <html lang="\(L.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title))</title>
            <style>
            \(HTML.css)
            @page { @bottom-left { content: \(HTML.cssString(running)); font-size: 8pt; color: #666; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The comparison section: the headline, mandatory gaps opened and closed, every change.
    func comparisonHTML(_ diff: AssessmentDiff) -> String {
        let L = language
        let h = HTML.escape
        let e = HTML.element
        var html = "<section class=\"comparison\"><h2>\(h(Phrase.comparisonHeading(L)))</h2>\n"
        html += e("p", "muted", h(Phrase.previousPeriodLine(L, diff.from.period ?? "-", diff.from.assessment.rawValue)))
        html += "\n" + e("p", nil, e("b", nil, h(diff.headline(L)))) + "\n"
        if !diff.mappings.isEmpty {
            html += e("p", nil, h(Phrase.mappingsHeading(L)) + ": " + h(diff.mappingsText)) + "\n"
        }
        for statement in diff.mandatoryStatements(L) {
            let list = statement.controls.map { h($0.rawValue) + " " + h(controlTitle($0)) }.joined(separator: "; ")
            html += e("p", statement.isGood ? "ok" : "bad", h(statement.text)) + e("p", nil, list) + "\n"
        }
        for (heading, items) in diff.groupedChanges() {
            html += e("h3", nil, h(heading(L)) + " (\(items.count))") + "\n<ul>\n"
            for change in items {
                let impact = Score(tenths: change.impactTenths).signedDescription
                let text =
                    impact + " " + h(change.control.rawValue) + " " + h(controlTitle(change.control)) + ": "
                    + h(change.from.label[L]) + " → " + h(change.to.label[L])
                html += e("li", nil, text) + "\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }
}

/// HTML helpers: escaping and the inline stylesheet and charts.
package enum HTML {
    /// Escapes the five characters that matter in text and attribute values, and makes control
    /// characters visible.
    package static func escape(_ text: String) -> String {
        var output = ""
        for character in TerminalText.sanitize(text, keepNewlines: true) {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// `<name class="className">inner</name>`; `inner` is HTML already (escape text first).
    package static func element(_ name: String, _ className: String?, _ inner: String) -> String {
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<\(name)\(attribute)>\(inner)</\(name)>"
    }

    /// A CSS string literal: quotes and backslashes escaped, anything that could end the
    /// stylesheet (`<`, `>`) or the string (line breaks) written as a CSS escape.
    package static func cssString(_ text: String) -> String {
        var output = "\""
        for scalar in TerminalText.sanitize(text.singleLine).unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'": output += "\\" + String(scalar.value, radix: 16) + " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A horizontal bar as inline SVG, coloured by how full it is.
    package static func bar(_ fraction: Double, width: Int, height: Int) -> String {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(width)).rounded())
        let color = clamped >= 0.75 ? "#2e7d32" : clamped >= 0.5 ? "#f9a825" : "#c62828"
        let label = "\(Int((clamped * 100).rounded()))%"
        let size = "width=\"\(width)\" height=\"\(height)\""
        return "<svg class=\"bar\" \(size) viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(label)\">"
            + "<rect \(size) fill=\"#e0e0e0\"/><rect width=\"\(filled)\" height=\"\(height)\" fill=\"\(color)\"/></svg>"
    }

    static let css = """
        @page { size: A4; margin: 16mm 14mm; }
        * { box-sizing: border-box; }
        body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", "Meiryo", sans-serif; color: #1a1a1a; max-width: 190mm; margin: 0 auto; padding: 8mm; line-height: 1.55; font-size: 10.5pt; }
        h1 { font-size: 18pt; margin: 0 0 4mm; }
        h2 { font-size: 13pt; border-bottom: 2px solid #00838f; padding-bottom: 1mm; margin: 7mm 0 3mm; break-after: avoid; }
        .kicker { color: #00838f; font-weight: bold; margin: 0; }
        table { border-collapse: collapse; }
        .meta th { text-align: left; padding: 1mm 4mm 1mm 0; color: #555; font-weight: normal; }
        .meta td { padding: 1mm 0; }
        .groups td, .groups th { padding: 1mm 3mm 1mm 0; text-align: left; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .big strong { font-size: 26pt; }
        .level { font-weight: bold; margin-left: 4mm; }
        .ok { color: #2e7d32; font-weight: bold; }
        .bad { color: #c62828; font-weight: bold; }
        .badge { display: inline-block; padding: 0 2mm; border-radius: 1mm; color: #fff; font-size: 9pt; font-weight: bold; }
        .badge.mandatory { background: #c62828; }
        .badge.necessary { background: #f9a825; color: #1a1a1a; }
        .badge.recommended { background: #1565c0; }
        .muted { color: #666; }
        .plan li { margin-bottom: 3mm; break-inside: avoid; }
        .banner { border: 2px solid #f9a825; background: #fff8e1; padding: 2mm 3mm; font-weight: bold; }
        table.register { width: 100%; font-size: 8.5pt; }
        .register th, .register td { border: 1px solid #ccc; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        .register tr { break-inside: avoid; }
        .register td.id, .register td.day { white-space: nowrap; overflow-wrap: normal; }
        .register thead { display: table-header-group; }
        table.controls { table-layout: fixed; }
        table.controls col.id { width: 19mm; } table.controls col.answer { width: 38mm; } table.controls col.title { width: 52mm; }
        .controls th.group { background: #e0f2f1; font-weight: bold; }
        .controls td.id .badge { font-size: 7.5pt; margin-top: 0.5mm; }
        .controls p { margin: 0; }
        .controls .label { color: #555; }
        tr.overdue td { background: #ffebee; }
        .owner { color: #444; }
        .statement { break-inside: avoid; margin-top: 10mm; }
        .signature th { text-align: left; font-weight: normal; padding: 4mm 6mm 1mm 0; }
        .signature td { border-bottom: 1px solid #333; width: 80mm; }
        .plan p { margin: 0; }
        li { break-inside: avoid; }
        svg.bar { vertical-align: middle; }
        footer { margin-top: 10mm; color: #666; font-size: 9pt; border-top: 1px solid #ccc; }
        @media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
        """
}

extension ReportContent {
    /// The register as printed on A4: one group row per section, then four columns — the id
    /// (never broken) with its priority, the control, the answer with its date and plan, and
    /// the note, evidence and reason or provider, each labelled. The same rows and labels as
    /// the Markdown and CSV registers, laid out so every text reads horizontally.
    func registerTable() -> String {
        let L = language
        let h = HTML.escape
        let e = HTML.element
        var html = "<table class=\"register controls\">\n"
        html += "<colgroup><col class=\"id\"><col class=\"title\"><col class=\"answer\"><col></colgroup>\n"
        let head = [Phrase.idColumn, .titleColumn, .statusColumn, .answerDetailsColumn].map { e("th", nil, h($0(L))) }
        html += "<thead>" + e("tr", nil, head.joined()) + "</thead>\n<tbody>\n"
        var section: SectionID?
        for row in register {
            if row.section.id != section {
                section = row.section.id
                html += "<tr><th class=\"group\" colspan=\"4\">\(h(row.section.title[L]))</th></tr>\n"
            }
            let badge = e("span", "badge " + row.control.priority.rawValue, h(row.control.priority.label[L]))
            let id = e("td", "id", h(row.control.id.rawValue) + "<br>" + badge)
            var answer = h(StatusOrUnanswered(row.answer?.status).label[L])
            if row.stale { answer += " " + e("span", "bad", "(" + h(Phrase.staleColumn(L)) + ")") }
            if let answered = row.answer?.answeredAt {
                answer += "<br>" + e("span", "muted", h(localTime.date(answered)))
            }
            if let plan = row.answer?.plan {
                let overdue = row.overdue ? " " + e("span", "bad", h(Phrase.overdueLabel(L))) : ""
                answer += e("p", "owner", h(Phrase.planLine(L, plan.owner, plan.dueText(L))) + overdue)
            }
            var details: [(Phrase, String)] = []
            if let note = row.answer?.note { details.append((.noteColumn, note)) }
            for item in row.answer?.evidence ?? [] {
                details.append((.evidenceColumn, evidenceLine(item, shortHash: true)))
            }
            for line in assessment.observationLines(for: row.control.id, language: L) {
                details.append((.evidenceColumn, line))
            }
            if let answer = row.answer, let detail = answer.status.requiredDetail, let value = answer.value(of: detail)
            {
                details.append((detail == .reason ? .reasonColumn : .providerColumn, value))
            }
            let detailHTML = details.map { e("p", nil, e("span", "label", h($0.0(L)) + ": ") + h($0.1)) }.joined()
            let cells = id + e("td", nil, h(row.control.title[L])) + e("td", nil, answer) + e("td", nil, detailHTML)
            html += e("tr", row.overdue ? "overdue" : nil, cells) + "\n"
        }
        return html + "</tbody></table>\n"
    }
}
