extension ReportContent {
    /// The run in one sentence: when, what, by which version and data, and what the token
    /// allowed.
    func probeDescription(_ probe: ProbeResult) -> String {
        let L = language
        return Phrase.probeRunDescription(
            L, localTime.dateTime(probe.startedAt), probe.target, probe.probeVersion, probe.dataDate, probe.requests)
            + " " + probe.consent.sentence(L)
    }

    /// The lines of the contradictions list: 「OPS-24 公開フォルダー…（回答: 実施）← exposed-env」.
    var conflictLines: [String] {
        (report.observations?.conflicts ?? []).map { $0.line(title: controlTitle($0.control), language) }
    }

    /// The HTML section: the run, the contradicted answers, and every finding.
    func probeHTML() -> String {
        guard let probe = assessment.probe, let observations = report.observations else { return "" }
        let L = language
        let h = HTML.escape
        let e = HTML.element
        var html = "<section class=\"probe\"><h2>\(h(Phrase.probeSection(L)))</h2>\n"
        html += e("p", nil, h(probeDescription(probe))) + "\n"
        html += e("p", nil, h(observations.summary(L))) + "\n"
        let conflicts = conflictLines
        if !conflicts.isEmpty {
            html += e("p", "bad", h(Phrase.observationConflictHeading(L))) + "<ul>\n"
            html += conflicts.map { e("li", nil, h($0)) + "\n" }.joined() + "</ul>\n"
        }
        html += "<table class=\"register\">\n"
        let head = [Phrase.statusColumn, .probeCheckColumn, .probeDetailColumn, .idColumn]
        html += e("tr", nil, head.map { e("th", nil, h($0(L))) }.joined()) + "\n"
        for finding in probe.findingsInListOrder {
            let status = e("span", finding.status == .fail ? "bad" : nil, h(finding.status.label[L]))
            var detail = h(finding.detail[L])
            if let url = finding.url { detail = e("span", "muted", h(url)) + "<br>" + detail }
            if let responsibility = finding.responsibility {
                detail += " " + e("span", "muted", h(responsibility.label[L]))
            }
            let cells = [
                e("td", nil, status), e("td", nil, h(finding.check.rawValue) + "<br>" + h(finding.check.title[L])),
                e("td", nil, detail), e("td", "id", h(finding.controls.map(\.rawValue).joined(separator: " "))),
            ]
            html += e("tr", nil, cells.joined()) + "\n"
        }
        return html + "</table></section>\n"
    }

    /// The Markdown section, with the same content as the HTML one.
    func probeMarkdown() -> String {
        guard let probe = assessment.probe, let observations = report.observations else { return "" }
        let L = language
        let m = Markdown.escape
        var out = "## \(m(Phrase.probeSection(L)))\n\n" + m(probeDescription(probe)) + "\n\n"
        out += m(observations.summary(L)) + "\n\n"
        let conflicts = conflictLines
        if !conflicts.isEmpty {
            out += "**\(m(Phrase.observationConflictHeading(L)))**\n\n"
            out += conflicts.map { "- " + m($0) + "\n" }.joined() + "\n"
        }
        let head = [Phrase.statusColumn, .probeCheckColumn, .probeDetailColumn, .idColumn].map { $0(L) }
        out += "| " + head.joined(separator: " | ") + " |\n|---|---|---|---|\n"
        for finding in probe.findingsInListOrder {
            let detail = (finding.url.map { $0 + " — " } ?? "") + finding.detail[L]
            out +=
                "| \(m(finding.status.label[L])) | \(m(finding.check.rawValue)) | \(m(detail)) | \(finding.controls.map(\.rawValue).joined(separator: " ")) |\n"
        }
        return out + "\n"
    }
}
