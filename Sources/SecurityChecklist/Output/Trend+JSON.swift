extension Trend {
    /// The `ecsec/trend@1` JSON document.
    public func jsonText() -> String {
        return JSONWriter.write(
            .object(
                JSONObject([
                    ("schema", .string(Self.schema)),
                    (
                        "points",
                        .array(
                            points.map { point in
                                .object(
                                    JSONObject([
                                        ("file", .string(point.source)), ("period", .text(point.period)),
                                        ("score", .score(point.score)),
                                        ("maximum", .score(point.maximum)), ("level", .text(point.level?.rawValue)),
                                        ("answered", .number(JSONNumber(point.answered))),
                                        ("inScope", .number(JSONNumber(point.inScope))),
                                        ("mandatoryMissing", .number(JSONNumber(point.mandatoryMissing))),
                                    ]))
                            })
                    ),
                    (
                        "regressions",
                        .array(
                            regressions.map { item in
                                .object(
                                    JSONObject([
                                        ("control", .string(item.control.rawValue)),
                                        ("fromPeriod", .text(item.fromPeriod)), ("toPeriod", .text(item.toPeriod)),
                                        ("from", .string(item.from.description)), ("to", .string(item.to.description)),
                                        ("impact", .score(Score(tenths: item.impactTenths))),
                                    ]))
                            })
                    ),
                ])))
    }
}
