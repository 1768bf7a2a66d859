import Testing

@testable import SecurityChecklist

@Suite("Terminal text")
struct TerminalTextTests {
    @Test(
        "display width",
        arguments: [
            ("abc", 3), ("日本語", 6), ("ｶﾀｶﾅ", 4), ("東京ABC", 7), ("e\u{301}", 1), ("😀", 2), ("👨‍👩‍👧", 2),
            ("\u{200B}", 0), ("全角（）", 8), ("한국", 4), ("", 0),
        ])
    func width(text: String, columns: Int) {
        #expect(TerminalText.width(text) == columns)
    }

    /// `width` sums scalars where every scalar is a character by itself; anything that joins
    /// scalars must give the character-by-character count, and so must every shipped text.
    @Test(
        "the shortcut counts as the characters do",
        arguments: [
            "ｶﾞｷﾞ", "か\u{3099}", "e\u{301}x", "👨‍👩‍👧a", "🇯🇵", "☺\u{FE0F}", "⌚\u{FE0F}", "\u{1100}\u{1161}\u{11A8}",
            "한\u{11A8}", "नमस्ते", "a\u{200D}b", "\r\n", "\u{AD}", "【必須】「管理画面」", "✓ ✗ → ①",
            "\"\u{302E}x\u{302D}", "〮〯",
        ])
    func widthShortcut(text: String) {
        #expect(TerminalText.width(text) == TerminalText.characterWidth(text), "\(text.unicodeScalars.map(\.value))")
    }

    @Test func widthShortcutOnEveryShippedText() {
        for file in EmbeddedChecklists.files {
            for line in file.json.split(separator: "\n") {
                let text = String(line)
                #expect(TerminalText.width(text) == TerminalText.characterWidth(text), "\(file.name): \(text)")
            }
        }
    }

    /// Wrapping scalar by scalar gives the lines wrapping by characters gives.
    @Test func wrapShortcutOnEveryShippedTextAndJoinedScalars() {
        let joined = [
            "ｶﾞｷﾞｸﾞ か\u{3099}き\u{3099} e\u{301}xample 👨‍👩‍👧 🇯🇵 ☺\u{FE0F}", "行\r\n次の行「括弧」。", "a\u{200D}b c〪d",
            "0\"\u{302E}\\x00\"\u{302D}\\x00 〮〯〮〯〮〯",
        ]
        let texts = joined + EmbeddedChecklists.files.flatMap { $0.json.split(separator: "\n").map(String.init) }
        for text in texts {
            for columns in [7, 20, 33, 60] {
                #expect(
                    TerminalText.wrap(text, to: columns) == TerminalText.wrap(text, to: columns, scalarShortcut: false),
                    "\(columns): \(text)")
            }
        }
    }

    @Test(
        "sanitizes control characters and escapes",
        arguments: [
            ("plain 日本", "plain 日本"),
            ("\u{1B}[31mred\u{1B}[0m", "\\x1B[31mred\\x1B[0m"),
            ("bell\u{07}", "bell\\x07"),
            ("line\nbreak\ttab", "line break tab"),
            ("c1\u{9B}2J", "c1\\x9B2J"),
            ("rtl\u{202E}txt", "rtl\\u{202E}txt"),
            ("del\u{7F}", "del\\x7F"),
        ])
    func sanitize(text: String, expected: String) {
        #expect(TerminalText.sanitize(text) == expected)
    }

    @Test func keepsNewlinesWhenAsked() {
        #expect(TerminalText.sanitize("a\nb\u{1B}", keepNewlines: true) == "a\nb\\x1B")
    }

    @Test(
        "truncates by columns without splitting characters",
        arguments: [
            ("日本語のテキスト", 7, "日本..."), ("日本語", 6, "日本語"), ("abcdefgh", 6, "abc..."), ("日本語", 3, "日"), ("ab", 0, ""),
        ])
    func truncate(text: String, columns: Int, expected: String) {
        let result = TerminalText.truncate(text, to: columns)
        #expect(result == expected)
        #expect(TerminalText.width(result) <= columns)
    }

    @Test func padsToExactWidth() {
        #expect(TerminalText.pad("日本", to: 6) == "日本  ")
        #expect(TerminalText.width(TerminalText.pad("日本語テキスト", to: 9)) == 9)
    }

    @Test("wraps within the width", arguments: [10, 20, 33, 40])
    func wrapFits(columns: Int) {
        let text = "自宅のスマートフォン回線など、社外のネットワークから管理画面のURLを開いてみてください。Open the admin URL from outside the office."
        let lines = TerminalText.wrap(text, to: columns)
        for line in lines { #expect(TerminalText.width(line) <= columns, "\(line)") }
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func wrapNeverTrapsOnCharactersWiderThanTheLine() {
        // Found by the fuzzer: a wide character first on a one-column line.
        #expect(TerminalText.wrap("日本", to: 1) == ["日", "本"])
        #expect(TerminalText.wrap("\u{E3}日", to: 1) == ["\u{E3}", "日"])
    }

    @Test func wrapKeepsWordsAndKinsoku() {
        #expect(TerminalText.wrap("the quick brown fox", to: 10) == ["the quick", "brown fox"])
        #expect(TerminalText.wrap("管理画面のURLを開く", to: 10) == ["管理画面の", "URLを開く"])
        #expect(TerminalText.wrap("あいうえ。かき", to: 8) == ["あいう", "え。かき"])
        #expect(TerminalText.wrap("a\n\nb", to: 5) == ["a", "", "b"])
    }
}
