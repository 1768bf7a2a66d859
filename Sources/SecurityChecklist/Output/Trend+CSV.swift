extension Trend {
    /// CSV for spreadsheets: UTF-8 with a byte-order mark, RFC 4180 quoting, formulas neutralized.
    public func csvText(language L: Language) -> String {
        var rows = [
            [
                Phrase.periodColumn(L), Phrase.scoreColumn(L), Phrase.levelColumn(L), Phrase.answeredColumn(L),
                "inScope", Phrase.missingColumn(L), "file",
            ]
        ]
        for point in points {
            rows.append([
                point.period ?? "", point.score?.description ?? "", point.level?.rawValue ?? "", String(point.answered),
                String(point.inScope), String(point.mandatoryMissing), point.source,
            ])
        }
        return CSV.document(rows)
    }
}
