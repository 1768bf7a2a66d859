extension ReportContent {
    /// The OSCAL version the export declares; it validates against NIST's published JSON Schema
    /// for that version.
    public static let oscalVersion = "1.0.4"

    /// The assessment as an OSCAL assessment-results document: one result per assessment, one
    /// finding per answered, applicable control (`satisfied` for implemented or delegated,
    /// otherwise `not-satisfied`), N/A controls excluded in `reviewed-controls` with their reason
    /// as an observation, notes and evidence as observations, and a back-matter resource that
    /// `import-ap` points to. UUIDs (version 5) are derived from the assessment id, its period and
    /// its content, and times come from the assessment: exporting the same file twice gives the
    /// same bytes, and a copied file that kept the id still exports UUIDs of its own.
    public func oscalText() -> String {
        let L = language
        let uuid = oscalUUIDs()
        let prop = Self.oscalProp
        func controlID(_ id: ControlID) -> String { Self.oscalToken(id.rawValue) }

        var findings: [JSONValue] = []
        var observations: [JSONValue] = []
        var included: [JSONValue] = []
        var excluded: [JSONValue] = []
        // The probe's findings: observations made by a tool, linked from the findings of the
        // controls they are evidence for.
        var probeObservations: [ControlID: [String]] = [:]
        let toolUUID = uuid("tool/ecsec-probe")
        if let probe = assessment.probe {
            for (index, finding) in probe.findings.enumerated() {
                let observationUUID = uuid("probe/\(index)/" + finding.check.rawValue)
                for control in finding.controls { probeObservations[control, default: []].append(observationUUID) }
                var observation = JSONObject([
                    ("uuid", .string(observationUUID)),
                    ("title", .string(Self.line(finding.check.rawValue + " " + finding.check.title[L]))),
                    ("description", .string(finding.detail[L])),
                    ("methods", .array([.string("TEST")])),
                    (
                        "origins",
                        .array([
                            .object(
                                JSONObject([
                                    (
                                        "actors",
                                        .array([
                                            .object(
                                                JSONObject([
                                                    ("type", .string("tool")), ("actor-uuid", .string(toolUUID)),
                                                ]))
                                        ])
                                    )
                                ]))
                        ])
                    ),
                    ("collected", .string(probe.startedAt.description)),
                    (
                        "props",
                        .array([
                            prop("probe-check", finding.check.rawValue), prop("probe-status", finding.status.rawValue),
                        ])
                    ),
                ])
                if let url = finding.url {
                    observation["links"] = .array([
                        .object(JSONObject([("href", .string(url)), ("rel", .string("reference"))]))
                    ])
                }
                observations.append(.object(observation))
            }
        }
        for item in inScope {
            let control = item.control
            let selection = JSONValue.object(JSONObject([("control-id", .string(controlID(control.id)))]))
            guard let answer = assessment.answers[control.id] else {
                included.append(selection)
                continue
            }
            var observationUUIDs: [String] = probeObservations[control.id] ?? []
            var texts: [String] = []
            if let note = answer.note, !note.isEmpty { texts.append(Phrase.noteLabel(L) + ": " + note) }
            if let detail = answer.status.requiredDetail, let value = answer.value(of: detail) {
                texts.append(detail.label[L] + ": " + value)
            }
            if !texts.isEmpty || !answer.evidence.isEmpty {
                let observationUUID = uuid("observation/" + control.id.rawValue)
                observationUUIDs.append(observationUUID)
                var observation = JSONObject([
                    ("uuid", .string(observationUUID)),
                    ("title", .string(Self.line("\(control.id) \(control.title[L])"))),
                    ("description", .string(texts.isEmpty ? answer.status.label[L] : texts.joined(separator: "\n"))),
                    ("methods", .array([.string("INTERVIEW")])),
                    ("collected", .string(answer.answeredAt.description)),
                    ("props", .array([prop("status", answer.status.rawValue)])),
                ])
                if !answer.evidence.isEmpty {
                    observation["relevant-evidence"] = .array(oscalEvidence(answer, of: control.id, uuid: uuid))
                }
                observations.append(.object(observation))
            }
            if !answer.status.isApplicable {
                excluded.append(selection)
                continue
            }
            included.append(selection)
            let satisfied = answer.status.isMet
            var finding = JSONObject([
                ("uuid", .string(uuid("finding/" + control.id.rawValue))),
                ("title", .string(Self.line("\(control.id) \(control.title[L])"))),
                ("description", .string(control.question[L])),
                (
                    "props",
                    .array([
                        prop("status", answer.status.rawValue), prop("priority", control.priority.rawValue),
                        prop("section", item.section.id.rawValue),
                    ])
                ),
                (
                    "target",
                    .object(
                        JSONObject([
                            ("type", .string("objective-id")),
                            ("target-id", .string(controlID(control.id))),
                            (
                                "status",
                                .object(JSONObject([("state", .string(satisfied ? "satisfied" : "not-satisfied"))]))
                            ),
                        ]))
                ),
            ])
            if !observationUUIDs.isEmpty {
                finding["related-observations"] = .array(
                    observationUUIDs.map { .object(JSONObject([("observation-uuid", .string($0))])) })
            }
            findings.append(.object(finding))
        }

        var selection = JSONObject([
            ("description", .string(Phrase.metaChecklist(L) + ": \(checklist.id) \(checklist.version)"))
        ])
        if !included.isEmpty { selection["include-controls"] = .array(included) }
        if !excluded.isEmpty { selection["exclude-controls"] = .array(excluded) }
        if included.isEmpty && excluded.isEmpty { selection["include-all"] = .object(JSONObject()) }

        var resultProps = [
            prop("checklist-id", checklist.id.rawValue), prop("checklist-version", checklist.version),
            prop("scoring-model", checklist.scoring.model.name),
            prop("mandatory-met", report.overall.mandatoryMet ? "true" : "false"),
            prop("complete", report.overall.complete ? "true" : "false"),
            prop("unanswered", String(report.overall.unanswered)),
        ]
        if let score = report.overall.score { resultProps.append(prop("score", score.description)) }
        if let level = report.overall.level { resultProps.append(prop("level", level.id.rawValue)) }
        resultProps.append(prop("answers-hash", answersHash))
        var result = JSONObject([
            ("uuid", .string(uuid("result"))),
            ("title", .string(Self.line("\(checklist.title[L]) \(assessment.period ?? "")"))),
            (
                "description",
                .string(
                    Phrase.reportTitle(L) + ": "
                        + [assessment.organization, assessment.site ?? "", assessment.period ?? ""].filter {
                            !$0.isEmpty
                        }.joined(separator: " / "))
            ),
            ("start", .string(assessment.createdAt.description)),
            ("end", .string(assessment.updatedAt.description)),
            ("props", .array(resultProps)),
            ("reviewed-controls", .object(JSONObject([("control-selections", .array([.object(selection)]))]))),
        ])
        if let probe = assessment.probe {
            result["local-definitions"] = .object(
                JSONObject([
                    (
                        "components",
                        .array([
                            .object(
                                JSONObject([
                                    ("uuid", .string(toolUUID)), ("type", .string("software")),
                                    ("title", .string("ecsec probe " + probe.probeVersion)),
                                    ("description", .string(Self.line(probeDescription(probe)))),
                                    ("status", .object(JSONObject([("state", .string("operational"))]))),
                                ]))
                        ])
                    )
                ]))
        }
        if !observations.isEmpty { result["observations"] = .array(observations) }
        if !findings.isEmpty { result["findings"] = .array(findings) }

        let planUUID = uuid("assessment-plan")
        let metadata = oscalMetadata(parties: [], uuid: uuid)
        let document = JSONObject([
            ("uuid", .string(uuid("assessment-results"))),
            ("metadata", .object(metadata)),
            ("import-ap", .object(JSONObject([("href", .string("#" + planUUID))]))),
            ("results", .array([.object(result)])),
            (
                "back-matter",
                .object(
                    JSONObject([
                        (
                            "resources",
                            .array([oscalChecklistResource(uuid: planUUID)] + oscalEvidenceResources(uuid: uuid))
                        )
                    ]))
            ),
        ])
        return JSONWriter.write(.object(JSONObject([("assessment-results", .object(document))])))
    }

    /// Version-5 UUIDs by name within this file: the namespace is derived once from the
    /// assessment id, its period and a hash of its content, so the same file always gives the
    /// same UUIDs and two different files (even a copy that kept the id) never the same. Only
    /// the OSCAL exports pay for hashing the file.
    func oscalUUIDs() -> @Sendable (String) -> String {
        let content = Hex.encode(SHA1.hash(Array(assessment.jsonText().utf8)))
        let namespace = NameBasedUUID.make(
            namespace: assessment.id.rawValue, name: "period/\(assessment.period ?? "")/content/" + content)
        return { name in NameBasedUUID.make(namespace: namespace, name: name) }
    }

    /// An ecsec property: `{"name", "ns", "value"}`.
    static func oscalProp(_ name: String, _ value: String) -> JSONValue {
        .object(
            JSONObject([
                ("name", .string(name)), ("ns", .string(oscalNamespace)), ("value", .string(propValue(value))),
            ]))
    }

    /// The document metadata: title, times from the assessment, the organization as a party,
    /// then `parties` and `roles` given.
    func oscalMetadata(
        parties extra: [JSONValue], roles: [JSONValue] = [], uuid: (String) -> String
    ) -> JSONObject {
        let L = language
        var metadata = JSONObject([
            (
                "title",
                .string(
                    Self.line(
                        Phrase.reportTitle(L) + ": "
                            + [assessment.organization, assessment.period ?? ""].joined(separator: " ")))
            ),
            ("last-modified", .string(assessment.updatedAt.description)),
            ("version", .string(assessment.updatedAt.description)),
            ("oscal-version", .string(Self.oscalVersion)),
        ])
        if !roles.isEmpty { metadata["roles"] = .array(roles) }
        // A party's name is one line without leading or trailing space in OSCAL.
        var parties: [JSONValue] = []
        let organization = assessment.organization.singleLine
        if !organization.isEmpty {
            parties.append(
                .object(
                    ("uuid", .string(uuid("party/organization"))), ("type", .string("organization")),
                    ("name", .string(organization))))
        }
        parties += extra
        if !parties.isEmpty { metadata["parties"] = .array(parties) }
        return metadata
    }

    /// An answer's evidence as OSCAL `relevant-evidence`: the item's line, and for a file a link
    /// to its back-matter resource (``oscalEvidenceResources(uuid:)``).
    func oscalEvidence(_ answer: Answer, of control: ControlID, uuid: (String) -> String) -> [JSONValue] {
        answer.evidence.enumerated().map { index, item in
            var evidence = JSONObject([("description", .string(evidenceLine(item)))])
            if item.file != nil { evidence["href"] = .string("#" + uuid("evidence/\(control)/\(index)")) }
            return .object(evidence)
        }
    }

    /// One back-matter resource per evidence file of an in-scope control: its path as a link
    /// with the SHA-256 recorded, so a reader checks the file they were given against it.
    func oscalEvidenceResources(uuid: (String) -> String) -> [JSONValue] {
        let L = language
        return assessment.controlsInScope(of: checklist).flatMap { control -> [JSONValue] in
            (assessment.answers[control.id]?.evidence ?? []).enumerated().compactMap { index, item in
                guard let file = item.file else { return nil }
                let hash = JSONObject([("algorithm", .string("SHA-256")), ("value", .string(file.sha256))])
                let link = JSONObject([("href", .string(file.path)), ("hashes", .array([.object(hash)]))])
                return .object(
                    JSONObject([
                        ("uuid", .string(uuid("evidence/\(control.id)/\(index)"))),
                        ("title", .string(Self.line(Phrase.evidenceResource(L, control.id.rawValue)))),
                        ("description", .string(evidenceLine(item))),
                        ("rlinks", .array([.object(link)])),
                    ]))
            }
        }
    }

    /// The back-matter resource naming the checklist the assessment answers.
    func oscalChecklistResource(uuid: String) -> JSONValue {
        let L = language
        var resource = JSONObject([
            ("uuid", .string(uuid)),
            ("title", .string(Self.line("\(checklist.title[L]) \(checklist.version)"))),
            (
                "description",
                .string(
                    "ecsec checklist \(checklist.id) \(checklist.version): " + checklist.source.title[L] + " ("
                        + checklist.source.publisher[L] + ")")
            ),
        ])
        if let url = checklist.source.url {
            resource["rlinks"] = .array([.object(JSONObject([("href", .string(url))]))])
        }
        return .object(resource)
    }

    static let oscalNamespace = "urn:ecsec:oscal"

    /// OSCAL tokens start with a letter or `_` and hold letters, digits, `.`, `-`, `_`.
    static func oscalToken(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
            return "_" + text
        }
        return text
    }

    /// Property values may not start or end with whitespace.
    static func propValue(_ text: String) -> String {
        let trimmed = text.singleLine
        return trimmed.isEmpty ? "-" : trimmed
    }

    /// A title or name: OSCAL's markup-line and string types allow one line, without leading or
    /// trailing space.
    static func line(_ text: String) -> String {
        let line = text.singleLine
        return line.isEmpty ? "-" : line
    }
}

extension String {
    package var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension String {
    /// The text on one line: every run of white space (newlines included) becomes one space, and
    /// none leads or trails.
    package var singleLine: String {
        split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
