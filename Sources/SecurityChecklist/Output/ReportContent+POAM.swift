extension ReportContent {
    /// The open gaps as an OSCAL plan of action and milestones (POA&M, OSCAL 1.0.4): one risk and
    /// one POA&M item per gap, in what-to-fix-first order; a gap with a plan carries a planned
    /// remediation whose milestone task is due on the plan's day, with the owner as a party in
    /// the `action-owner` role; notes and evidence as observations. UUIDs are derived from the
    /// assessment id, so exporting the same file twice gives the same bytes. `nil` when nothing
    /// is open: OSCAL requires at least one POA&M item.
    public func oscalPOAMText() -> String? {
        guard !report.gaps.isEmpty else { return nil }
        let L = language
        let uuid = oscalUUIDs()
        let prop = Self.oscalProp
        let ownerRole = "action-owner"

        var owners: [String] = []
        for gap in report.gaps {
            if let owner = assessment.answers[gap.control]?.plan?.owner.singleLine, !owners.contains(owner) {
                owners.append(owner)
            }
        }
        func ownerUUID(_ owner: String) -> String { uuid("party/owner/" + owner) }
        let parties: [JSONValue] = owners.map { owner in
            .object(
                JSONObject([
                    ("uuid", .string(ownerUUID(owner))), ("type", .string("person")),
                    ("name", .string(Self.line(owner))),
                ]))
        }
        let roles: [JSONValue] =
            owners.isEmpty
            ? []
            : [.object(JSONObject([("id", .string(ownerRole)), ("title", .string(Phrase.ownerColumn(L)))]))]

        var observations: [JSONValue] = []
        var risks: [JSONValue] = []
        var items: [JSONValue] = []
        for gap in report.gaps {
            guard let control = checklist.control(gap.control) else { continue }
            let id = control.id.rawValue
            let answer = assessment.answers[control.id]
            let title = Self.line("\(id) \(control.title[L])")
            var texts = [Phrase.statusColumn(L) + ": " + gap.status.label[L]]
            if let note = answer?.note, !note.isBlank { texts.append(Phrase.noteLabel(L) + ": " + note) }
            let observationUUID = uuid("poam/observation/" + id)
            var observation = JSONObject([
                ("uuid", .string(observationUUID)),
                ("title", .string(title)),
                ("description", .string(texts.joined(separator: "\n"))),
                ("methods", .array([.string("INTERVIEW")])),
                ("collected", .string((answer?.answeredAt ?? assessment.updatedAt).description)),
                ("props", .array([prop("status", gap.status.description)])),
            ])
            if let answer, !answer.evidence.isEmpty {
                observation["relevant-evidence"] = .array(oscalEvidence(answer, of: control.id, uuid: uuid))
            }
            observations.append(.object(observation))
            let related = JSONValue.array([.object(JSONObject([("observation-uuid", .string(observationUUID))]))])

            let riskUUID = uuid("poam/risk/" + id)
            var risk = JSONObject([
                ("uuid", .string(riskUUID)),
                ("title", .string(title)),
                ("description", .string(control.why[L])),
                ("statement", .string(control.question[L])),
                ("status", .string("open")),
                ("related-observations", related),
            ])
            if let plan = answer?.plan {
                let owner = plan.owner.singleLine
                // A plan without a date yet has no deadline and no timing (both optional in OSCAL).
                if let due = plan.due { risk["deadline"] = .string(due.description) }
                var description = control.how[L]
                if let note = plan.note { description = note + "\n\n" + description }
                var taskMembers: [(String, JSONValue)] = [
                    ("uuid", .string(uuid("poam/task/" + id))),
                    ("type", .string("milestone")),
                    ("title", .string(Self.line(Phrase.planLine(L, owner, plan.dueText(L))))),
                ]
                if let due = plan.due {
                    let date = JSONValue.object(JSONObject([("date", .string(due.description))]))
                    taskMembers.append(("timing", .object(JSONObject([("on-date", date)]))))
                }
                let task = JSONObject(
                    taskMembers + [
                        (
                            "responsible-roles",
                            .array([
                                .object(
                                    JSONObject([
                                        ("role-id", .string(ownerRole)),
                                        ("party-uuids", .array([.string(ownerUUID(owner))])),
                                    ]))
                            ])
                        )
                    ])
                risk["remediations"] = .array([
                    .object(
                        JSONObject([
                            ("uuid", .string(uuid("poam/remediation/" + id))),
                            ("lifecycle", .string("planned")),
                            ("title", .string(title)),
                            ("description", .string(description)),
                            ("props", .array([prop("owner", owner)])),
                            ("tasks", .array([.object(task)])),
                        ]))
                ])
            }
            risks.append(.object(risk))

            var props = [
                prop("priority", control.priority.rawValue), prop("status", gap.status.description),
                prop("section", gap.section.rawValue), prop("gain", gap.gain.description),
            ]
            if let milestone = gap.milestone { props.append(prop("milestone", String(milestone))) }
            if let plan = answer?.plan { props.append(prop("overdue", isOverdue(plan) ? "true" : "false")) }
            items.append(
                .object(
                    JSONObject([
                        ("uuid", .string(uuid("poam/item/" + id))),
                        ("title", .string(title)),
                        ("description", .string(control.how[L])),
                        ("props", .array(props)),
                        ("related-observations", related),
                        ("related-risks", .array([.object(JSONObject([("risk-uuid", .string(riskUUID))]))])),
                    ])))
        }

        let resourceUUID = uuid("poam/checklist")
        var document = JSONObject([
            ("uuid", .string(uuid("plan-of-action-and-milestones"))),
            ("metadata", .object(oscalMetadata(parties: parties, roles: roles, uuid: uuid))),
            (
                "system-id",
                .object(
                    JSONObject([
                        ("identifier-type", .string("https://ietf.org/rfc/rfc4122")),
                        ("id", .string(assessment.id.rawValue)),
                    ]))
            ),
        ])
        if !observations.isEmpty { document["observations"] = .array(observations) }
        if !risks.isEmpty { document["risks"] = .array(risks) }
        document["poam-items"] = .array(items)
        document["back-matter"] = .object(
            JSONObject([
                ("resources", .array([oscalChecklistResource(uuid: resourceUUID)] + oscalEvidenceResources(uuid: uuid)))
            ]))
        return JSONWriter.write(.object(JSONObject([("plan-of-action-and-milestones", .object(document))])))
    }
}
