extension Assessment {
    /// The file text: sorted keys, two-space indent, LF, final newline, Japanese unescaped.
    /// Equal assessments always give identical bytes.
    public func jsonText() -> String { JSONWriter.write(jsonValue) }

    package var jsonValue: JSONValue {
        var object = JSONObject()
        object["schema"] = .string(Assessment.schema)
        object["id"] = .string(id.rawValue)
        object["checklist"] = .object(
            JSONObject([("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version))]))
        object["organization"] = .string(organization)
        if let site { object["site"] = .string(site) }
        if let assessor { object["assessor"] = .string(assessor) }
        if let period { object["period"] = .string(period) }
        object["createdAt"] = .string(createdAt.description)
        object["updatedAt"] = .string(updatedAt.description)
        object["profile"] = .object(JSONObject(profile.map { ($0.key.rawValue, .string($0.value.rawValue)) }))
        object["answers"] = .object(JSONObject(answers.map { ($0.key.rawValue, $0.value.jsonValue) }))
        return .object(object)
    }
}

extension Answer {
    package var jsonValue: JSONValue {
        var object = JSONObject()
        object["status"] = .string(status.rawValue)
        if let note { object["note"] = .string(note) }
        if let reason { object["reason"] = .string(reason) }
        if let provider { object["provider"] = .string(provider) }
        if !evidence.isEmpty { object["evidence"] = .array(evidence.map { .string($0) }) }
        object["answeredAt"] = .string(answeredAt.description)
        return .object(object)
    }
}
