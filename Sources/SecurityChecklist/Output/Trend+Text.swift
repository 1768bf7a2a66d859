extension Trend {
    /// A table and a bar per period, then the regressions.
    package func text(checklist: Checklist, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String
    {
        var lines = [
            style.apply(TerminalText.sanitize(checklist.title[L]) + " — " + Phrase.trendHeading(L), .bold), "",
        ]
        let periodWidth = max(8, points.map { TerminalText.width(TerminalText.sanitize($0.period ?? "-")) }.max() ?? 0)
        let barWidth = max(10, min(30, width - periodWidth - 30))
        for point in points {
            let score = point.score?.description ?? "-"
            let fraction = point.score?.fraction(of: point.maximum) ?? 0
            let level = point.level?.rawValue ?? "-"
            lines.append(
                TerminalText.pad(TerminalText.sanitize(point.period ?? "-"), to: periodWidth) + "  "
                    + String(repeating: " ", count: max(0, 6 - score.count)) + score + "  "
                    + TerminalText.pad(TerminalText.sanitize(level), to: 3)
                    + style.bar(fraction, width: barWidth) + "  \(point.answered)/\(point.inScope)")
        }
        if !regressions.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.regressedAtSomePoint(L), .bold))
            for item in regressions {
                let title = TerminalText.sanitize(checklist.control(item.control)?.title[L] ?? "")
                let head = "  \(item.fromPeriod ?? "?") → \(item.toPeriod ?? "?")  \(item.control) "
                let tail =
                    "  " + item.from.label[L] + " → " + item.to.label[L] + "  "
                    + Score(tenths: item.impactTenths).signedDescription
                lines.append(
                    TerminalText.sanitize(head)
                        + TerminalText.truncate(
                            title, to: max(10, width - TerminalText.width(head) - TerminalText.width(tail))) + tail)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
