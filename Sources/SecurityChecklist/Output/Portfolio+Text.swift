extension Portfolio {
    /// The text `ecsec summary` prints.
    package static func text(
        _ portfolios: [Portfolio], skipped: [SkippedFile], checklists: [ChecklistID: Checklist], language L: Language,
        style: TextStyle, width: Int, top: Int = 10
    ) -> String {
        var lines: [String] = []
        for portfolio in portfolios {
            let checklist = checklists[portfolio.checklist.id]
            lines.append(
                style.apply(
                    TerminalText.sanitize(checklist?.title[L] ?? portfolio.checklist.id.rawValue) + " — "
                        + Phrase.summaryFiles(L, portfolio.count), .bold))
            if let median = portfolio.quantile(0.5) {
                lines.append(
                    Phrase.summaryQuartiles(
                        L, Score(tenths: portfolio.quantile(0.25)!).description, Score(tenths: median).description,
                        Score(tenths: portfolio.quantile(0.75)!).description))
            }
            let histogram = portfolio.histogram
            let largest = histogram.map(\.shops).max() ?? 1
            for band in histogram {
                let label = "\(band.from)-\(band.from + 10)"
                let share = Double(band.shops) / Double(max(1, largest))
                lines.append("  " + TerminalText.pad(label, to: 7) + style.bar(share, width: 30) + "  \(band.shops)")
            }
            lines.append(
                Phrase.level(L) + ": "
                    + ranked(portfolio.levels).map { "\($0.0.isEmpty ? "-" : $0.0) \($0.1)" }.joined(separator: "  ")
                    + "  · " + Phrase.summaryMandatoryMet(L, portfolio.mandatoryMet, portfolio.count))
            func list(_ heading: Phrase, _ counts: [ControlID: Int]) {
                let items = ranked(counts).prefix(top)
                guard !items.isEmpty else { return }
                lines.append("")
                lines.append(style.apply(heading(L), .bold))
                for (id, shops) in items {
                    let title = TerminalText.sanitize(checklist?.control(id)?.title[L] ?? "")
                    let head = "  " + String(shops).leftPaddedSpaces(to: 7) + "  \(id) "
                    lines.append(head + TerminalText.truncate(title, to: max(10, width - TerminalText.width(head))))
                }
            }
            if !portfolio.duplicateIDs.isEmpty {
                let ids = portfolio.duplicateIDs.map { "\($0.id) (\($0.files))" }.joined(separator: ", ")
                for line in TerminalText.wrap(Phrase.warning(L) + ": " + Phrase.duplicateIDs(L, ids), to: width) {
                    lines.append(style.apply(line, .bold, .yellow))
                }
            }
            list(.mandatoryMissingHeading, portfolio.mandatoryMissing)
            list(.summaryMostMissing, portfolio.missing)
            if !portfolio.providers.isEmpty {
                lines.append("")
                lines.append(style.apply(Phrase.providersHeading(L), .bold))
                for (name, count) in portfolio.providers.sorted(by: {
                    $0.value.shops != $1.value.shops ? $0.value.shops > $1.value.shops : $0.key < $1.key
                }).prefix(top) {
                    lines.append(
                        "  " + String(count.shops).leftPaddedSpaces(to: 7) + "  "
                            + TerminalText.truncate(TerminalText.sanitize(name), to: max(10, width - 11)))
                }
            }
            lines.append("")
        }
        if !skipped.isEmpty {
            lines.append(style.apply(Phrase.summarySkipped(L, skipped.count), .bold))
            for item in skipped.prefix(top) {
                lines.append(
                    TerminalText.truncate(
                        "  " + TerminalText.sanitize(item.path) + ": " + TerminalText.sanitize(item.reason.text(L)),
                        to: width))
            }
            if skipped.count > top { lines.append("  " + Phrase.moreItems(L, skipped.count - top)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPaddedSpaces(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
