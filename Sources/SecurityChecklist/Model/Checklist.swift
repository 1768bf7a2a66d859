/// A checklist: sections of controls, the profile questions that tailor it to one shop, and the
/// rules that turn answers into a score. Loaded strictly from `ecsec/checklist@1` JSON.
public struct Checklist: Sendable, Hashable {
    /// The format identifier every checklist file declares.
    public static let schema = "ecsec/checklist@1"

    /// The checklist's stable id, e.g. `ipa-ec-site`.
    public internal(set) var id: ChecklistID
    /// The checklist's own version, dotted numbers such as `1.0` or `1.2.1`.
    public internal(set) var version: String
    /// The title.
    public internal(set) var title: LocalizedText
    /// An optional introduction.
    public internal(set) var description: LocalizedText?
    /// The publication the checklist is based on.
    public internal(set) var source: Source
    /// How answers become a score and a level.
    public internal(set) var scoring: ScoringRules
    /// Declared tags, in display order. Every control tag names one of these.
    public internal(set) var tags: [Tag]
    /// Tailoring questions; controls' `appliesWhen` refers to them.
    public internal(set) var profile: [ProfileQuestion]
    /// Control IDs that earlier versions had and this one dropped. They are never reused.
    public internal(set) var retired: [RetiredControl]
    /// The words the questions use that a shop owner may not know, with a short gloss each.
    public internal(set) var glossary: [GlossaryEntry]
    /// The sections in display order.
    public internal(set) var sections: [Section] {
        didSet { index = Self.makeIndex(sections) }
    }

    /// Where each control is: section and position. Kept in step with `sections`, so lookups by
    /// id are O(1) however the checklist is edited.
    private(set) var index: [ControlID: Location] = [:]

    struct Location: Sendable, Hashable {
        var section: Int
        var control: Int
    }

    static func makeIndex(_ sections: [Section]) -> [ControlID: Location] {
        var index: [ControlID: Location] = [:]
        for (s, section) in sections.enumerated() {
            for (c, control) in section.controls.enumerated() where index[control.id] == nil {
                index[control.id] = Location(section: s, control: c)
            }
        }
        return index
    }

    init(
        id: ChecklistID, version: String, title: LocalizedText, description: LocalizedText?, source: Source,
        scoring: ScoringRules,
        tags: [Tag], profile: [ProfileQuestion], retired: [RetiredControl], glossary: [GlossaryEntry] = [],
        sections: [Section]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.scoring = scoring
        self.tags = tags
        self.profile = profile
        self.retired = retired
        self.glossary = glossary
        self.sections = sections
        self.index = Self.makeIndex(sections)
    }

    /// Whether the checklist has a control `id`. O(1).
    public func contains(_ id: ControlID) -> Bool { index[id] != nil }

    /// Where the checklist's content comes from.
    public struct Source: Sendable, Hashable {
        /// Who published the source, e.g. IPA.
        public var publisher: LocalizedText
        /// The title.
        public var title: LocalizedText
        /// The publication date, `YYYY-MM-DD`; `nil` when not known for certain.
        public var published: String?
        /// The official page; `nil` when not known for certain.
        public var url: String?
    }

    /// A declared cross-cutting domain, e.g. `mfa`.
    public struct Tag: Sendable, Hashable {
        /// The tag's id.
        public var id: TagID
        /// The title.
        public var title: LocalizedText
    }

    /// A control id an earlier version had; it may never be reused.
    public struct RetiredControl: Sendable, Hashable {
        /// The id.
        public var id: ControlID
        /// The checklist version that dropped it.
        public var version: String
    }

    /// All controls in checklist order.
    public var controls: [Control] { sections.flatMap(\.controls) }

    /// The control with `id`, if the checklist has it. O(1).
    public func control(_ id: ControlID) -> Control? {
        index[id].map { sections[$0.section].controls[$0.control] }
    }

    /// The section that holds the control `id`. O(1).
    public func section(containing id: ControlID) -> Section? {
        index[id].map { sections[$0.section] }
    }

    /// The profile question with `key`, if the checklist asks it.
    public func profileQuestion(_ key: ProfileKey) -> ProfileQuestion? {
        profile.first { $0.key == key }
    }

    /// The declared tag `id`, if any.
    public func tag(_ id: TagID) -> Tag? { tags.first { $0.id == id } }

    /// The effective weight of a control: its own, or the checklist's default for its priority.
    public func weight(of control: Control) -> Decimal3 {
        control.weight ?? defaultWeight(for: control.priority)
    }

    /// The checklist's weight for a priority (1 in the points model).
    func defaultWeight(for priority: Priority) -> Decimal3 {
        if case .weighted(let weights) = scoring.model { return weights[priority] ?? Decimal3(1) }
        return Decimal3(1)
    }
}

/// A group of controls, e.g. the management items or the build-time requirements.
public struct Section: Sendable, Hashable {
    /// The section's id, e.g. `MGT`.
    public var id: SectionID
    /// The title.
    public var title: LocalizedText
    /// An optional introduction.
    public var description: LocalizedText?
    /// The section's controls in order.
    public var controls: [Control]
}

/// One measure the shop is asked about.
public struct Control: Sendable, Hashable {
    /// The id.
    public var id: ControlID
    /// 必須 / 必要 / 推奨.
    public var priority: Priority
    /// Overrides the checklist's default weight for the priority.
    public var weight: Decimal3?
    /// The domains the control belongs to.
    public var tags: [TagID]
    /// The title.
    public var title: LocalizedText
    /// What the owner is asked, in plain words.
    public var question: LocalizedText
    /// The risk, with a real incident where one fits.
    public var why: LocalizedText
    /// Concrete steps, rough cost, who can do it.
    public var how: LocalizedText
    /// How to find out when the owner doesn't know.
    public var verify: LocalizedText
    /// Profile conditions, all of which must hold for the control to be in scope.
    public var appliesWhen: [ProfileCondition]
    /// After this many days an answer is stale and should be re-checked.
    public var reviewEveryDays: Int?

    /// The longest `reviewEveryDays` a checklist may give: 100 years.
    public static let maximumReviewDays = 36_525
    /// When to do it, 1 (first) to 6 (last), after the PCI DSS Prioritized Approach's six
    /// milestones: what to fix first sorts by it after priority. `nil` keeps checklist order.
    public var milestone: Int?
    /// The milestones a control may name.
    public static let milestones = 1...6
    /// Where the control comes from, and whether that is official.
    public var references: [Reference]
    /// Control IDs of earlier checklist versions that this control continues.
    public var replaces: [ControlID]
    /// The checklist version that introduced the control; `nil` for the first version.
    public var addedIn: String?
    /// Which answer this control takes when it replaces several that were answered.
    public var carry: CarryRule = .first
    /// The probe checks whose findings are evidence for this control (`ecsec probe`): what an
    /// outside look at the site can show about it. Optional member `observedBy`.
    public var observedBy: [ProbeCheck] = []

    /// The control's human texts in `language`: title, question, why, how, verify (what the
    /// glossary is matched against).
    public func texts(_ language: Language) -> [String] {
        [title, question, why, how, verify].map { $0[language] }
    }

    /// Whether the control is in scope for `profile`. A condition whose key is unanswered
    /// keeps the control in scope.
    public func applies(to profile: [ProfileKey: ProfileValue]) -> Bool { Self.applies(appliesWhen, to: profile) }

    /// Whether `conditions` (a control's `appliesWhen`) hold for `profile`: for scoring, which
    /// reads the conditions without copying the whole control.
    static func applies(_ conditions: [ProfileCondition], to profile: [ProfileKey: ProfileValue]) -> Bool {
        conditions.allSatisfy { condition in
            guard let value = profile[condition.key] else { return true }
            return condition.values.contains(value)
        }
    }
}

/// Which of several replaced controls' answers a control takes into the next period.
public enum CarryRule: String, Sendable, Hashable, CaseIterable {
    /// The answer of the first control in `replaces` that was answered: a split, or a merge
    /// whose successor asks all of what its predecessors asked.
    case first
    /// The answer that meets the most (implemented, delegated, partial, not applicable, not
    /// implemented, don't know): a merge whose successor is met by any one of its
    /// predecessors, e.g. "one measure of three".
    case best
}

/// `appliesWhen` member: the control applies when the profile's `key` is one of `values`.
public struct ProfileCondition: Sendable, Hashable {
    /// The profile key.
    public var key: ProfileKey
    /// The values that keep the control in scope.
    public var values: [ProfileValue]
}

/// Where a control's wording and priority come from.
public struct Reference: Sendable, Hashable {
    /// The document cited, by its title (and edition).
    public var source: String
    /// Who published it.
    public var publisher: String?
    /// When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var published: String?
    /// Where it can be read.
    public var url: String?
    /// The item within it (a number or heading).
    public var item: String
    /// `true` when both the requirement and its priority come from the official document
    /// (``requirementFrom`` and ``priorityFrom`` are both ``Provenance/official``).
    public var official: Bool
    /// Where the requirement's content comes from; `nil` in files that predate the field.
    public var requirementFrom: Provenance?
    /// Where the priority comes from; `nil` in files that predate the field.
    public var priorityFrom: Provenance?
    /// The secondary sources read, when either of the two is ``Provenance/secondary``.
    public var secondary: [Citation]
    /// What is and is not verified about this reference.
    public var note: LocalizedText?

    /// A reference with every field; the optional ones default to absent.
    public init(
        source: String, publisher: String? = nil, published: String? = nil, url: String? = nil, item: String,
        official: Bool, requirementFrom: Provenance? = nil, priorityFrom: Provenance? = nil,
        secondary: [Citation] = [], note: LocalizedText? = nil
    ) {
        self.source = source
        self.publisher = publisher
        self.published = published
        self.url = url
        self.item = item
        self.official = official
        self.requirementFrom = requirementFrom
        self.priorityFrom = priorityFrom
        self.secondary = secondary
        self.note = note
    }
}

/// Where a reference's requirement or priority comes from.
public enum Provenance: String, Sendable, Hashable, CaseIterable {
    /// Read in the official document itself (the checklist words it in its own way).
    case official
    /// Read in a secondary source (named in ``Reference/secondary``), not confirmed in the
    /// official document.
    case secondary
    /// This checklist's own judgment.
    case editorial

    /// The short mark shown beside a reference.
    public var label: LocalizedText {
        switch self {
        case .official: LocalizedText(ja: "公式", en: "official")
        case .secondary: LocalizedText(ja: "二次資料", en: "secondary source")
        case .editorial: LocalizedText(ja: "本チェックリストの判断", en: "this checklist's judgment")
        }
    }

    /// What the mark means, for legends on screen and in reports.
    public var meaning: LocalizedText {
        switch self {
        case .official:
            LocalizedText(
                ja: "公式: 公式の文書で確認した内容です（文言は本チェックリストの要約）。",
                en: "Official: confirmed in the official document (worded in this checklist's own words).")
        case .secondary:
            LocalizedText(
                ja:
                    "二次資料: 引用した文書（IPA などの公式の文書）の内容ですが、本チェックリストはその文書ではなく、名前を挙げた解説記事などで確認しました。公式の文書で確かめるまでは未確認として扱ってください。",
                en:
                    "Secondary source: what the cited document (the official one, such as IPA's) says, but this checklist confirmed it only in the articles named, not in that document; treat it as unverified until checked there."
            )
        case .editorial:
            LocalizedText(
                ja: "本チェックリストの判断: 出典に定めがなく、本チェックリストが決めたものです。",
                en: "This checklist's judgment: the source does not say; this checklist decided.")
        }
    }
}

extension Reference {
    /// `requirement: official / priority: this checklist's judgment`, or for a file that
    /// predates the two fields the old mark (official, or not).
    public func provenanceText(_ language: Language) -> String {
        guard let requirementFrom, let priorityFrom else {
            return official ? Provenance.official.label[language] : Provenance.editorial.label[language]
        }
        let separator = language == .ja ? "・" : "; "
        return Phrase.requirementFromLabel(language) + ": " + requirementFrom.label[language]
            + separator + Phrase.priorityFromLabel(language) + ": " + priorityFrom.label[language]
    }

    /// The cited document as a citation (title, publisher, date, address).
    public var citation: Citation { Citation(source: source, publisher: publisher, published: published, url: url) }
}

/// A document cited: a secondary source behind a reference.
public struct Citation: Sendable, Hashable {
    /// Its title.
    public var source: String
    /// Who published it.
    public var publisher: String?
    /// When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var published: String?
    /// Where it can be read.
    public var url: String?

    public init(source: String, publisher: String? = nil, published: String? = nil, url: String? = nil) {
        self.source = source
        self.publisher = publisher
        self.published = published
        self.url = url
    }

    /// `Publisher, 2025-03-05`, or empty when neither is known.
    public var details: String { [publisher, published].compactMap { $0 }.joined(separator: ", ") }

    /// `Title (Publisher, 2025-03-05) https://…`: what a reader needs to find it.
    public var text: String {
        source + (details.isEmpty ? "" : " (" + details + ")") + (url.map { " " + $0 } ?? "")
    }
}

/// A term of the glossary: the word as the questions write it, and a short gloss.
public struct GlossaryEntry: Sendable, Hashable {
    /// The term in each language, as it appears in the texts.
    public var term: LocalizedText
    /// What it means, in a sentence or two.
    public var gloss: LocalizedText

    public init(term: LocalizedText, gloss: LocalizedText) {
        self.term = term
        self.gloss = gloss
    }

    /// The spellings a term is found by: itself, and in English lower case with its plural.
    static func forms(of term: String, _ language: Language) -> [String] {
        guard language == .en else { return [term] }
        let lower = term.lowercased()
        if lower.hasSuffix("y") { return [lower, String(lower.dropLast()) + "ies"] }
        return [lower]
    }
}

extension Checklist {
    /// The glossary entries whose term (in `language`) occurs in `texts`, in glossary order.
    /// Japanese terms match as written; English ones regardless of case and in the plural too
    /// (`vulnerability` matches "Vulnerabilities").
    public func glossaryEntries(in texts: [String], language: Language) -> [GlossaryEntry] {
        guard !glossary.isEmpty else { return [] }
        // One pass over the texts, whatever the glossary's size: every form is looked up by its
        // bytes at each position where a form of that length could start (a custom checklist
        // may hold 20,000 terms; testing each term against each text took minutes).
        var entriesByForm: [ArraySlice<UInt8>: [Int]] = [:]
        for (index, entry) in glossary.enumerated() {
            for form in GlossaryEntry.forms(of: entry.term[language], language) where !form.isEmpty {
                entriesByForm[ArraySlice(form.utf8), default: []].append(index)
            }
        }
        let lengths = Set(entriesByForm.keys.map(\.count)).sorted()
        var found = Set<Int>()
        for text in texts {
            let bytes = Array((language == .en ? text.lowercased() : text).utf8)
            for start in bytes.indices where bytes[start] & 0xC0 != 0x80 {
                for length in lengths {
                    guard start + length <= bytes.count else { break }
                    if let indices = entriesByForm[bytes[start..<(start + length)]] { found.formUnion(indices) }
                }
            }
            if found.count == glossary.count { break }
        }
        return glossary.indices.filter(found.contains).map { glossary[$0] }
    }

    /// The glossary entries for a control: the terms its title, question, why, how and verify use.
    public func glossaryEntries(for control: Control, language: Language) -> [GlossaryEntry] {
        glossaryEntries(
            in: control.texts(language),
            language: language)
    }

    /// Whether `question` is asked of a shop with `profile`: its `askWhen` conditions all hold
    /// (a condition on an unanswered key does not hold, so the earlier question comes first).
    public func isAsked(_ question: ProfileQuestion, given profile: [ProfileKey: ProfileValue]) -> Bool {
        question.askWhen.allSatisfy { condition in
            profile[condition.key].map(condition.values.contains) ?? false
        }
    }

    /// The profile questions asked of a shop with `profile`, in order.
    public func askedQuestions(given profile: [ProfileKey: ProfileValue]) -> [ProfileQuestion] {
        self.profile.filter { isAsked($0, given: profile) }
    }
}

/// A tailoring question, e.g. "How is your shop built?".
public struct ProfileQuestion: Sendable, Hashable {
    /// The profile key.
    public var key: ProfileKey
    /// The question, in plain words.
    public var question: LocalizedText
    /// A hint shown under the question.
    public var help: LocalizedText?
    /// The answers offered, in order (numbered from 1 on screen).
    public var options: [Option]
    /// Conditions on earlier answers, all of which must hold for the question to be asked
    /// (`hosting` only for a shop that runs its own software); empty: always asked.
    public var askWhen: [ProfileCondition] = []

    /// One answer to a profile question.
    public struct Option: Sendable, Hashable {
        /// The value stored in the assessment's profile.
        public var value: ProfileValue
        /// The option as the question offers it, e.g. カートASP / A hosted cart.
        public var label: LocalizedText
    }

    /// The option with `value`, if offered.
    public func option(_ value: ProfileValue) -> Option? { options.first { $0.value == value } }
}

/// How a checklist turns answers into a score.
public struct ScoringRules: Sendable, Hashable {
    /// The scoring model and its table.
    public var model: ScoringModel
    /// Levels from best to worst; the first that the score and mandatory condition reach applies.
    public var levels: [Level]

    /// A level such as A, B, C, D.
    public struct Level: Sendable, Hashable {
        /// The level's id.
        public var id: LevelID
        /// `nil` means no lower bound (a catch-all last level).
        public var minScore: Decimal3?
        /// Whether the level also needs every mandatory measure in place.
        public var requiresAllMandatory: Bool
        /// The level's name, e.g. 良好 / Good.
        public var label: LocalizedText
        /// An optional introduction.
        public var description: LocalizedText?
    }
}

/// The two scoring models a checklist can declare.
public enum ScoringModel: Sendable, Hashable {
    /// Percentage of weighted credit, each status's credit as ``AnswerStatus`` rules it
    /// (not-applicable excluded). Default weights per priority.
    case weighted(weights: [Priority: Decimal3])
    /// Sum of points per status (IPA's 5-minute self-check: 4 / 2 / 0 / −1).
    case points(table: [StatusOrUnanswered: Decimal3])

    /// `weighted` or `points`.
    public var name: String {
        switch self {
        case .weighted: "weighted"
        case .points: "points"
        }
    }
}
