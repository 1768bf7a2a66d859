extension TrendSet {
    /// Each shop's series in turn: its name, then its table and regressions.
    package func text(checklist: Checklist, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String
    {
        var lines = [style.apply(TerminalText.sanitize(checklist.title[L]) + " — " + Phrase.trendHeading(L), .bold)]
        for trend in series {
            lines.append("")
            if series.count > 1 || !trend.organization.isEmpty {
                let name = trend.organization.isEmpty ? "-" : TerminalText.sanitize(trend.organization.singleLine)
                lines.append(style.apply(TerminalText.truncate(name, to: width), .bold))
            }
            lines += trend.lines(checklist: checklist, language: L, style: style, width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Trend {
    /// The text of this one series.
    package func text(checklist: Checklist, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String
    {
        TrendSet(series: [self]).text(checklist: checklist, language: L, style: style, width: width)
    }

    /// A table and a bar per period, then the regressions, each title on its own line at the
    /// full width. Columns are padded by display width, so Japanese periods and level names align.
    func lines(checklist: Checklist, language L: Language, style: TextStyle, width: Int) -> [String] {
        var lines: [String] = []
        let periodWidth = max(8, points.map { TerminalText.width(TerminalText.sanitize($0.period ?? "-")) }.max() ?? 0)
        let levelWidth = points.map { TerminalText.width(TerminalText.sanitize($0.level?.rawValue ?? "-")) }.max() ?? 1
        let barWidth = max(10, min(30, width - periodWidth - levelWidth - 28))
        for point in points {
            let score = point.score?.description ?? "-"
            let fraction = point.score?.fraction(of: point.maximum) ?? 0
            let level = point.level?.rawValue ?? "-"
            lines.append(
                TerminalText.pad(TerminalText.sanitize(point.period ?? "-"), to: periodWidth) + "  "
                    + String(repeating: " ", count: max(0, 6 - score.count)) + score + "  "
                    + TerminalText.pad(TerminalText.sanitize(level), to: levelWidth) + "  "
                    + style.bar(fraction, width: barWidth) + "  \(point.answered)/\(point.inScope)")
        }
        if !regressions.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.regressedAtSomePoint(L), .bold))
            for item in regressions {
                let title = TerminalText.sanitize(checklist.control(item.control)?.title[L] ?? "")
                let head = TerminalText.sanitize(
                    "  \(item.fromPeriod ?? "?") → \(item.toPeriod ?? "?")  \(item.control)")
                let impact = Score(tenths: item.impactTenths).signedDescription
                lines.append(head + "  " + item.from.label[L] + " → " + item.to.label[L] + "  " + impact)
                for line in TerminalText.wrap(title, to: max(10, width - 6)) { lines.append("      " + line) }
            }
        }
        return lines
    }
}
