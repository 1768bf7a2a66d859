extension PlanList {
    /// The `ecsec/plan@2` JSON document `ecsec plan --format json` prints: the assessment, the
    /// as-of day and the items in list order (`due` is `null` while undecided). Keys sorted, deterministic for the same input.
    public func jsonText() -> String {
        let itemValues: [JSONValue] = items.map { item in
            .object(
                ("control", .string(item.control.id.rawValue)), ("priority", .string(item.control.priority.rawValue)),
                ("status", .string(item.answer.status.rawValue)), ("owner", .string(item.plan.owner)),
                ("due", item.plan.due.map { .string($0.dateText) } ?? .null), ("overdue", .bool(item.overdue)),
                ("note", .text(item.plan.note)))
        }
        return JSONWriter.write(
            .object(
                ("schema", .string(Self.schema)),
                (
                    "assessment",
                    .object(
                        ("id", .string(assessment.id.rawValue)), ("organization", .string(assessment.organization)),
                        ("period", .text(assessment.period)))
                ),
                ("asOf", .string(asOf.dateText)), ("overdue", .int(overdueCount)), ("items", .array(itemValues))))
    }
}
