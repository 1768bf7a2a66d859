extension Checklist {
    /// Loads a checklist from the bytes of an `ecsec/checklist@1` JSON document.
    ///
    /// Loading is strict: unknown members, duplicate IDs, unknown priorities or statuses, a
    /// missing language, weights ≤ 0, `appliesWhen` naming an unknown profile key or value, and
    /// undeclared tags are all errors, reported together.
    /// - Parameters:
    ///   - json: The file's bytes (UTF-8).
    ///   - source: How to name the document in errors: its path, or e.g. `<data>`.
    /// - Throws: ``LoadError`` listing every problem.
    /// - Complexity: O(n) in the size of the document plus O(c log c) in the number of controls.
    public init(json: some Collection<UInt8>, source: String) throws(LoadError) {
        self = try DecodingContext.load(json, source: source) { ChecklistDecoder.decode($0, context: &$1) }
    }
}

/// Checks the `schema` member before anything else, so a file of the wrong kind gets one clear
/// error rather than a page of unknown members.
package func checkSchema(_ root: JSONNode, expected: String, context: inout DecodingContext) -> JSONMembers? {
    guard let object = root.object else {
        context.error(.root, "expected a JSON object at the top level, found \(root.typeName)")
        return nil
    }
    guard let schemaValue = object["schema"] else {
        context.error(JSONPath.root / "schema", "missing required member; expected \(quoted(expected))")
        return nil
    }
    guard let schema = schemaValue.string, schema == expected else {
        let found = schemaValue.string.map(quoted) ?? schemaValue.typeName
        var message = "unsupported schema \(found); expected \(quoted(expected))"
        if let s = schemaValue.string, s == Checklist.schema || s == Assessment.schema {
            message += s == Checklist.schema ? " (this is a checklist file)" : " (this is an assessment file)"
        }
        context.error(JSONPath.root / "schema", message)
        return nil
    }
    return object
}

enum ChecklistDecoder {
    static let topLevelRequired = ["schema", "id", "version", "title", "source", "scoring", "sections"]
    static let topLevelOptional = ["description", "tags", "profile", "retired", "glossary"]
    static let controlRequired = ["id", "priority", "tags", "title", "question", "why", "how", "verify", "references"]
    static let controlOptional = [
        "weight", "appliesWhen", "reviewEveryDays", "milestone", "replaces", "addedIn", "carry", "observedBy",
    ]

    static func decode(_ root: JSONNode, context: inout DecodingContext) -> Checklist? {
        guard checkSchema(root, expected: Checklist.schema, context: &context) != nil else { return nil }
        let path = JSONPath.root
        guard let object = context.object(root, at: path, required: topLevelRequired, optional: topLevelOptional) else {
            return nil
        }

        let id = context.identifier(object["id"], at: path / "id")
        if let id, id.contains(where: \.isUppercase) {
            context.error(path / "id", "checklist ids are lower case, e.g. \"my-shop-checklist\"")
        }
        let version = context.version(object["version"], at: path / "version")
        let title = context.localized(object["title"], at: path / "title")
        let description = context.localized(object["description"], at: path / "description")
        let source = decodeSource(object["source"], at: path / "source", context: &context)
        let scoring = decodeScoring(object["scoring"], at: path / "scoring", context: &context)
        let tags = decodeTags(object["tags"], at: path / "tags", context: &context)
        let profile = decodeProfile(object["profile"], at: path / "profile", context: &context)
        let retired = decodeRetired(object["retired"], at: path / "retired", context: &context)
        let glossary = decodeGlossary(object["glossary"], at: path / "glossary", context: &context)

        var sections: [Section] = []
        var sectionPaths: [(SectionID, JSONPath)] = []
        var controlPaths: [(ControlID, JSONPath)] = []
        let sectionItems = context.array(object["sections"], at: path / "sections", allowEmpty: false) ?? []
        for (index, item) in sectionItems.enumerated() {
            let sectionPath = path / "sections" / index
            guard
                let sectionObject = context.object(
                    item, at: sectionPath, required: ["id", "title", "controls"], optional: ["description"])
            else { continue }
            let sectionID = context.identifier(sectionObject["id"], at: sectionPath / "id").map(SectionID.init)
            let sectionTitle = context.localized(sectionObject["title"], at: sectionPath / "title")
            let sectionDescription = context.localized(sectionObject["description"], at: sectionPath / "description")
            var controls: [Control] = []
            let controlItems =
                context.array(sectionObject["controls"], at: sectionPath / "controls", allowEmpty: false) ?? []
            for (controlIndex, controlItem) in controlItems.enumerated() {
                let controlPath = sectionPath / "controls" / controlIndex
                if let control = decodeControl(controlItem, at: controlPath, scoring: scoring, context: &context) {
                    controls.append(control)
                    controlPaths.append((control.id, controlPath / "id"))
                }
            }
            if let sectionID { sectionPaths.append((sectionID, sectionPath / "id")) }
            if let sectionID, let sectionTitle {
                sections.append(
                    Section(id: sectionID, title: sectionTitle, description: sectionDescription, controls: controls))
            }
        }
        context.rejectDuplicates(sectionPaths, what: "section id")
        context.rejectDuplicates(controlPaths, what: "control id")

        crossCheck(
            controlPaths: controlPaths, sections: sections, tags: tags, profile: profile, retired: retired,
            version: version, context: &context)

        guard let id, let version, let title, let source, let scoring else { return nil }
        return Checklist(
            id: ChecklistID(id), version: version, title: title, description: description, source: source,
            scoring: scoring, tags: tags ?? [], profile: profile, retired: retired, glossary: glossary,
            sections: sections)
    }

    static func decodeSource(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> Checklist
        .Source?
    {
        guard
            let object = context.object(
                value, at: path, required: ["publisher", "title"], optional: ["published", "url"])
        else { return nil }
        let publisher = context.localized(object["publisher"], at: path / "publisher")
        let title = context.localized(object["title"], at: path / "title")
        var published = context.string(object["published"], at: path / "published")
        if let date = published, Timestamp(date: date) == nil {
            context.error(path / "published", "\(quoted(date)) is not a date such as 2023-03-16")
            published = nil
        }
        let url = context.string(object["url"], at: path / "url")
        guard let publisher, let title else { return nil }
        return Checklist.Source(publisher: publisher, title: title, published: published, url: url)
    }

    static func decodeScoring(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> ScoringRules? {
        guard
            let object = context.object(
                value, at: path, required: ["model", "levels"], optional: ["weights", "points"])
        else { return nil }
        let modelName = context.oneOf(object["model"], at: path / "model", valid: ["weighted", "points"])
        var model: ScoringModel?
        switch modelName {
        case "weighted":
            if object["points"] != nil { context.error(path / "points", "only the points model has a points table") }
            if object["weights"] == nil {
                context.error(
                    path / "weights",
                    "missing required member for the weighted model; give a weight for each of: \(Priority.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            let names = Priority.allCases.map(\.rawValue)
            if let weightsObject = context.object(object["weights"], at: path / "weights", required: names) {
                var weights: [Priority: Decimal3] = [:]
                for priority in Priority.allCases {
                    let weightPath = path / "weights" / priority.rawValue
                    if let weight = context.decimal(weightsObject[priority.rawValue], at: weightPath) {
                        if weight > .zero {
                            weights[priority] = weight
                        } else {
                            context.error(weightPath, "weights must be greater than 0, found \(weight)")
                        }
                    }
                }
                if weights.count == Priority.allCases.count { model = .weighted(weights: weights) }
            }
        case "points":
            if object["weights"] != nil { context.error(path / "weights", "only the weighted model has weights") }
            // Only the full-credit status is required (it sets the maximum); a status the
            // table does not list earns 0 points, so adding a status never breaks a table.
            let fullCredit = StatusOrUnanswered.answered(.fullCredit).description
            if object["points"] == nil {
                context.error(
                    path / "points",
                    "missing required member for the points model; give points for \(fullCredit) and any of: \(StatusOrUnanswered.allCases.map(\.description).filter { $0 != fullCredit }.joined(separator: ", ")) (a status not given earns 0)"
                )
            }
            let names = StatusOrUnanswered.allCases.map(\.description)
            if let pointsObject = context.object(
                object["points"], at: path / "points", required: [fullCredit],
                optional: names.filter { $0 != fullCredit })
            {
                var table: [StatusOrUnanswered: Decimal3] = [:]
                var complete = true
                for status in StatusOrUnanswered.allCases {
                    guard let value = pointsObject[status.description] else {
                        table[status] = Decimal3(thousandths: 0)
                        continue
                    }
                    if let points = context.decimal(value, at: path / "points" / status.description) {
                        table[status] = points
                    } else {
                        complete = false
                    }
                }
                if complete, pointsObject[fullCredit] != nil { model = .points(table: table) }
            }
        default: break
        }

        var levels: [ScoringRules.Level] = []
        var levelPaths: [(LevelID, JSONPath)] = []
        let levelItems = context.array(object["levels"], at: path / "levels", allowEmpty: false) ?? []
        for (index, item) in levelItems.enumerated() {
            let levelPath = path / "levels" / index
            guard
                let levelObject = context.object(
                    item, at: levelPath, required: ["id", "label"],
                    optional: ["minScore", "requiresAllMandatory", "description"])
            else { continue }
            let id = context.identifier(levelObject["id"], at: levelPath / "id").map(LevelID.init)
            let minScore = context.decimal(levelObject["minScore"], at: levelPath / "minScore")
            let requires =
                context.bool(levelObject["requiresAllMandatory"], at: levelPath / "requiresAllMandatory") ?? false
            let label = context.localized(levelObject["label"], at: levelPath / "label")
            let description = context.localized(levelObject["description"], at: levelPath / "description")
            if let id { levelPaths.append((id, levelPath / "id")) }
            if let previous = levels.last, let minScore {
                if let previousMin = previous.minScore, minScore > previousMin {
                    context.error(
                        levelPath / "minScore",
                        "levels go from best to worst: \(minScore) is above the previous level's \(previousMin)")
                } else if previous.minScore == nil {
                    context.error(levelPath, "a level without minScore catches every score, so it must come last")
                }
            }
            if let id, let label {
                levels.append(
                    ScoringRules.Level(
                        id: id, minScore: minScore, requiresAllMandatory: requires, label: label,
                        description: description))
            }
        }
        context.rejectDuplicates(levelPaths, what: "level id")
        guard let model else { return nil }
        return ScoringRules(model: model, levels: levels)
    }

    static func decodeTags(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> [Checklist.Tag]? {
        guard let items = context.array(value, at: path) else { return nil }
        var tags: [Checklist.Tag] = []
        var paths: [(TagID, JSONPath)] = []
        for (index, item) in items.enumerated() {
            let tagPath = path / index
            guard let object = context.object(item, at: tagPath, required: ["id", "title"]) else { continue }
            let id = context.identifier(object["id"], at: tagPath / "id").map(TagID.init)
            let title = context.localized(object["title"], at: tagPath / "title")
            if let id { paths.append((id, tagPath / "id")) }
            if let id, let title { tags.append(Checklist.Tag(id: id, title: title)) }
        }
        context.rejectDuplicates(paths, what: "tag id")
        return tags
    }

    static func decodeProfile(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext)
        -> [ProfileQuestion]
    {
        guard let items = context.array(value, at: path) else { return [] }
        var questions: [ProfileQuestion] = []
        var keyPaths: [(ProfileKey, JSONPath)] = []
        for (index, item) in items.enumerated() {
            let questionPath = path / index
            guard
                let object = context.object(
                    item, at: questionPath, required: ["key", "question", "options"], optional: ["help", "askWhen"])
            else { continue }
            let key = context.identifier(object["key"], at: questionPath / "key").map(ProfileKey.init)
            let question = context.localized(object["question"], at: questionPath / "question")
            let help = context.localized(object["help"], at: questionPath / "help")
            var options: [ProfileQuestion.Option] = []
            var valuePaths: [(ProfileValue, JSONPath)] = []
            let optionItems = context.array(object["options"], at: questionPath / "options", allowEmpty: false) ?? []
            if optionItems.count == 1 {
                context.error(questionPath / "options", "a question needs at least two options")
            }
            for (optionIndex, optionItem) in optionItems.enumerated() {
                let optionPath = questionPath / "options" / optionIndex
                guard let optionObject = context.object(optionItem, at: optionPath, required: ["value", "label"]) else {
                    continue
                }
                let value = context.identifier(optionObject["value"], at: optionPath / "value").map(ProfileValue.init)
                let label = context.localized(optionObject["label"], at: optionPath / "label")
                if let value { valuePaths.append((value, optionPath / "value")) }
                if let value, let label { options.append(ProfileQuestion.Option(value: value, label: label)) }
            }
            context.rejectDuplicates(valuePaths, what: "option value")
            if let key { keyPaths.append((key, questionPath / "key")) }
            let askWhen = decodeConditions(object["askWhen"], at: questionPath / "askWhen", context: &context)
            if let key, let question {
                questions.append(
                    ProfileQuestion(key: key, question: question, help: help, options: options, askWhen: askWhen))
            }
        }
        context.rejectDuplicates(keyPaths, what: "profile key")
        return questions
    }

    /// `appliesWhen` or `askWhen`: `{"key": ["value", ...], ...}`, at least one key.
    static func decodeConditions(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext)
        -> [ProfileCondition]
    {
        guard let value, let map = context.map(value, at: path) else { return [] }
        if map.isEmpty {
            context.error(path, "must name at least one profile key; leave it out for no condition")
        }
        var conditions: [ProfileCondition] = []
        for (key, item) in map {
            var values: [ProfileValue] = []
            for (index, valueItem) in (context.array(item, at: path / key, allowEmpty: false) ?? []).enumerated() {
                if let string = context.string(valueItem, at: path / key / index) {
                    values.append(ProfileValue(string))
                }
            }
            conditions.append(ProfileCondition(key: ProfileKey(key), values: values))
        }
        return conditions
    }

    static func decodeReference(_ object: JSONMembers, at path: JSONPath, context: inout DecodingContext)
        -> Reference?
    {
        let source = context.string(object["source"], at: path / "source")
        let item = context.string(object["item"], at: path / "item", allowEmpty: true)
        let official = context.bool(object["official"], at: path / "official")
        let note = context.localized(object["note"], at: path / "note")
        let citation = decodeCitationDetails(object, at: path, context: &context)
        let provenance = { (member: String, context: inout DecodingContext) -> Provenance? in
            context.oneOf(object[member], at: path / member, valid: Provenance.allCases.map(\.rawValue))
                .flatMap(Provenance.init(rawValue:))
        }
        let requirementFrom = object["requirementFrom"] == nil ? nil : provenance("requirementFrom", &context)
        let priorityFrom = object["priorityFrom"] == nil ? nil : provenance("priorityFrom", &context)
        var secondary: [Citation] = []
        for (index, item) in (context.array(object["secondary"], at: path / "secondary", allowEmpty: false) ?? [])
            .enumerated()
        {
            let itemPath = path / "secondary" / index
            guard
                let citationObject = context.object(
                    item, at: itemPath, required: ["source"], optional: ["publisher", "published", "url"]),
                let title = context.string(citationObject["source"], at: itemPath / "source")
            else { continue }
            let details = decodeCitationDetails(citationObject, at: itemPath, context: &context)
            secondary.append(
                Citation(source: title, publisher: details.publisher, published: details.published, url: details.url))
        }
        // The flag and the two fields must tell one story.
        if let requirementFrom, let priorityFrom, let official,
            official != (requirementFrom == .official && priorityFrom == .official)
        {
            context.error(
                path / "official",
                "official must be \(!official) when requirementFrom is \(requirementFrom.rawValue) and priorityFrom is \(priorityFrom.rawValue): it means both come from the official document"
            )
        }
        // Without `secondary`, the cited document is itself the secondary source (an article).
        let usesSecondary = requirementFrom == .secondary || priorityFrom == .secondary
        if !usesSecondary, object["secondary"] != nil {
            context.error(
                path / "secondary",
                "secondary sources are listed only when requirementFrom or priorityFrom is secondary")
        }
        guard let source, let item, let official else { return nil }
        return Reference(
            source: source, publisher: citation.publisher, published: citation.published, url: citation.url, item: item,
            official: official, requirementFrom: requirementFrom, priorityFrom: priorityFrom, secondary: secondary,
            note: note)
    }

    /// `publisher`, `published` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and `url` (http or https).
    static func decodeCitationDetails(_ object: JSONMembers, at path: JSONPath, context: inout DecodingContext) -> (
        publisher: String?, published: String?, url: String?
    ) {
        let publisher = context.string(object["publisher"], at: path / "publisher")
        var published = context.string(object["published"], at: path / "published")
        if let date = published {
            let parts = date.split(separator: "-", omittingEmptySubsequences: false)
            let valid =
                (1...3).contains(parts.count) && parts[0].count == 4
                && parts.dropFirst().allSatisfy { $0.count == 2 } && parts.allSatisfy { $0.allSatisfy(\.isASCII) }
                && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
            if !valid {
                context.error(path / "published", "expected YYYY, YYYY-MM or YYYY-MM-DD, found \(quoted(date))")
                published = nil
            }
        }
        var url = context.string(object["url"], at: path / "url")
        if let link = url,
            !(link.hasPrefix("https://") || link.hasPrefix("http://")) || link.utf8.contains(UInt8(ascii: " "))
        {
            context.error(path / "url", "expected an http or https address, found \(quoted(link))")
            url = nil
        }
        return (publisher, published, url)
    }

    /// `glossary`: `[{"term": text, "gloss": text}]`, each term once per language.
    static func decodeGlossary(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext)
        -> [GlossaryEntry]
    {
        guard let items = context.array(value, at: path, allowEmpty: false) else { return [] }
        var entries: [GlossaryEntry] = []
        var jaPaths: [(String, JSONPath)] = []
        var enPaths: [(String, JSONPath)] = []
        for (index, item) in items.enumerated() {
            let itemPath = path / index
            guard let object = context.object(item, at: itemPath, required: ["term", "gloss"]),
                let term = context.localized(object["term"], at: itemPath / "term"),
                let gloss = context.localized(object["gloss"], at: itemPath / "gloss")
            else { continue }
            jaPaths.append((term.ja, itemPath / "term" / "ja"))
            enPaths.append((term.en, itemPath / "term" / "en"))
            entries.append(GlossaryEntry(term: term, gloss: gloss))
        }
        context.rejectDuplicates(jaPaths, what: "glossary term")
        context.rejectDuplicates(enPaths, what: "glossary term")
        return entries
    }

    static func decodeRetired(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> [Checklist
        .RetiredControl]
    {
        guard let items = context.array(value, at: path) else { return [] }
        var retired: [Checklist.RetiredControl] = []
        var paths: [(ControlID, JSONPath)] = []
        for (index, item) in items.enumerated() {
            let itemPath = path / index
            guard let object = context.object(item, at: itemPath, required: ["id", "version"]) else { continue }
            let id = context.identifier(object["id"], at: itemPath / "id").map(ControlID.init)
            let version = context.version(object["version"], at: itemPath / "version")
            if let id { paths.append((id, itemPath / "id")) }
            if let id, let version { retired.append(Checklist.RetiredControl(id: id, version: version)) }
        }
        context.rejectDuplicates(paths, what: "retired control id")
        return retired
    }

    static func decodeControl(
        _ value: JSONNode, at path: JSONPath, scoring: ScoringRules?, context: inout DecodingContext
    ) -> Control? {
        guard let object = context.object(value, at: path, required: controlRequired, optional: controlOptional) else {
            return nil
        }
        let id = context.identifier(object["id"], at: path / "id").map(ControlID.init)
        let priority = context.oneOf(
            object["priority"], at: path / "priority", valid: Priority.allCases.map(\.rawValue)
        ).flatMap(Priority.init(rawValue:))
        var weight = context.decimal(object["weight"], at: path / "weight")
        if let given = weight, given <= .zero {
            context.error(path / "weight", "weights must be greater than 0, found \(given)")
            weight = nil
        }
        var tags: [TagID] = []
        var tagPaths: [(TagID, JSONPath)] = []
        for (index, item) in (context.array(object["tags"], at: path / "tags") ?? []).enumerated() {
            if let tag = context.identifier(item, at: path / "tags" / index).map(TagID.init) {
                tags.append(tag)
                tagPaths.append((tag, path / "tags" / index))
            }
        }
        context.rejectDuplicates(tagPaths, what: "tag")
        let title = context.localized(object["title"], at: path / "title")
        let question = context.localized(object["question"], at: path / "question")
        let why = context.localized(object["why"], at: path / "why")
        let how = context.localized(object["how"], at: path / "how")
        let verify = context.localized(object["verify"], at: path / "verify")

        let conditions = decodeConditions(object["appliesWhen"], at: path / "appliesWhen", context: &context)
        let reviewEveryDays = context.positiveInteger(
            object["reviewEveryDays"], at: path / "reviewEveryDays", maximum: Control.maximumReviewDays)
        let milestone = context.positiveInteger(
            object["milestone"], at: path / "milestone", maximum: Control.milestones.upperBound)

        var references: [Reference] = []
        for (index, item) in (context.array(object["references"], at: path / "references") ?? []).enumerated() {
            let referencePath = path / "references" / index
            guard
                let referenceObject = context.object(
                    item, at: referencePath, required: ["source", "item", "official"],
                    optional: ["note", "publisher", "published", "url", "requirementFrom", "priorityFrom", "secondary"])
            else { continue }
            if let reference = decodeReference(referenceObject, at: referencePath, context: &context) {
                references.append(reference)
            }
        }
        var replaces: [ControlID] = []
        for (index, item) in (context.array(object["replaces"], at: path / "replaces", allowEmpty: false) ?? [])
            .enumerated()
        {
            if let replaced = context.identifier(item, at: path / "replaces" / index) {
                replaces.append(ControlID(replaced))
            }
        }
        let addedIn = context.version(object["addedIn"], at: path / "addedIn")
        var carry = CarryRule.first
        if object["carry"] != nil {
            let given = context.oneOf(object["carry"], at: path / "carry", valid: CarryRule.allCases.map(\.rawValue))
            carry = given.flatMap(CarryRule.init(rawValue:)) ?? .first
            if given != nil, replaces.count < 2 {
                context.error(
                    path / "carry", "carry chooses among several replaced controls; replaces names \(replaces.count)")
            }
        }
        var observedBy: [ProbeCheck] = []
        for (index, item) in (context.array(object["observedBy"], at: path / "observedBy", allowEmpty: false) ?? [])
            .enumerated()
        {
            let valid = ProbeCheck.allCases.map(\.rawValue)
            if let check = context.oneOf(item, at: path / "observedBy" / index, valid: valid).flatMap(
                ProbeCheck.init(rawValue:))
            {
                if observedBy.contains(check) {
                    context.error(path / "observedBy" / index, "duplicate probe check \(quoted(check.rawValue))")
                }
                observedBy.append(check)
            }
        }

        guard let id, let priority, let title, let question, let why, let how, let verify else { return nil }
        return Control(
            id: id, priority: priority, weight: weight, tags: tags, title: title, question: question, why: why,
            how: how, verify: verify, appliesWhen: conditions, reviewEveryDays: reviewEveryDays,
            milestone: milestone, references: references, replaces: replaces, addedIn: addedIn, carry: carry,
            observedBy: observedBy)
    }

    /// Rules that need the whole document: references between tags, profile, controls and versions.
    static func crossCheck(
        controlPaths: [(ControlID, JSONPath)], sections: [Section], tags: [Checklist.Tag]?, profile: [ProfileQuestion],
        retired: [Checklist.RetiredControl], version: String?, context: inout DecodingContext
    ) {
        let pathOf = Dictionary(controlPaths.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let liveIDs = Set(controlPaths.map(\.0))
        let declaredTags = tags.map { Set($0.map(\.id)) }
        let tagList = tags?.map(\.id.rawValue).joined(separator: ", ") ?? ""
        let current = version.flatMap(VersionNumber.init)

        for retiredControl in retired {
            if let path = pathOf[retiredControl.id] {
                context.error(
                    path,
                    "control id \(quoted(retiredControl.id.rawValue)) was retired in version \(retiredControl.version) and must not be reused; choose a new id"
                )
            }
            if let current, let retiredIn = VersionNumber(retiredControl.version), retiredIn > current {
                context.error(
                    JSONPath.root / "retired",
                    "control \(retiredControl.id) is retired in version \(retiredControl.version), later than this checklist's version"
                )
            }
        }
        // askWhen names earlier questions and their options, so the questions are asked in order.
        for (index, question) in profile.enumerated() {
            let base = JSONPath.root / "profile" / index / "askWhen"
            for condition in question.askWhen {
                guard let earlier = profile[..<index].first(where: { $0.key == condition.key }) else {
                    context.error(
                        base / condition.key.rawValue,
                        "askWhen may name only an earlier profile question; \(quoted(condition.key.rawValue)) is not one"
                    )
                    continue
                }
                let valid = earlier.options.map(\.value)
                for (valueIndex, value) in condition.values.enumerated() where !valid.contains(value) {
                    context.error(
                        base / condition.key.rawValue / valueIndex,
                        "unknown value \(quoted(value.rawValue)) for profile key \(condition.key); valid values: \(valid.map(\.rawValue).joined(separator: ", "))"
                    )
                }
            }
        }
        // Deciders that are not earlier questions were reported above.
        let askWhen = Dictionary(
            profile.enumerated().map { index, question in
                (
                    question.key,
                    question.askWhen.filter { condition in profile[..<index].contains { $0.key == condition.key } }
                )
            }, uniquingKeysWith: { first, _ in first })
        for section in sections {
            for control in section.controls {
                guard let base = pathOf[control.id]?.parent else { continue }
                // A control that depends on a question asked only sometimes must also depend on
                // what decides it, so that a question never asked can never keep it in scope.
                for condition in control.appliesWhen {
                    for decider in askWhen[condition.key] ?? [] {
                        let own = control.appliesWhen.first { $0.key == decider.key }
                        if own == nil || !(own!.values.allSatisfy(decider.values.contains)) {
                            context.error(
                                base / "appliesWhen" / condition.key.rawValue,
                                "\(condition.key) is asked only when \(decider.key) is \(decider.values.map(\.rawValue).joined(separator: " or ")); add \"\(decider.key)\" with those values (or fewer) to appliesWhen"
                            )
                        }
                    }
                }
                if let declaredTags {
                    for (index, tag) in control.tags.enumerated() where !declaredTags.contains(tag) {
                        context.error(
                            base / "tags" / index, "undeclared tag \(quoted(tag.rawValue)); declared tags: \(tagList)")
                    }
                }
                for condition in control.appliesWhen {
                    let conditionPath = base / "appliesWhen" / condition.key.rawValue
                    guard let question = profile.first(where: { $0.key == condition.key }) else {
                        let keys = profile.map(\.key.rawValue)
                        context.error(
                            conditionPath,
                            "unknown profile key \(quoted(condition.key.rawValue)); valid keys: \(keys.isEmpty ? "(the checklist has no profile)" : keys.joined(separator: ", "))"
                        )
                        continue
                    }
                    let valid = question.options.map(\.value)
                    for (index, value) in condition.values.enumerated() where !valid.contains(value) {
                        context.error(
                            conditionPath / index,
                            "unknown value \(quoted(value.rawValue)) for profile key \(condition.key); valid values: \(valid.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                }
                for (index, replaced) in control.replaces.enumerated() {
                    if replaced == control.id {
                        context.error(base / "replaces" / index, "a control cannot replace itself")
                    } else if liveIDs.contains(replaced) {
                        context.error(
                            base / "replaces" / index,
                            "\(replaced) is still a control of this checklist; only a retired id can be replaced")
                    }
                }
                if let addedIn = control.addedIn.flatMap(VersionNumber.init), let current, addedIn > current {
                    context.error(
                        base / "addedIn",
                        "version \(control.addedIn ?? "") is later than this checklist's version \(version ?? "")")
                }
            }
        }
    }
}
