extension Portfolio {
    /// The `ecsec/summary@1` JSON document for several checklists' portfolios and the files
    /// skipped; `top` limits the ranked lists.
    public static func jsonText(_ portfolios: [Portfolio], skipped: [SkippedFile], top: Int = 20) -> String {
        func tenths(_ value: Int64?) -> JSONValue { value.map { .number(JSONNumber(text: Score(tenths: $0).description)) } ?? .null }
        func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        let items: [JSONValue] = portfolios.map { portfolio in
            .object(JSONObject([
                ("checklist", .object(JSONObject([("id", .string(portfolio.checklist.id.rawValue)), ("version", .string(portfolio.checklist.version))]))),
                ("files", int(portfolio.count)),
                ("unscored", int(portfolio.unscored)),
                ("score", .object(JSONObject([
                    ("min", tenths(portfolio.quantile(0))), ("q1", tenths(portfolio.quantile(0.25))), ("median", tenths(portfolio.quantile(0.5))),
                    ("q3", tenths(portfolio.quantile(0.75))), ("max", tenths(portfolio.scoreCounts.keys.max())),
                ]))),
                ("histogram", .array(portfolio.histogram.map { .object(JSONObject([("from", int(Int($0.from))), ("shops", int($0.shops))])) })),
                ("levels", .array(ranked(portfolio.levels).map { .object(JSONObject([("level", $0.0.isEmpty ? .null : .string($0.0)), ("shops", int($0.1))])) })),
                ("mandatoryMet", int(portfolio.mandatoryMet)),
                ("mostMissing", .array(ranked(portfolio.missing).prefix(top).map { .object(JSONObject([("control", .string($0.0.rawValue)), ("shops", int($0.1))])) })),
                ("mandatoryMissing", .array(ranked(portfolio.mandatoryMissing).map { .object(JSONObject([("control", .string($0.0.rawValue)), ("shops", int($0.1))])) })),
                ("providers", .array(portfolio.providers.sorted { $0.value.shops != $1.value.shops ? $0.value.shops > $1.value.shops : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                    .prefix(top).map { .object(JSONObject([("provider", .string($0.key)), ("shops", int($0.value.shops)), ("controls", int($0.value.controls))])) })),
            ]))
        }
        return JSONWriter.write(.object(JSONObject([
            ("schema", .string(schema)),
            ("checklists", .array(items)),
            ("skipped", .array(skipped.map { .object(JSONObject([("file", .string($0.path)), ("reason", .string($0.reason))])) })),
        ])))
    }

    /// One CSV row per checklist and control: how many shops miss it (for a spreadsheet).
    public static func csvText(_ portfolios: [Portfolio], checklists: [ChecklistID: Checklist], language L: Language) -> String {
        var rows = [["checklist", Phrase.idColumn(L), Phrase.priorityColumn(L), Phrase.titleColumn(L), "files", "missing", "mandatoryMissing"]]
        for portfolio in portfolios {
            guard let checklist = checklists[portfolio.checklist.id] else { continue }
            for control in checklist.controls {
                rows.append([checklist.id.rawValue, control.id.rawValue, control.priority.label[L], control.title[L], String(portfolio.count),
                             String(portfolio.missing[control.id] ?? 0), String(portfolio.mandatoryMissing[control.id] ?? 0)])
            }
        }
        return CSV.document(rows)
    }

    /// The text `ecsec summary` prints.
    package static func text(_ portfolios: [Portfolio], skipped: [SkippedFile], checklists: [ChecklistID: Checklist], language L: Language, style: TextStyle, width: Int, top: Int = 10) -> String {
        var lines: [String] = []
        for portfolio in portfolios {
            let checklist = checklists[portfolio.checklist.id]
            lines.append(style.apply(TerminalText.sanitize(checklist?.title[L] ?? portfolio.checklist.id.rawValue) + " — " + Phrase.summaryFiles(L, portfolio.count), .bold))
            if let median = portfolio.quantile(0.5) {
                lines.append(Phrase.summaryQuartiles(L, Score(tenths: portfolio.quantile(0.25)!).description, Score(tenths: median).description,
                                                     Score(tenths: portfolio.quantile(0.75)!).description))
            }
            let histogram = portfolio.histogram
            let largest = histogram.map(\.shops).max() ?? 1
            for band in histogram {
                let label = "\(band.from)-\(band.from + 10)"
                let share = Double(band.shops) / Double(max(1, largest))
                lines.append("  " + TerminalText.pad(label, to: 7) + style.bar(share, width: 30) + "  \(band.shops)")
            }
            lines.append(Phrase.level(L) + ": " + ranked(portfolio.levels).map { "\($0.0.isEmpty ? "-" : $0.0) \($0.1)" }.joined(separator: "  ")
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
            list(.mandatoryMissingHeading, portfolio.mandatoryMissing)
            list(.summaryMostMissing, portfolio.missing)
            if !portfolio.providers.isEmpty {
                lines.append("")
                lines.append(style.apply(Phrase.providersHeading(L), .bold))
                for (name, count) in portfolio.providers.sorted(by: { $0.value.shops != $1.value.shops ? $0.value.shops > $1.value.shops : $0.key < $1.key }).prefix(top) {
                    lines.append("  " + String(count.shops).leftPaddedSpaces(to: 7) + "  " + TerminalText.truncate(TerminalText.sanitize(name), to: max(10, width - 11)))
                }
            }
            lines.append("")
        }
        if !skipped.isEmpty {
            lines.append(style.apply(Phrase.summarySkipped(L, skipped.count), .bold))
            for item in skipped.prefix(top) {
                lines.append(TerminalText.truncate("  " + TerminalText.sanitize(item.path) + ": " + TerminalText.sanitize(item.reason), to: width))
            }
            if skipped.count > top { lines.append("  " + Phrase.moreItems(L, skipped.count - top)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPaddedSpaces(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
