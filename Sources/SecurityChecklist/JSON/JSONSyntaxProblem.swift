/// What is wrong with a document that is not JSON: the parser's findings as values, worded in
/// either language by ``text(_:)`` (the English wording is ``description``).
public enum JSONSyntaxProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where the file ended too early.
    public enum Container: Sendable, Hashable {
        case value, object, array, string
    }

    /// What the parser expected where it found something else.
    public enum Expectation: Sendable, Hashable {
        case value, memberName, colon, commaOrBrace, commaOrBracket
    }

    case emptyFile
    case noValue
    case textAfterValue
    /// The file ends inside `container`: it looks truncated.
    case truncated(Container)
    /// `found` (a printable character, or a byte shown in hex) where `expected` should be.
    case unexpected(found: String, expected: Expectation)
    case invalidLiteral(expected: String)
    case tooDeep(limit: Int)
    case duplicateMember(String)
    case unescapedControlCharacter(String)
    case invalidUTF8
    case incompleteEscape
    case unpairedSurrogate
    case invalidUnicodeEscape
    case incompleteUnicodeEscape
    case invalidEscape(String)
    case invalidHexDigit
    case invalidNumber
    case leadingZeros
    case fractionDigitsExpected
    case exponentDigitsExpected

    /// The problem in `language`; quoted characters and names stay as they are in the file.
    public func text(_ language: Language) -> String { wording[language] }

    /// The problem in English.
    public var description: String { text(.en) }

    private var wording: LocalizedText {
        switch self {
        case .emptyFile: LocalizedText(ja: "ファイルが空です", en: "the file is empty")
        case .noValue: LocalizedText(ja: "JSON の値がありません", en: "no JSON value found")
        case .textAfterValue:
            LocalizedText(ja: "JSON の値の後ろに余分な文字があります", en: "unexpected text after the end of the JSON value")
        case .truncated(let container):
            switch container {
            case .value:
                LocalizedText(
                    ja: "ファイルが途中で終わっています（切れているようです）", en: "unexpected end of file (the file looks truncated)")
            case .object:
                LocalizedText(
                    ja: "オブジェクト { } の途中でファイルが終わっています（切れているようです）",
                    en: "unexpected end of file inside an object (the file looks truncated)")
            case .array:
                LocalizedText(
                    ja: "配列 [ ] の途中でファイルが終わっています（切れているようです）",
                    en: "unexpected end of file inside an array (the file looks truncated)")
            case .string:
                LocalizedText(
                    ja: "文字列が閉じられていません（切れているようです）", en: "unterminated string (the file looks truncated)")
            }
        case .unexpected(let found, let expected):
            switch expected {
            case .value:
                LocalizedText(ja: "\(found) は使えません。JSON の値が必要です", en: "unexpected \(found); expected a JSON value")
            case .memberName:
                LocalizedText(
                    ja: "\(found) は使えません。\"…\" で囲んだメンバー名が必要です（最後の要素の後ろの , は書けません）",
                    en: "unexpected \(found); expected a quoted member name")
            case .colon:
                LocalizedText(
                    ja: "\(found) は使えません。メンバー名の後ろには : が必要です",
                    en: "unexpected \(found); expected ':' after a member name")
            case .commaOrBrace:
                LocalizedText(ja: "\(found) は使えません。, か } が必要です", en: "unexpected \(found); expected ',' or '}'")
            case .commaOrBracket:
                LocalizedText(ja: "\(found) は使えません。, か ] が必要です", en: "unexpected \(found); expected ',' or ']'")
            }
        case .invalidLiteral(let expected):
            LocalizedText(ja: "値が正しくありません（\(expected) のつもりですか）", en: "invalid literal; expected \(expected)")
        case .tooDeep(let limit):
            LocalizedText(ja: "入れ子が \(limit) 段より深くなっています", en: "nesting deeper than \(limit) levels")
        case .duplicateMember(let name):
            LocalizedText(ja: "メンバー名 \"\(name)\" が重複しています", en: "duplicate member name \"\(name)\"")
        case .unescapedControlCharacter(let found):
            LocalizedText(
                ja: "文字列の中の制御文字 \(found) はエスケープが必要です",
                en: "control character \(found) inside a string must be escaped")
        case .invalidUTF8: LocalizedText(ja: "UTF-8 として正しくない文字があります", en: "text is not valid UTF-8")
        case .incompleteEscape: LocalizedText(ja: "エスケープ \\ が途中で終わっています", en: "incomplete escape sequence")
        case .unpairedSurrogate:
            LocalizedText(ja: "\\u エスケープのサロゲートが対になっていません", en: "unpaired UTF-16 surrogate in \\u escape")
        case .invalidUnicodeEscape: LocalizedText(ja: "\\u エスケープが正しくありません", en: "invalid \\u escape")
        case .incompleteUnicodeEscape: LocalizedText(ja: "\\u エスケープが途中で終わっています", en: "incomplete \\u escape")
        case .invalidEscape(let sequence):
            LocalizedText(ja: "エスケープ \(sequence) は使えません", en: "invalid escape sequence \(sequence)")
        case .invalidHexDigit:
            LocalizedText(ja: "\\u エスケープに16進数でない文字があります", en: "invalid hex digit in \\u escape")
        case .invalidNumber: LocalizedText(ja: "数値が正しくありません", en: "invalid number")
        case .leadingZeros: LocalizedText(ja: "数値の先頭に 0 は付けられません", en: "numbers must not have leading zeros")
        case .fractionDigitsExpected:
            LocalizedText(ja: "数値の . の後ろに数字が必要です", en: "invalid number: digits expected after '.'")
        case .exponentDigitsExpected:
            LocalizedText(ja: "数値の指数に数字が必要です", en: "invalid number: digits expected in exponent")
        }
    }
}
