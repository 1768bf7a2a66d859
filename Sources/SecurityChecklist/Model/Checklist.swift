/// A checklist: sections of controls, the profile questions that tailor it to one shop, and the
/// rules that turn answers into a score. Loaded strictly from `ecsec/checklist@1` JSON.
public struct Checklist: Sendable, Hashable {
    /// The format identifier every checklist file declares.
    public static let schema = "ecsec/checklist@1"

    /// The checklist's stable id, e.g. `ipa-ec-site`.
    public var id: ChecklistID
    /// The checklist's own version, dotted numbers such as `1.0` or `1.2.1`.
    public var version: String
    /// The title.
    public var title: LocalizedText
    /// An optional introduction.
    public var description: LocalizedText?
    /// The publication the checklist is based on.
    public var source: Source
    /// How answers become a score and a level.
    public var scoring: ScoringRules
    /// Declared tags, in display order. Every control tag names one of these.
    public var tags: [Tag]
    /// Tailoring questions; controls' `appliesWhen` refers to them.
    public var profile: [ProfileQuestion]
    /// Control IDs that earlier versions had and this one dropped. They are never reused.
    public var retired: [RetiredControl]
    /// The sections in display order.
    public var sections: [Section] {
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
        tags: [Tag], profile: [ProfileQuestion], retired: [RetiredControl], sections: [Section]
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

    /// Whether the control is in scope for `profile`. A condition whose key is unanswered
    /// keeps the control in scope.
    public func applies(to profile: [ProfileKey: ProfileValue]) -> Bool {
        appliesWhen.allSatisfy { condition in
            guard let value = profile[condition.key] else { return true }
            return condition.values.contains(value)
        }
    }
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
    /// The document cited.
    public var source: String
    /// The item within it (a number or heading).
    public var item: String
    /// `true` when wording and priority come from the official guideline; `false` for the seed
    /// articles, secondary sources or editorial judgment.
    public var official: Bool
    /// What is and is not verified about this reference.
    public var note: LocalizedText?
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

    /// One answer to a profile question.
    public struct Option: Sendable, Hashable {
        /// The value stored in the assessment's profile.
        public var value: ProfileValue
        /// The level's name, e.g. 良好 / Good.
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
    /// Percentage of weighted credit: implemented and delegated 1, partial 0.5, others 0,
    /// not-applicable excluded. Default weights per priority.
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
