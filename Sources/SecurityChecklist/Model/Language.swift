/// The languages every human text in a checklist is written in.
public enum Language: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ja
    case en

    /// `ja` or `en`.
    public var description: String { rawValue }

    /// The language a POSIX locale name asks for: Japanese when its language is `ja`
    /// (`ja_JP.UTF-8`, `ja`), English for any other language. `nil` for a name that names no
    /// language: empty, `C`, `POSIX`, `C.UTF-8`.
    public init?(localeName: String) {
        // The language part of `ll_CC.charset@modifier`; C and POSIX name no language.
        let language = localeName.lowercased().prefix { $0 != "_" && $0 != "." && $0 != "@" }
        guard !language.isEmpty, language != "c", language != "posix" else { return nil }
        self = language == "ja" ? .ja : .en
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
