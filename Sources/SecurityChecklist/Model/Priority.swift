/// The guideline's priority classes. Every control has exactly one.
public enum Priority: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// 必須: must be in place.
    case mandatory
    /// 必要: needed.
    case necessary
    /// 推奨: recommended.
    case recommended

    /// `mandatory`, `necessary` or `recommended`.
    public var description: String { rawValue }

    /// Mandatory sorts first.
    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }

    var rank: Int {
        switch self {
        case .mandatory: 0
        case .necessary: 1
        case .recommended: 2
        }
    }

    /// The guideline's own word for the class: 必須 / 必要 / 推奨, Mandatory / Necessary / Recommended.
    public var label: LocalizedText {
        switch self {
        case .mandatory: LocalizedText(ja: "必須", en: "Mandatory")
        case .necessary: LocalizedText(ja: "必要", en: "Necessary")
        case .recommended: LocalizedText(ja: "推奨", en: "Recommended")
        }
    }

    /// What the class means for the shop, for legends; the level cap is stated with the levels
    /// with the levels.
    public var meaning: LocalizedText {
        switch self {
        case .mandatory:
            LocalizedText(
                ja: "必須: ガイドラインが求める対策。1つでも満たさないと、良いレベルにはなりません",
                en: "Mandatory: what the guideline requires; one not met keeps the level capped")
        case .necessary:
            LocalizedText(ja: "必要: どの店でも実施すべき対策", en: "Necessary: what every shop should do")
        case .recommended:
            LocalizedText(ja: "推奨: 余裕があれば実施したい対策", en: "Recommended: worth doing when you can")
        }
    }
}
