/// The languages every human text in a checklist is written in.
public enum Language: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ja
    case en

    /// `ja` or `en`.
    public var description: String { rawValue }

    /// The language a POSIX locale name asks for: Japanese when it starts with `ja`
    /// (`ja_JP.UTF-8`, `ja`), English otherwise. `nil` for an empty name.
    public init?(localeName: String) {
        guard !localeName.isEmpty else { return nil }
        self = localeName.lowercased().hasPrefix("ja") ? .ja : .en
    }
}

/// A text in Japanese and English. Checklists must give both.
public struct LocalizedText: Sendable, Hashable {
    /// The Japanese text.
    public var ja: String
    /// The English text.
    public var en: String

    /// A text in both languages.
    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .ja: ja
        case .en: en
        }
    }
}
