extension ReportContent {
    /// The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script,
    /// no external request; prints on A4. Every text is escaped.
    public func html() -> String {
        let L = language
        let h = HTML.escape
        var body =
            "<header><p class=\"kicker\">\(h(Phrase.reportTitle(L)))</p><h1>\(h(checklist.title[L]))</h1>\n<table class=\"meta\">\n"
        for (label, value) in metadataRows() { body += "<tr><th>\(h(label))</th><td>\(h(value))</td></tr>\n" }
        body += "</table></header>\n"

        body += "<section class=\"score\"><h2>\(h(Phrase.overallScore(L)))</h2><p class=\"big\">"
        if let score = report.overall.score {
            body += "<strong>\(score)</strong> <span>\(h(Phrase.outOf(L, report.overall.maximum.description)))</span>"
        } else {
            body += h(Phrase.notScorable(L))
        }
        if let level = report.overall.level {
            body +=
                " <span class=\"level level-\(h(level.id.rawValue))\">\(h(Phrase.level(L))) \(h(level.id.rawValue))\(h(Phrase.parenthesized(L, level.label[L])))</span>"
        }
        body += "</p>\n"
        if let score = report.overall.score {
            body += HTML.bar(score.fraction(of: report.overall.maximum), width: 480, height: 14) + "\n"
        }
        if let description = report.overall.level?.description { body += "<p>\(h(description[L]))</p>\n" }
        if report.missingMandatory.isEmpty {
            body += "<p class=\"ok\">\(h(Phrase.mandatoryAllMet(L)))</p>\n"
        } else {
            body += "<p class=\"bad\">\(h(Phrase.mandatoryMissing(L, report.missingMandatory.count)))</p>\n<ul>\n"
            for id in report.missingMandatory {
                body += "<li><b>\(h(id.rawValue))</b> \(h(checklist.control(id)?.title[L] ?? ""))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "</section>\n"

        func groupTable<ID>(_ title: String, _ groups: [ScoreReport.GroupScore<ID>], name: (ID) -> String) -> String {
            var html =
                "<section><h2>\(h(title))</h2><table class=\"groups\">\n<tr><th></th><th>\(h(Phrase.scoreColumn(L)))</th><th></th><th>\(h(Phrase.answeredColumn(L)))</th></tr>\n"
            for group in groups {
                let fraction = group.score?.fraction(of: group.maximum) ?? 0
                html +=
                    "<tr><td>\(h(name(group.id)))</td><td class=\"num\">\(group.score?.description ?? "-")</td><td>\(HTML.bar(fraction, width: 200, height: 10))</td><td class=\"num\">\(group.counts.answered)/\(group.counts.inScope)</td></tr>\n"
            }
            return html + "</table></section>\n"
        }
        body += groupTable(Phrase.bySection(L), report.sections) { sectionTitle($0) }
        if !report.tags.isEmpty { body += groupTable(Phrase.byTag(L), report.tags) { tagTitle($0) } }

        body += "<section><h2>\(h(Phrase.actionPlan(L)))</h2>\n"
        if report.gaps.isEmpty { body += "<p>\(h(Phrase.noGaps(L)))</p>\n" } else { body += "<ol class=\"plan\">\n" }
        for gap in report.gaps {
            guard let control = checklist.control(gap.control) else { continue }
            body +=
                "<li><p><span class=\"badge \(gap.priority.rawValue)\">\(h(gap.priority.label[L]))</span> <b>\(h(gap.control.rawValue)) \(h(control.title[L]))</b> <span class=\"muted\">\(h(gap.status.label[L])) · +\(gap.gain)</span></p><p>\(h(control.how[L]))</p></li>\n"
        }
        if !report.gaps.isEmpty { body += "</ol>\n" }
        body += "</section>\n"

        if !report.unknowns.isEmpty {
            body += "<section><h2>\(h(Phrase.unknownsToCheck(L)))</h2><ul>\n"
            for id in report.unknowns {
                guard let control = checklist.control(id) else { continue }
                body +=
                    "<li><b>\(h(id.rawValue)) \(h(control.title[L]))</b><br>\(h(Phrase.howToCheck(L))): \(h(control.verify[L]))</li>\n"
            }
            body += "</ul></section>\n"
        }
        if !notApplicable.isEmpty {
            body += "<section><h2>\(h(Phrase.notApplicableHeading(L)))</h2><ul>\n"
            for item in notApplicable {
                body +=
                    "<li><b>\(h(item.control.id.rawValue)) \(h(item.control.title[L]))</b> — \(h(item.reason))</li>\n"
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
                body +=
                    "<li><b>\(h(item.control.rawValue)) \(h(checklist.control(item.control)?.title[L] ?? ""))</b> (\(h(item.answeredAt.dateText)), \(h(Phrase.daysOverdue(L, item.daysOverdue))))</li>\n"
            }
            body += "</ul></section>\n"
        }
        body +=
            "<footer><p>\(h(Phrase.provenanceNote(L)))</p><p>\(h(Phrase.generatedBy(L, report.asOf?.dateText ?? "-")))</p></footer>\n"

        let title = "\(Phrase.reportTitle(L)): \(assessment.organization) \(assessment.period ?? "")"
        return """
            <!DOCTYPE html>
            <html lang="\(L.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title))</title>
            <style>
            \(HTML.css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
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

    /// A horizontal bar as inline SVG, coloured by how full it is.
    package static func bar(_ fraction: Double, width: Int, height: Int) -> String {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(width)).rounded())
        let color = clamped >= 0.75 ? "#2e7d32" : clamped >= 0.5 ? "#f9a825" : "#c62828"
        return
            "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Int((clamped * 100).rounded()))%\">"
            + "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#e0e0e0\"/><rect width=\"\(filled)\" height=\"\(height)\" fill=\"\(color)\"/></svg>"
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
        .plan p { margin: 0; }
        li { break-inside: avoid; }
        svg.bar { vertical-align: middle; }
        footer { margin-top: 10mm; color: #666; font-size: 9pt; border-top: 1px solid #ccc; }
        @media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
        """
}
