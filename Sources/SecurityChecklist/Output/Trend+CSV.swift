extension TrendSet {
    /// CSV for spreadsheets, one row per period with the organization first (so two shops stay
    /// apart): UTF-8 with a byte-order mark, RFC 4180 quoting, formulas neutralized. Headers in
    /// the language given.
    public func csvText(language L: Language) -> String {
        let columns: [Phrase] = [
            .organizationColumn, .periodColumn, .scoreColumn, .levelColumn, .answeredColumn, .inScopeColumn,
            .missingColumn, .fileColumn,
        ]
        var rows = [columns.map { $0(L) }]
        for trend in series {
            for point in trend.points {
                rows.append([
                    trend.organization, point.period ?? "", point.score?.description ?? "", point.level?.rawValue ?? "",
                    String(point.answered), String(point.inScope), String(point.mandatoryMissing), point.source,
                ])
            }
        }
        return CSV.document(rows)
    }
}

extension Trend {
    /// The CSV of this one series.
    public func csvText(language L: Language) -> String { TrendSet(series: [self]).csvText(language: L) }
}
