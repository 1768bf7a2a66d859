extension Portfolio {
    /// The `ecsec/summary@1` JSON document for several checklists' portfolios and the files
    /// skipped; `top` limits the ranked lists.
    public static func jsonText(_ portfolios: [Portfolio], skipped: [SkippedFile], top: Int = 20) -> String {
        let items: [JSONValue] = portfolios.map { portfolio in
            .object(
                JSONObject([
                    (
                        "checklist",
                        .object(
                            JSONObject([
                                ("id", .string(portfolio.checklist.id.rawValue)),
                                ("version", .string(portfolio.checklist.version)),
                            ]))
                    ),
                    ("files", .int(portfolio.count)),
                    ("unscored", .int(portfolio.unscored)),
                    (
                        "score",
                        .object(
                            JSONObject([
                                ("min", .tenths(portfolio.quantile(0))), ("q1", .tenths(portfolio.quantile(0.25))),
                                ("median", .tenths(portfolio.quantile(0.5))),
                                ("q3", .tenths(portfolio.quantile(0.75))),
                                ("max", .tenths(portfolio.scoreCounts.keys.max())),
                            ]))
                    ),
                    (
                        "histogram",
                        .array(
                            portfolio.histogram.map {
                                .object(JSONObject([("from", .int(Int($0.from))), ("shops", .int($0.shops))]))
                            })
                    ),
                    (
                        "levels",
                        .array(
                            ranked(portfolio.levels).map {
                                .object(
                                    JSONObject([("level", $0.0.isEmpty ? .null : .string($0.0)), ("shops", .int($0.1))])
                                )
                            })
                    ),
                    ("mandatoryMet", .int(portfolio.mandatoryMet)),
                    (
                        "mostMissing",
                        .array(
                            ranked(portfolio.missing).prefix(top).map {
                                .object(JSONObject([("control", .string($0.0.rawValue)), ("shops", .int($0.1))]))
                            })
                    ),
                    (
                        "mandatoryMissing",
                        .array(
                            ranked(portfolio.mandatoryMissing).map {
                                .object(JSONObject([("control", .string($0.0.rawValue)), ("shops", .int($0.1))]))
                            })
                    ),
                    (
                        "providers",
                        .array(
                            portfolio.providers.sorted {
                                $0.value.shops != $1.value.shops
                                    ? $0.value.shops > $1.value.shops
                                    : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
                            }
                            .prefix(top).map {
                                .object(
                                    JSONObject([
                                        ("provider", .string($0.key)), ("shops", .int($0.value.shops)),
                                        ("controls", .int($0.value.controls)),
                                    ]))
                            })
                    ),
                ]))
        }
        return JSONWriter.write(
            .object(
                JSONObject([
                    ("schema", .string(schema)),
                    ("checklists", .array(items)),
                    (
                        "skipped",
                        .array(
                            skipped.map {
                                .object(
                                    JSONObject([("file", .string($0.path)), ("reason", .string($0.reason.description))])
                                )
                            })
                    ),
                ])))
    }
}
