extension Portfolio {
    /// The `ecsec/summary@1` JSON document for several checklists' portfolios and the files
    /// skipped; `top` limits the ranked lists.
    public static func jsonText(_ portfolios: [Portfolio], skipped: [SkippedFile], top: Int = 20) -> String {
        let items = portfolios.map { $0.jsonValue(top: top) }
        let skippedFiles = skipped.map {
            JSONValue.object(("file", .string($0.path)), ("reason", .string($0.reason.description)))
        }
        return JSONWriter.write(
            .object(("schema", .string(schema)), ("checklists", .array(items)), ("skipped", .array(skippedFiles))))
    }

    /// One checklist's entry of the summary document.
    func jsonValue(top: Int) -> JSONValue {
        let score = JSONValue.object(
            ("min", .tenths(quantile(0))), ("q1", .tenths(quantile(0.25))), ("median", .tenths(quantile(0.5))),
            ("q3", .tenths(quantile(0.75))), ("max", .tenths(scoreCounts.keys.max())))
        let histogram = self.histogram.map { JSONValue.object(("from", .int(Int($0.from))), ("shops", .int($0.shops))) }
        let byShops = providers.sorted {
            $0.value.shops != $1.value.shops
                ? $0.value.shops > $1.value.shops : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
        }
        let providerItems = byShops.prefix(top).map {
            JSONValue.object(
                ("provider", .string($0.key)), ("shops", .int($0.value.shops)), ("controls", .int($0.value.controls)))
        }
        let control = { (id: ControlID) in JSONValue.string(id.rawValue) }
        return .object(
            ("checklist", .object(("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version)))),
            ("files", .int(count)),
            ("unscored", .int(unscored)),
            ("score", score),
            ("histogram", .array(histogram)),
            ("levels", .counts(Self.ranked(levels), key: "level") { $0.isEmpty ? .null : .string($0) }),
            ("mandatoryMet", .int(mandatoryMet)),
            ("mostMissing", .counts(Self.ranked(missing).prefix(top), key: "control", id: control)),
            ("mandatoryMissing", .counts(Self.ranked(mandatoryMissing), key: "control", id: control)),
            ("providers", .array(providerItems)),
            (
                "duplicateIds",
                .array(duplicateIDs.map { .object(("id", .string($0.id.rawValue)), ("files", .int($0.files))) })
            ))
    }
}
