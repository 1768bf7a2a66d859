extension Assessment {
    /// The file text: sorted keys, two-space indent, LF, final newline, Japanese unescaped.
    /// Equal assessments always give identical bytes.
    public func jsonText() -> String { JSONWriter.write(jsonValue) }

    /// The file's bytes, checked the way a read checks them: they load back as this assessment
    /// and fit in ``DocumentFile/maximumSize``. Save these, so no program writes a file that
    /// ecsec would then refuse to read.
    /// - Parameter path: How errors name the file.
    /// - Throws: ``LoadError`` naming what a read would refuse; nothing should be written then.
    public func validatedJSON(for path: String) throws(LoadError) -> [UInt8] {
        let bytes = Array(jsonText().utf8)
        guard bytes.count <= DocumentFile.maximumSize else {
            throw LoadError(source: path, reason: .unreadable(.tooLarge(bytes: Int64(bytes.count))))
        }
        _ = try Assessment(json: bytes, source: path)
        return bytes
    }

    package var jsonValue: JSONValue {
        var object = JSONObject()
        object["schema"] = .string(Assessment.schema)
        object["id"] = .string(id.rawValue)
        object["checklist"] = .object(
            JSONObject([("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version))]))
        object["organization"] = .string(organization)
        if let site { object["site"] = .string(site) }
        if let cart { object["cart"] = .string(cart) }
        if let paymentProvider { object["paymentProvider"] = .string(paymentProvider) }
        if let assessor { object["assessor"] = .string(assessor) }
        if let period { object["period"] = .string(period) }
        object["createdAt"] = .string(createdAt.description)
        object["updatedAt"] = .string(updatedAt.description)
        object["profile"] = .object(JSONObject(profile.map { ($0.key.rawValue, .string($0.value.rawValue)) }))
        object["answers"] = .object(JSONObject(answers.map { ($0.key.rawValue, $0.value.jsonValue) }))
        if let language { object["language"] = .string(language.rawValue) }
        if let probe { object["probe"] = .object(probe.jsonObject) }
        if !pendingNotes.isEmpty {
            object["pendingNotes"] = .object(JSONObject(pendingNotes.map { ($0.key.rawValue, .string($0.value)) }))
        }
        if let previous {
            var reference = JSONObject([("id", .string(previous.id.rawValue))])
            if let period = previous.period { reference["period"] = .string(period) }
            if let hash = previous.answersHash { reference["answersHash"] = .string(hash) }
            object["previous"] = .object(reference)
        }
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
        if !evidence.isEmpty { object["evidence"] = .array(evidence.map(\.jsonValue)) }
        object["answeredAt"] = .string(answeredAt.description)
        if let plan { object["plan"] = plan.jsonValue }
        if let carriedFrom { object["carriedFrom"] = .string(carriedFrom) }
        if let carriedFromControl { object["carriedFromControl"] = .string(carriedFromControl.rawValue) }
        return .object(object)
    }
}

extension Evidence {
    /// A text without a date (from an earlier release) stays a string; every other item is an
    /// object.
    package var jsonValue: JSONValue {
        guard let recordedAt else { return .string(text ?? "") }
        var object = JSONObject()
        if let text { object["text"] = .string(text) }
        if let file {
            object["file"] = .object(
                JSONObject([
                    ("path", .string(file.path)), ("size", .int(file.size)), ("sha256", .string(file.sha256)),
                ]))
        }
        object["recordedAt"] = .string(recordedAt.description)
        return .object(object)
    }
}

extension Plan {
    package var jsonValue: JSONValue {
        var object = JSONObject()
        object["owner"] = .string(owner)
        if let due { object["due"] = .string(due.dateText) }
        if let note { object["note"] = .string(note) }
        return .object(object)
    }
}
