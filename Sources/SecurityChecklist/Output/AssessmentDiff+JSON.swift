extension AssessmentDiff {
    /// The `ecsec/diff@1` JSON document (a contract; see the README).
    public func jsonText() -> String { JSONWriter.write(jsonValue) }

    package var jsonValue: JSONValue {
        guard case .object(var object) = coreJSONValue, let scripts else { return coreJSONValue }
        // Only when both files hold a probe run (optional member).
        object["cardPathScripts"] = .object(
            ("added", .array(scripts.added.map { .string($0.url) })),
            ("removed", .array(scripts.removed.map { .string($0.url) })),
            ("changed", .array(scripts.changed.map { .string($0.after.url) })),
            ("newOrigins", .array(scripts.newOrigins.map(JSONValue.string))))
        return .object(object)
    }

    private var coreJSONValue: JSONValue {
        func side(_ side: Side) -> JSONValue {
            .object(
                JSONObject([
                    ("assessment", .string(side.assessment.rawValue)),
                    ("period", side.period.map { .string($0) } ?? .null),
                    (
                        "checklist",
                        .object(
                            JSONObject([
                                ("id", .string(side.checklist.id.rawValue)),
                                ("version", .string(side.checklist.version)),
                            ]))
                    ),
                    ("score", .score(side.score)),
                    ("level", side.level.map { .string($0.rawValue) } ?? .null),
                    ("mandatoryMet", .bool(side.mandatoryMet)),
                    ("mandatoryNotApplicable", .array(side.mandatoryNotApplicable.map { .string($0.rawValue) })),
                    ("complete", .bool(side.complete)),
                ]))
        }
        func groups(_ items: [GroupDelta]) -> JSONValue {
            .array(
                items.map { group in
                    .object(
                        JSONObject([
                            ("id", .string(group.id)), ("from", .score(group.from)), ("to", .score(group.to)),
                            ("delta", .tenths(group.deltaTenths)),
                        ]))
                })
        }
        let changeValues: [JSONValue] = changes.map { change in
            var object = JSONObject([
                ("control", .string(change.control.rawValue)),
                ("kind", .string(change.kind.rawValue)),
                ("from", .string(change.from.description)),
                ("to", .string(change.to.description)),
                ("impact", .tenths(change.impactTenths)),
                ("section", change.section.map { .string($0.rawValue) } ?? .null),
                ("priority", change.priority.map { .string($0.rawValue) } ?? .null),
                ("fromInScope", change.fromInScope.map { .bool($0) } ?? .null),
                ("toInScope", change.toInScope.map { .bool($0) } ?? .null),
            ])
            if let previous = change.previousControl { object["previousControl"] = .string(previous.rawValue) }
            if change.kind == .note {
                object["fromNote"] = change.fromNote.map { .string($0) } ?? .null
                object["toNote"] = change.toNote.map { .string($0) } ?? .null
            }
            return .object(object)
        }
        return .object(
            JSONObject([
                ("schema", .string(Self.schema)),
                ("from", side(from)),
                ("to", side(to)),
                (
                    "delta",
                    .object(
                        JSONObject([
                            ("overall", .tenths(deltaTenths)), ("sections", groups(sections)), ("tags", groups(tags)),
                        ]))
                ),
                ("changes", .array(changeValues)),
                ("applicabilityEffect", .tenths(applicabilityEffectTenths)),
                ("mandatoryMetChanged", .bool(from.mandatoryMet != to.mandatoryMet)),
                (
                    "mandatory",
                    .object(
                        JSONObject([
                            ("opened", .array(mandatoryOpened.map { .string($0.rawValue) })),
                            ("closed", .array(mandatoryClosed.map { .string($0.rawValue) })),
                        ]))
                ),
                (
                    "stale",
                    .array(
                        stale.map { item in
                            .object(
                                JSONObject([
                                    ("control", .string(item.control.rawValue)),
                                    ("answeredAt", .string(item.answeredAt.description)),
                                    ("daysOverdue", .number(JSONNumber(Int(item.daysOverdue)))),
                                ]))
                        })
                ),
                ("asOf", asOf.map { .string($0.dateText) } ?? .null),
                (
                    "warnings",
                    .array(
                        warnings.map { warning in
                            .object(("code", .string(warning.code.rawValue)), ("message", .string(warning.text(.en))))
                        })
                ),
            ]))
    }
}
