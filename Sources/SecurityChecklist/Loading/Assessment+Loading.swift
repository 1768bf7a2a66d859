extension Assessment {
    /// Loads an assessment from the bytes of an `ecsec/assessment@1` JSON document.
    ///
    /// This checks the file on its own (types, required members, statuses, reasons and
    /// providers). Use ``check(against:)`` to compare it with a checklist.
    /// - Throws: ``LoadError`` listing every problem.
    public init(json: some Collection<UInt8>, source: String) throws(LoadError) {
        self = try DecodingContext.load(json, source: source) { AssessmentDecoder.decode($0, context: &$1) }
    }
}

extension Assessment {
    /// Loads the bytes as an assessment when their `schema` says they are one, parsing once;
    /// `nil` for valid JSON that is not an assessment (for tools that scan folders).
    /// - Throws: ``LoadError`` for bytes that are not JSON, or an assessment with problems.
    public static func loadIfAssessment(json: some Collection<UInt8>, source: String) throws(LoadError) -> Assessment? {
        func isAssessment(_ root: JSONNode) -> Bool {
            root.object?["schema"]?.isString(Assessment.schema) ?? false
        }
        return try DecodingContext.load(json, source: source, if: isAssessment) {
            AssessmentDecoder.decode($0, context: &$1)
        }
    }
}

enum AssessmentDecoder {
    static let required = ["schema", "id", "checklist", "organization", "createdAt", "updatedAt", "profile", "answers"]
    static let optional = [
        "site", "cart", "paymentProvider", "assessor", "period", "previous", "pendingNotes", "language", "probe",
    ]
    static let answerRequired = ["status", "answeredAt"]
    static let answerOptional = ["note", "reason", "provider", "evidence", "plan", "carriedFrom", "carriedFromControl"]
    static let planRequired = ["owner"]
    static let planOptional = ["due", "note"]
    static let statusNames = AnswerStatus.allCases.map(\.rawValue)

    static func decode(_ root: JSONNode, context: inout DecodingContext) -> Assessment? {
        guard checkSchema(root, expected: Assessment.schema, context: &context) != nil else { return nil }
        let path = JSONPath.root
        guard let object = context.object(root, at: path, required: required, optional: optional) else { return nil }

        var id = context.string(object["id"], at: path / "id").map(AssessmentID.init)
        if let given = id, !given.isWellFormed {
            context.error(
                path / "id", "\(quoted(given.rawValue)) is not a UUID such as 6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b")
            id = nil
        }
        var reference: ChecklistReference?
        if let checklistObject = context.object(
            object["checklist"], at: path / "checklist", required: ["id", "version"])
        {
            let checklistID = context.identifier(checklistObject["id"], at: path / "checklist" / "id")
            let version = context.version(checklistObject["version"], at: path / "checklist" / "version")
            if let checklistID, let version {
                reference = ChecklistReference(id: ChecklistID(checklistID), version: version)
            }
        }
        let organization = context.string(object["organization"], at: path / "organization", allowEmpty: true)
        let site = context.string(object["site"], at: path / "site", allowEmpty: true)
        let cart = context.string(object["cart"], at: path / "cart", allowEmpty: true)
        let paymentProvider = context.string(
            object["paymentProvider"], at: path / "paymentProvider", allowEmpty: true)
        let assessor = context.string(object["assessor"], at: path / "assessor", allowEmpty: true)
        let period = context.string(object["period"], at: path / "period")
        let createdAt = context.timestamp(object["createdAt"], at: path / "createdAt")
        let updatedAt = context.timestamp(object["updatedAt"], at: path / "updatedAt")

        var profile: [ProfileKey: ProfileValue] = [:]
        if let profileValue = object["profile"],
            let profileObject = context.map(profileValue, at: path / "profile")
        {
            profile.reserveCapacity(profileObject.count)
            for member in profileObject {
                let (key, value) = (member.key, member.value)
                let keyPath = { path / "profile" / key }
                guard DecodingContext.isIdentifier(key) else {
                    context.error(keyPath(), "\(quoted(key)) is not a valid profile key")
                    continue
                }
                if let string = context.identifier(value, at: keyPath()) {
                    profile[ProfileKey(key)] = ProfileValue(string)
                }
            }
        }

        var answers: [ControlID: Answer] = [:]
        if let answersValue = object["answers"],
            let answersObject = context.map(answersValue, at: path / "answers")
        {
            answers.reserveCapacity(answersObject.count)
            for member in answersObject {
                let (key, value) = (member.key, member.value)
                let answerPath = { path / "answers" / key }
                guard DecodingContext.isIdentifier(key) else {
                    context.error(answerPath(), "\(quoted(key)) is not a valid control id")
                    continue
                }
                if let answer = decodeAnswer(value, at: answerPath(), context: &context) {
                    answers[ControlID(key)] = answer
                }
            }
        }

        var previous: PreviousAssessment?
        if let value = object["previous"],
            let previousObject = context.object(
                value, at: path / "previous", required: ["id"], optional: ["period", "answersHash"])
        {
            let previousID = context.string(previousObject["id"], at: path / "previous" / "id").map(AssessmentID.init)
            if let previousID, !previousID.isWellFormed {
                context.error(path / "previous" / "id", "\(quoted(previousID.rawValue)) is not a UUID")
            }
            let previousPeriod = context.string(previousObject["period"], at: path / "previous" / "period")
            let hash = previousObject["answersHash"].flatMap {
                context.string($0, at: path / "previous" / "answersHash")
            }
            if let hash, !Assessment.isAnswersHash(hash) {
                context.error(path / "previous" / "answersHash", "\(quoted(hash)) is not sha256: and 64 hex digits")
            }
            if let previousID, previousID.isWellFormed {
                previous = PreviousAssessment(id: previousID, period: previousPeriod, answersHash: hash)
            }
        }

        var pendingNotes: [ControlID: String] = [:]
        if let notesValue = object["pendingNotes"],
            let notesObject = context.map(notesValue, at: path / "pendingNotes")
        {
            for member in notesObject {
                let notePath = { path / "pendingNotes" / member.key }
                guard DecodingContext.isIdentifier(member.key) else {
                    context.error(notePath(), "\(quoted(member.key)) is not a valid control id")
                    continue
                }
                if let note = context.string(member.value, at: notePath()) {
                    pendingNotes[ControlID(member.key)] = note
                }
            }
        }

        let probe = object["probe"].flatMap {
            ProbeResultDecoder.decode($0, at: path / "probe", schema: false, context: &context)
        }

        guard let id, let reference, let organization, let createdAt, let updatedAt else { return nil }
        var assessment = Assessment(
            id: id, checklist: reference, organization: organization, site: site, assessor: assessor, period: period,
            createdAt: createdAt, updatedAt: updatedAt, profile: profile, answers: answers, previous: previous)
        assessment.pendingNotes = pendingNotes
        assessment.cart = cart
        assessment.paymentProvider = paymentProvider
        assessment.probe = probe
        if object["language"] != nil {
            assessment.language = context.oneOf(
                object["language"], at: path / "language", valid: Language.allCases.map(\.rawValue)
            ).flatMap(Language.init(rawValue:))
        }
        return assessment
    }

    static func decodeAnswer(_ value: JSONNode, at path: @autoclosure () -> JSONPath, context: inout DecodingContext)
        -> Answer?
    {
        guard let object = context.object(value, at: path(), required: answerRequired, optional: answerOptional) else {
            return nil
        }
        var statusNames = Self.statusNames
        if object["status"]?.isString(AnswerStatus.unansweredName) == true {
            context.error(path() / "status", "\"unanswered\" is not stored; remove the answer instead")
            statusNames = []
        }
        let status =
            statusNames.isEmpty
            ? nil
            : context.oneOf(object["status"], at: path() / "status", valid: statusNames).flatMap(
                AnswerStatus.init(rawValue:))
        let note = context.string(object["note"], at: path() / "note", allowEmpty: true)
        let reason = context.string(object["reason"], at: path() / "reason", allowEmpty: true)
        let provider = context.string(object["provider"], at: path() / "provider", allowEmpty: true)
        var evidence: [Evidence] = []
        for (index, item) in (context.array(object["evidence"], at: path() / "evidence") ?? []).enumerated() {
            if let found = decodeEvidence(item, at: path() / "evidence" / index, context: &context) {
                evidence.append(found)
            }
        }
        let answeredAt = context.timestamp(object["answeredAt"], at: path() / "answeredAt")
        let plan = object["plan"].flatMap { decodePlan($0, at: path() / "plan", context: &context) }
        let carriedFrom = context.string(object["carriedFrom"], at: path() / "carriedFrom")
        let carriedFromControl = context.identifier(object["carriedFromControl"], at: path() / "carriedFromControl")
        guard let status, let answeredAt else { return nil }
        var answer = Answer(
            status: status, note: note, reason: reason, provider: provider, evidence: evidence, answeredAt: answeredAt,
            plan: plan, carriedFrom: carriedFrom)
        answer.carriedFromControl = carriedFromControl.map(ControlID.init)
        for problem in answer.problems() {
            context.error(path() / problem.member, problem.text(.en))
        }
        return answer
    }

    /// An evidence item: a string (a text from an earlier release) or `{"text"?, "file"?,
    /// "recordedAt"}` with a text or a file.
    static func decodeEvidence(_ value: JSONNode, at path: @autoclosure () -> JSONPath, context: inout DecodingContext)
        -> Evidence?
    {
        if value.string != nil {
            return context.string(value, at: path()).map { Evidence(text: $0, recordedAt: nil) }
        }
        guard
            let object = context.object(
                value, at: path(), required: ["recordedAt"], optional: ["text", "file"])
        else { return nil }
        let text = object["text"].flatMap { context.string($0, at: path() / "text") }
        let recordedAt = context.timestamp(object["recordedAt"], at: path() / "recordedAt")
        var file: EvidenceFile?
        if let fileValue = object["file"],
            let fileObject = context.object(fileValue, at: path() / "file", required: ["path", "size", "sha256"])
        {
            let filePath = context.string(fileObject["path"], at: path() / "file" / "path")
            let size = context.count(fileObject["size"], at: path() / "file" / "size")
            let digest = context.string(fileObject["sha256"], at: path() / "file" / "sha256")
            if let digest, !EvidenceFile.isHexDigest(digest) {
                context.error(path() / "file" / "sha256", "\(quoted(digest)) is not 64 lowercase hex digits")
            }
            if let filePath, let size, let digest, EvidenceFile.isHexDigest(digest) {
                file = EvidenceFile(path: filePath, size: size, sha256: digest)
            }
        }
        if object["text"] == nil, object["file"] == nil {
            context.error(path(), "an evidence item needs a text or a file")
        }
        guard let recordedAt, text != nil || file != nil else { return nil }
        return Evidence(text: text, file: file, recordedAt: recordedAt)
    }

    static func decodePlan(_ value: JSONNode, at path: @autoclosure () -> JSONPath, context: inout DecodingContext)
        -> Plan?
    {
        guard let object = context.object(value, at: path(), required: planRequired, optional: planOptional) else {
            return nil
        }
        let owner = context.string(object["owner"], at: path() / "owner")
        // No `due` is a plan without a date yet; a `due` that is not a date is an error.
        let due: Timestamp?? = object["due"].map { context.date($0, at: path() / "due") }
        let note = context.string(object["note"], at: path() / "note", allowEmpty: true)
        guard let owner, let due = due ?? .some(nil) else { return nil }
        return Plan(owner: owner, due: due, note: note)
    }
}
