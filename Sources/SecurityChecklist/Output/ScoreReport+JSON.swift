extension ScoreReport {
    /// The `ecsec/score@1` JSON document `ecsec score --format json` prints: a contract for
    /// other programs. Keys sorted, scores with one decimal, deterministic for the same input
    /// and `asOf`.
    public func jsonText() -> String { JSONWriter.write(jsonValue) }

    package var jsonValue: JSONValue {
        func counts(_ counts: Counts, into object: inout JSONObject) {
            object["inScope"] = .int(counts.inScope)
            object["applicable"] = .int(counts.applicable)
            object["answered"] = .int(counts.answered)
            object["unknown"] = .int(counts.unknown)
        }
        func group<ID>(_ group: GroupScore<ID>) -> JSONValue {
            var object = JSONObject()
            object["id"] = .string(group.id.rawValue)
            object["score"] = .score(group.score)
            object["maximum"] = .score(group.maximum)
            counts(group.counts, into: &object)
            return .object(object)
        }

        var overallObject = JSONObject()
        overallObject["score"] = .score(overall.score)
        overallObject["level"] = overall.level.map { .string($0.id.rawValue) } ?? .null
        overallObject["maximum"] = .score(overall.maximum)
        overallObject["mandatoryMet"] = .bool(overall.mandatoryMet)
        overallObject["mandatoryMissing"] = .array(overall.mandatory.missing.map { .string($0.rawValue) })
        overallObject["mandatoryUnanswered"] = .array(overall.mandatory.unanswered.map { .string($0.rawValue) })
        overallObject["mandatoryNotApplicable"] = .array(overall.mandatory.notApplicable.map { .string($0.rawValue) })
        overallObject["complete"] = .bool(overall.complete)
        overallObject["carried"] = .int(overall.carried)
        overallObject["unanswered"] = .int(overall.unanswered)
        counts(overall.counts, into: &overallObject)

        var assessmentObject = JSONObject()
        assessmentObject["id"] = .string(assessment.id.rawValue)
        assessmentObject["organization"] = .string(assessment.organization)
        assessmentObject["site"] = assessment.site.map { .string($0) } ?? .null
        assessmentObject["period"] = assessment.period.map { .string($0) } ?? .null

        var object = JSONObject()
        object["schema"] = .string(Self.schema)
        object["checklist"] = .object(
            JSONObject([("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version))]))
        object["assessment"] = .object(assessmentObject)
        object["asOf"] = asOf.map { .string($0.dateText) } ?? .null
        if let answersHash { object["answersHash"] = .string(answersHash) }
        object["model"] = .string(model)
        object["overall"] = .object(overallObject)
        object["sections"] = .array(sections.map(group))
        object["tags"] = .array(tags.map(group))
        object["gaps"] = .array(
            gaps.map { gap in
                .object(
                    JSONObject([
                        ("control", .string(gap.control.rawValue)), ("section", .string(gap.section.rawValue)),
                        ("priority", .string(gap.priority.rawValue)), ("status", .string(gap.status.description)),
                        ("gain", .score(gap.gain)), ("milestone", gap.milestone.map { .int($0) } ?? .null),
                    ]))
            })
        object["unknowns"] = .array(unknowns.map { .string($0.rawValue) })
        object["missingMandatory"] = .array(missingMandatory.map { .string($0.rawValue) })
        object["stale"] = .array(
            stale.map { item in
                .object(
                    JSONObject([
                        ("control", .string(item.control.rawValue)),
                        ("answeredAt", .string(item.answeredAt.description)),
                        ("daysOverdue", .number(JSONNumber(Int(item.daysOverdue)))),
                    ]))
            })
        object["notApplicable"] = .array(
            notApplicable.map { item in
                .object(
                    JSONObject([
                        ("control", .string(item.control.rawValue)), ("priority", .string(item.priority.rawValue)),
                        ("reason", .string(item.reason)),
                    ]))
            })
        object["delegated"] = .array(
            delegated.map { item in
                .object(
                    JSONObject([("control", .string(item.control.rawValue)), ("provider", .string(item.provider))]))
            })
        if let observations {
            // Only for an assessment that holds a probe run (optional member).
            object["observationConflicts"] = .array(
                observations.conflicts.map { conflict in
                    .object(
                        ("control", .string(conflict.control.rawValue)), ("status", .string(conflict.status.rawValue)),
                        ("checks", .array(conflict.findings.map { .string($0.check.rawValue) })),
                        ("observedAt", .string(observations.startedAt.description)))
                })
        }
        return .object(object)
    }
}
