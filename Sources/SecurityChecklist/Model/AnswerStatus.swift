/// What the shop answered for one control. No answer at all is "unanswered", which is not a
/// status a file stores: the control simply has no entry in `answers`.
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

    /// The label for "no answer yet".
    public static let unansweredLabel = LocalizedText(ja: "未回答", en: "Unanswered")

    /// The name used for "no answer" wherever a status is written out (`score`, `diff`).
    public static let unansweredName = "unanswered"
}

/// A status or the absence of one: the keys of a `points` scoring table.
public enum StatusOrUnanswered: Sendable, Hashable, CustomStringConvertible {
    case answered(AnswerStatus)
    case unanswered

    /// Every status, then `unanswered`: the keys of a points table.
    public static let allCases: [StatusOrUnanswered] = AnswerStatus.allCases.map { .answered($0) } + [.unanswered]

    /// A status name or `unanswered`; `nil` for anything else.
    public init?(name: String) {
        if name == AnswerStatus.unansweredName { self = .unanswered } else if let status = AnswerStatus(rawValue: name) {
            self = .answered(status)
        } else {
            return nil
        }
    }

    /// `.unanswered` for `nil`.
    public init(_ status: AnswerStatus?) {
        self = status.map { .answered($0) } ?? .unanswered
    }

    /// The status name, or `unanswered`.
    public var description: String {
        switch self {
        case .answered(let status): status.rawValue
        case .unanswered: AnswerStatus.unansweredName
        }
    }
}
