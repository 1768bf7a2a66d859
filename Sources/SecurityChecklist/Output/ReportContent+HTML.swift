extension ReportContent {
    /// The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script,
    /// no external request; prints on A4. Every text is escaped.
    public func html() -> String {
        let L = language
        let h = HTML.escape
        let e = HTML.element
        var body = "<header>" + e("p", "kicker", h(Phrase.reportTitle(L))) + e("h1", nil, h(checklist.title[L]))
        body += "\n<table class=\"meta\">\n"
        for (label, value) in metadataRows() { body += "<tr><th>\(h(label))</th><td>\(h(value))</td></tr>\n" }
        body += "</table></header>\n"

        body += "<section class=\"score\"><h2>\(h(Phrase.overallScore(L)))</h2><p class=\"big\">"
        if let score = report.overall.score {
            body += "<strong>\(score)</strong> <span>\(h(Phrase.outOf(L, report.overall.maximum.description)))</span>"
        } else {
            body += h(Phrase.notScorable(L))
        }
        if let level = report.overall.level {
            let text = Phrase.level(L) + " " + level.id.rawValue + Phrase.parenthesized(L, level.label[L])
            body += " " + e("span", "level level-" + h(level.id.rawValue), h(text))
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
            let head = ["", h(Phrase.scoreColumn(L)), "", h(Phrase.answeredColumn(L))].map { e("th", nil, $0) }
            var html = "<section>" + e("h2", nil, h(title)) + "<table class=\"groups\">\n"
            html += e("tr", nil, head.joined()) + "\n"
            for group in groups {
                let fraction = group.score?.fraction(of: group.maximum) ?? 0
                let cells = [
                    e("td", nil, h(name(group.id))), e("td", "num", group.score?.description ?? "-"),
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
            let heading = e("p", nil, badge + " " + title + " " + status)
            body += e("li", nil, heading + e("p", nil, h(control.how[L]))) + "\n"
        }
        if !report.gaps.isEmpty { body += "</ol>\n" }
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
                let title = e("b", nil, h(item.control.id.rawValue) + " " + h(item.control.title[L]))
                body += e("li", nil, title + " — " + h(item.reason)) + "\n"
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
        let generated = Phrase.generatedBy(L, report.asOf?.dateText ?? "-")
        body += e("footer", nil, e("p", nil, h(Phrase.provenanceNote(L))) + e("p", nil, h(generated))) + "\n"

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

    /// `<name class="className">inner</name>`; `inner` is HTML already (escape text first).
    package static func element(_ name: String, _ className: String?, _ inner: String) -> String {
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<\(name)\(attribute)>\(inner)</\(name)>"
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
        .plan p { margin: 0; }
        li { break-inside: avoid; }
        svg.bar { vertical-align: middle; }
        footer { margin-top: 10mm; color: #666; font-size: 9pt; border-top: 1px solid #ccc; }
        @media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
        """
}
