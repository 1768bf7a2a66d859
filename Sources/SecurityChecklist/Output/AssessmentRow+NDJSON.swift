extension AssessmentRow {
    /// One compact JSON object (`ecsec/summary-row@1`) and a newline: a line of NDJSON.
    public func ndjsonLine() -> String {
        let value = JSONValue.object(
            ("schema", .string(Self.schema)), ("file", .string(file)), ("assessment", .string(assessment.rawValue)),
            ("previous", .text(previous?.rawValue)), ("organization", .string(organization)), ("site", .text(site)),
            ("checklist", .object(("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version)))),
            ("period", .text(period)), ("updatedAt", .string(updatedAt.description)), ("score", .score(score)),
            ("level", .text(level?.rawValue)), ("mandatoryMet", .bool(mandatoryMet)), ("complete", .bool(complete)),
            (
                "counts",
                .object(
                    ("inScope", .int(counts.inScope)), ("applicable", .int(counts.applicable)),
                    ("answered", .int(counts.answered)), ("unknown", .int(counts.unknown)))
            ),
            ("openMandatory", .array(openMandatory.map { .string($0.rawValue) })))
        return JSONWriter.compact(value) + "\n"
    }
}
