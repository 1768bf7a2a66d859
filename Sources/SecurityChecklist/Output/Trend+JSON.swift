extension TrendSet {
    /// The `ecsec/trend@2` JSON document: `{"schema", "series": [{"organization", "points",
    /// "regressions"}]}`.
    public func jsonText() -> String {
        JSONWriter.write(.object(("schema", .string(Self.schema)), ("series", .array(series.map(\.jsonValue)))))
    }
}

extension Trend {
    /// The `ecsec/trend@2` JSON document with this one series.
    public func jsonText() -> String { TrendSet(series: [self]).jsonText() }

    var jsonValue: JSONValue {
        .object(
            ("organization", .string(organization)),
            (
                "points",
                .array(
                    points.map { point in
                        .object(
                            ("file", .string(point.source)), ("period", .text(point.period)),
                            ("score", .score(point.score)), ("maximum", .score(point.maximum)),
                            ("level", .text(point.level?.rawValue)), ("answered", .int(point.answered)),
                            ("inScope", .int(point.inScope)), ("mandatoryMissing", .int(point.mandatoryMissing)))
                    })
            ),
            (
                "regressions",
                .array(
                    regressions.map { item in
                        .object(
                            ("control", .string(item.control.rawValue)), ("fromPeriod", .text(item.fromPeriod)),
                            ("toPeriod", .text(item.toPeriod)), ("from", .string(item.from.description)),
                            ("to", .string(item.to.description)),
                            ("impact", .score(Score(tenths: item.impactTenths))))
                    })
            ))
    }
}
