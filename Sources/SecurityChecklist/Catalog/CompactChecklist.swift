/// The form in which the shipped checklists travel inside the binary: the model the strict
/// loader produced at build time (the `EmbedChecklists` plugin runs `Checklist(json:source:)` on
/// every `Checklists/*.json` and fails the build on any problem), written as fields in model
/// order. Reading it back builds the same values without parsing JSON or checking rules again;
/// the format's rules stay in the loader alone, and a test holds the two equal for every
/// shipped file.
///
/// The texts are a table of string literals compiled into the binary (so reading one is
/// neither a UTF-8 check nor a copy); the layout refers to them. In the layout a number is
/// written `DIGITS:` (a text is the number of its table entry), `-` stands for a missing
/// optional and `+` before a present one, `0`/`1` for a flag; a list is its count, then its
/// items. The layout is private to one build: it is never stored or read across versions.
enum CompactChecklist {
    /// The checklist written compactly: the layout (ASCII) and the texts it refers to.
    static func encode(_ checklist: Checklist) -> (layout: String, strings: [String]) {
        var writer = Writer()
        writer.checklist(checklist)
        return (String(decoding: writer.bytes, as: UTF8.self), writer.strings)
    }

    /// The checklist `layout` describes with `strings`, or `nil` if they are not what
    /// ``encode(_:)`` wrote.
    static func decode(_ layout: String, strings: [String]) -> Checklist? {
        var layout = layout
        return layout.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, strings: strings)
            return reader.checklist()
        }
    }
}

private struct Writer {
    var bytes: [UInt8] = []
    var strings: [String] = []
    var entries: [String: Int] = [:]

    /// A text, as its entry in the table (each distinct text once).
    mutating func string(_ text: String) {
        let entry =
            entries[text]
            ?? {
                strings.append(text)
                entries[text] = strings.count - 1
                return strings.count - 1
            }()
        int(entry)
    }

    mutating func optional(_ text: String?) {
        guard let text else { return bytes.append(UInt8(ascii: "-")) }
        bytes.append(UInt8(ascii: "+"))
        string(text)
    }

    mutating func flag(_ value: Bool) { bytes.append(UInt8(ascii: value ? "1" : "0")) }
    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func optionalInt(_ value: Int?) {
        guard let value else { return bytes.append(UInt8(ascii: "-")) }
        bytes.append(UInt8(ascii: "+"))
        int(value)
    }

    mutating func decimal(_ value: Decimal3) { int(Int(value.thousandths)) }
    mutating func optionalDecimal(_ value: Decimal3?) { optionalInt(value.map { Int($0.thousandths) }) }

    mutating func text(_ text: LocalizedText) {
        string(text.ja)
        string(text.en)
    }

    mutating func optionalText(_ text: LocalizedText?) {
        guard let text else { return bytes.append(UInt8(ascii: "-")) }
        bytes.append(UInt8(ascii: "+"))
        self.text(text)
    }

    mutating func list<Item>(_ items: [Item], _ write: (inout Writer, Item) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }

    mutating func conditions(_ conditions: [ProfileCondition]) {
        list(conditions) { writer, condition in
            writer.string(condition.key.rawValue)
            writer.list(condition.values) { $0.string($1.rawValue) }
        }
    }

    mutating func checklist(_ checklist: Checklist) {
        string(checklist.id.rawValue)
        string(checklist.version)
        text(checklist.title)
        optionalText(checklist.description)
        text(checklist.source.publisher)
        text(checklist.source.title)
        optional(checklist.source.published)
        optional(checklist.source.url)
        switch checklist.scoring.model {
        case .weighted(let weights):
            string("weighted")
            list(weights.sorted { $0.key.rawValue < $1.key.rawValue }) { writer, entry in
                writer.string(entry.key.rawValue)
                writer.decimal(entry.value)
            }
        case .points(let table):
            string("points")
            list(table.sorted { $0.key.description < $1.key.description }) { writer, entry in
                writer.string(entry.key.description)
                writer.decimal(entry.value)
            }
        }
        list(checklist.scoring.levels) { writer, level in
            writer.string(level.id.rawValue)
            writer.optionalDecimal(level.minScore)
            writer.flag(level.requiresAllMandatory)
            writer.text(level.label)
            writer.optionalText(level.description)
        }
        list(checklist.tags) { writer, tag in
            writer.string(tag.id.rawValue)
            writer.text(tag.title)
        }
        list(checklist.profile) { writer, question in
            writer.string(question.key.rawValue)
            writer.text(question.question)
            writer.optionalText(question.help)
            writer.list(question.options) { writer, option in
                writer.string(option.value.rawValue)
                writer.text(option.label)
            }
            writer.conditions(question.askWhen)
        }
        list(checklist.retired) { writer, retired in
            writer.string(retired.id.rawValue)
            writer.string(retired.version)
        }
        list(checklist.glossary) { writer, entry in
            writer.text(entry.term)
            writer.text(entry.gloss)
        }
        list(checklist.sections) { writer, section in
            writer.string(section.id.rawValue)
            writer.text(section.title)
            writer.optionalText(section.description)
            writer.list(section.controls) { $0.control($1) }
        }
    }

    mutating func control(_ control: Control) {
        string(control.id.rawValue)
        string(control.priority.rawValue)
        optionalDecimal(control.weight)
        list(control.tags) { $0.string($1.rawValue) }
        for text in [control.title, control.question, control.why, control.how, control.verify] { self.text(text) }
        conditions(control.appliesWhen)
        optionalInt(control.reviewEveryDays)
        optionalInt(control.milestone)
        list(control.references) { writer, reference in
            writer.string(reference.source)
            writer.optional(reference.publisher)
            writer.optional(reference.published)
            writer.optional(reference.url)
            writer.string(reference.item)
            writer.flag(reference.official)
            writer.optional(reference.requirementFrom?.rawValue)
            writer.optional(reference.priorityFrom?.rawValue)
            writer.list(reference.secondary) { writer, citation in
                writer.string(citation.source)
                writer.optional(citation.publisher)
                writer.optional(citation.published)
                writer.optional(citation.url)
            }
            writer.optionalText(reference.note)
        }
        list(control.replaces) { $0.string($1.rawValue) }
        optional(control.addedIn)
        string(control.carry.rawValue)
        list(control.observedBy) { $0.string($1.rawValue) }
    }
}

/// Reads what ``Writer`` wrote; any surprise ends the read with `nil`.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let strings: [String]
    var index = 0
    var failed = false

    init(bytes: UnsafeBufferPointer<UInt8>, strings: [String]) {
        self.bytes = bytes
        self.strings = strings
    }

    mutating func byte() -> UInt8 {
        guard index < bytes.count else {
            failed = true
            return 0
        }
        defer { index += 1 }
        return bytes[index]
    }

    /// A number: an optional `-`, digits, `:`.
    mutating func int() -> Int {
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ":") {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10, value < Int.max / 10 else {
                failed = true
                return 0
            }
            value = value * 10 + Int(digit)
            digits += 1
            index += 1
        }
        guard index < bytes.count, digits > 0 else {
            failed = true
            return 0
        }
        index += 1
        return negative ? -value : value
    }

    /// A text: its entry in the table.
    mutating func string() -> String {
        let entry = int()
        guard entry >= 0, entry < strings.count else {
            failed = true
            return ""
        }
        return strings[entry]
    }

    mutating func present() -> Bool {
        switch byte() {
        case UInt8(ascii: "+"): return true
        case UInt8(ascii: "-"): return false
        default:
            failed = true
            return false
        }
    }

    mutating func optional() -> String? { present() ? string() : nil }
    mutating func flag() -> Bool { byte() == UInt8(ascii: "1") }

    mutating func optionalInt() -> Int? { present() ? int() : nil }
    mutating func decimal() -> Decimal3 { Decimal3(thousandths: Int64(int())) }
    mutating func optionalDecimal() -> Decimal3? { optionalInt().map { Decimal3(thousandths: Int64($0)) } }
    mutating func text() -> LocalizedText { LocalizedText(ja: string(), en: string()) }
    mutating func optionalText() -> LocalizedText? { present() ? text() : nil }

    mutating func list<Item>(_ read: (inout Reader) -> Item) -> [Item] {
        let count = int()
        guard !failed, count >= 0, count <= bytes.count else {
            failed = true
            return []
        }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count where !failed { items.append(read(&self)) }
        return items
    }

    mutating func conditions() -> [ProfileCondition] {
        list { reader in
            ProfileCondition(key: ProfileKey(reader.string()), values: reader.list { ProfileValue($0.string()) })
        }
    }

    mutating func checklist() -> Checklist? {
        let id = ChecklistID(string())
        let version = string()
        let title = text()
        let description = optionalText()
        let source = Checklist.Source(publisher: text(), title: text(), published: optional(), url: optional())
        let model: ScoringModel
        switch string() {
        case "weighted":
            var weights: [Priority: Decimal3] = [:]
            for (key, value) in list({ ($0.string(), $0.decimal()) }) {
                guard let priority = Priority(rawValue: key) else { return nil }
                weights[priority] = value
            }
            model = .weighted(weights: weights)
        case "points":
            var table: [StatusOrUnanswered: Decimal3] = [:]
            for (key, value) in list({ ($0.string(), $0.decimal()) }) {
                guard let status = StatusOrUnanswered(name: key) else { return nil }
                table[status] = value
            }
            model = .points(table: table)
        default: return nil
        }
        let levels = list { reader in
            ScoringRules.Level(
                id: LevelID(reader.string()), minScore: reader.optionalDecimal(), requiresAllMandatory: reader.flag(),
                label: reader.text(), description: reader.optionalText())
        }
        let tags = list { Checklist.Tag(id: TagID($0.string()), title: $0.text()) }
        let profile = list { reader in
            ProfileQuestion(
                key: ProfileKey(reader.string()), question: reader.text(), help: reader.optionalText(),
                options: reader.list { ProfileQuestion.Option(value: ProfileValue($0.string()), label: $0.text()) },
                askWhen: reader.conditions())
        }
        let retired = list { Checklist.RetiredControl(id: ControlID($0.string()), version: $0.string()) }
        let glossary = list { GlossaryEntry(term: $0.text(), gloss: $0.text()) }
        let sections = list { reader -> Section? in
            let id = SectionID(reader.string())
            let title = reader.text()
            let description = reader.optionalText()
            guard let controls = [Control](allOf: reader.list { $0.control() }) else { return nil }
            return Section(id: id, title: title, description: description, controls: controls)
        }
        guard !failed, index == bytes.count, let sections = [Section](allOf: sections) else { return nil }
        return Checklist(
            id: id, version: version, title: title, description: description, source: source,
            scoring: ScoringRules(model: model, levels: levels), tags: tags, profile: profile, retired: retired,
            glossary: glossary, sections: sections)
    }

    mutating func control() -> Control? {
        let id = ControlID(string())
        guard let priority = Priority(rawValue: string()) else {
            failed = true
            return nil
        }
        let weight = optionalDecimal()
        let tags = list { TagID($0.string()) }
        let title = text()
        let question = text()
        let why = text()
        let how = text()
        let verify = text()
        let appliesWhen = conditions()
        let reviewEveryDays = optionalInt()
        let milestone = optionalInt()
        let references = list { reader in
            Reference(
                source: reader.string(), publisher: reader.optional(), published: reader.optional(),
                url: reader.optional(), item: reader.string(), official: reader.flag(),
                requirementFrom: reader.optional().flatMap(Provenance.init(rawValue:)),
                priorityFrom: reader.optional().flatMap(Provenance.init(rawValue:)),
                secondary: reader.list {
                    Citation(
                        source: $0.string(), publisher: $0.optional(), published: $0.optional(), url: $0.optional())
                },
                note: reader.optionalText())
        }
        let replaces = list { ControlID($0.string()) }
        let addedIn = optional()
        guard let carry = CarryRule(rawValue: string()) else {
            failed = true
            return nil
        }
        let observed = list { ProbeCheck(rawValue: $0.string()) }
        guard !observed.contains(nil) else {
            failed = true
            return nil
        }
        return Control(
            id: id, priority: priority, weight: weight, tags: tags, title: title, question: question, why: why,
            how: how, verify: verify, appliesWhen: appliesWhen, reviewEveryDays: reviewEveryDays,
            milestone: milestone, references: references, replaces: replaces, addedIn: addedIn, carry: carry,
            observedBy: observed.compactMap { $0 })
    }
}

extension Array {
    /// The items, or `nil` when any is `nil`.
    fileprivate init?(allOf items: [Element?]) {
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let item else { return nil }
            result.append(item)
        }
        self = result
    }
}
