/// What the shop answered for one control. No answer at all is "unanswered", which is not a
/// status a file stores: the control simply has no entry in `answers`.
///
/// Every rule that depends on the status lives in this file: the credit it earns, whether it
/// meets a control, whether it takes the control out of the percentage, whether it names a
/// provider or something to find out, and which detail it needs. No other file compares a
/// status with a case (a test scans the sources; the TUI's colours and answer keys are the
/// listed exceptions). Adding a status is one case here, its rules below, and the JSON Schemas
/// (`docs/adr/0006-how-to-extend.md`).
public enum AnswerStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 実施している
    case implemented
    /// 一部実施している
    case partial
    /// 実施していない
    case notImplemented
    /// わからない
    case unknown
    /// 該当しない: needs a reason.
    case notApplicable
    /// 委託先・サービス提供者が実施: needs the provider's name.
    case delegated

    /// The name used in files: `implemented`, `notApplicable`, ...
    public var description: String { rawValue }

    /// The status in words, as the questionnaire says it (実施している / Implemented).
    public var label: LocalizedText {
        switch self {
        case .implemented: LocalizedText(ja: "実施している", en: "Implemented")
        case .partial: LocalizedText(ja: "一部実施している", en: "Partially implemented")
        case .notImplemented: LocalizedText(ja: "実施していない", en: "Not implemented")
        case .unknown: LocalizedText(ja: "わからない", en: "Don't know")
        case .notApplicable: LocalizedText(ja: "該当しない", en: "Not applicable")
        case .delegated: LocalizedText(ja: "委託先・サービス提供者が実施", en: "Done by a provider")
        }
    }

    /// A one- or two-word label for key legends.
    public var shortLabel: LocalizedText {
        switch self {
        case .implemented: LocalizedText(ja: "実施", en: "Yes")
        case .partial: LocalizedText(ja: "一部", en: "Partly")
        case .notImplemented: LocalizedText(ja: "未実施", en: "No")
        case .unknown: LocalizedText(ja: "不明", en: "Don't know")
        case .notApplicable: LocalizedText(ja: "該当なし", en: "N/A")
        case .delegated: LocalizedText(ja: "委託", en: "Provider")
        }
    }

    /// Whether the measure is in place, by the shop or for it: full credit, a satisfied OSCAL
    /// finding.
    public var isMet: Bool {
        switch self {
        case .implemented, .delegated: true
        case .partial, .notImplemented, .unknown, .notApplicable: false
        }
    }

    /// Whether the control counts in the percentage. `notApplicable` takes it out; such an
    /// answer is listed with its reason (score, reports, the TUI summary, OSCAL).
    public var isApplicable: Bool { self != .notApplicable }

    /// Whether someone else does the measure for the shop: the answer names the provider, and
    /// in-scope answers are listed by provider (score, reports, `summary`'s providers).
    public var countsAsProvider: Bool { requiredDetail == .provider }

    /// Whether the shop still has to find out (わからない): counted as unknown and listed under
    /// what to find out.
    public var isToFindOut: Bool { self == .unknown }

    /// The status whose points are the most one control can earn in a points table: the
    /// maximum score is this status's points for every control in scope.
    public static let fullCredit = AnswerStatus.implemented

    /// Whether a mandatory control with this status counts as covered for a level's
    /// `requiresAllMandatory`: only when it is met. `notApplicable` takes a control out of the
    /// percentage but does not cover a mandatory one; a mandatory control that truly does not
    /// apply is taken out of scope by the profile (`appliesWhen`) before any answer.
    public var coversMandatory: Bool { isMet }

    /// The detail an answer with this status must carry, if any.
    public var requiredDetail: AnswerDetail? {
        switch self {
        case .notApplicable: .reason
        case .delegated: .provider
        case .implemented, .partial, .notImplemented, .unknown: nil
        }
    }

    /// Weighted-model credit in halves: 2 for met, 1 for partial, 0 otherwise; `nil` when the
    /// control is not applicable. `nil` status (unanswered) earns 0.
    static func weightedHalfCredit(_ status: AnswerStatus?) -> Int64? {
        guard let status else { return 0 }
        switch status {
        case .implemented, .delegated: return 2
        case .partial: return 1
        case .notApplicable: return nil
        case .notImplemented, .unknown: return 0
        }
    }

    /// How much of a measure the status says is done, best first (0): which answer a control
    /// with ``CarryRule/best`` takes from the controls it replaces. Not-applicable ranks above
    /// the answers that say nothing is done, as a reason is a claim the owner made.
    var carryRank: Int {
        switch self {
        case .implemented: 0
        case .delegated: 1
        case .partial: 2
        case .notApplicable: 3
        case .notImplemented: 4
        case .unknown: 5
        }
    }

    /// The label for "no answer yet".
    public static let unansweredLabel = LocalizedText(ja: "未回答", en: "Unanswered")

    /// The name used for "no answer" wherever a status is written out (`score`, `diff`).
    public static let unansweredName = "unanswered"
}

/// A detail some statuses require: the reason a control does not apply, the provider who does it.
public enum AnswerDetail: String, Sendable, Hashable, CaseIterable {
    /// Why the control does not apply (`notApplicable`).
    case reason
    /// Who does it for the shop (`delegated`).
    case provider

    /// The detail's name on screen and in reports (理由 / Reason).
    public var label: LocalizedText {
        switch self {
        case .reason: Phrase.reasonLabel.text
        case .provider: Phrase.providerLabel.text
        }
    }
}

/// A status or the absence of one: the keys of a `points` scoring table.
public enum StatusOrUnanswered: Sendable, Hashable, CustomStringConvertible {
    case answered(AnswerStatus)
    case unanswered

    /// Every status, then `unanswered`: the keys of a points table.
    public static let allCases: [StatusOrUnanswered] = AnswerStatus.allCases.map { .answered($0) } + [.unanswered]

    /// A status name or `unanswered`; `nil` for anything else.
    public init?(name: String) {
        if name == AnswerStatus.unansweredName {
            self = .unanswered
        } else if let status = AnswerStatus(rawValue: name) {
            self = .answered(status)
        } else {
            return nil
        }
    }

    /// `.unanswered` for `nil`.
    public init(_ status: AnswerStatus?) {
        self = status.map { .answered($0) } ?? .unanswered
    }

    /// The status, or `nil` for unanswered.
    public var status: AnswerStatus? {
        if case .answered(let status) = self { return status }
        return nil
    }

    /// The status name, or `unanswered`.
    public var description: String {
        switch self {
        case .answered(let status): status.rawValue
        case .unanswered: AnswerStatus.unansweredName
        }
    }

    /// The status in words, or 未回答 / Unanswered.
    public var label: LocalizedText {
        switch self {
        case .answered(let status): status.label
        case .unanswered: AnswerStatus.unansweredLabel
        }
    }
}

extension AnswerStatus {
    /// What a shop can honestly declare on its payment provider's security-checklist form for a
    /// measure answered so: 実施 only for one in place (by the shop, or by the provider named
    /// in `detail`); a partial measure is 未実施, "don't know" asks to find out first, N/A gives
    /// its reason (`detail`) as the alternative.
    package func cardDeclaration(_ language: Language, detail: String) -> String {
        switch self {
        case .implemented: Phrase.declareImplemented(language)
        case .delegated: Phrase.declareDelegated(language, detail)
        case .partial: Phrase.declarePartial(language)
        case .notImplemented: Phrase.declareNotImplemented(language)
        case .unknown: Phrase.declareUnknown(language)
        case .notApplicable: Phrase.declareNotApplicable(language, detail)
        }
    }
}
