import Testing

@testable import AssessmentTUI
@testable import SecurityChecklist

/// Bytes as terminals send them, decoded: one key per sequence, never stray characters.
@Suite("Input decoder")
struct InputDecoderTests {
    static func decode(_ reads: [String]) -> [InputEvent] {
        var decoder = InputDecoder()
        var events: [InputEvent] = []
        for read in reads { events += decoder.feed(Array(read.utf8)) }
        return events + decoder.flush()
    }

    /// Every key a common terminal sends (xterm, PuTTY and Tera Term, the Linux console,
    /// tmux/screen, rxvt), each read on its own.
    @Test(arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}OA", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}[1;5A", .up), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[4~", .end), ("\u{1B}[8~", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[5;2~", .pageUp),
        ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)), ("\u{1B}[[A", .function(1)),
        ("\u{1B}[1;2P", .function(1)), ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)),
        ("\u{1B}[21~", .function(10)), ("\u{1B}[24~", .function(12)), ("\r", .enter), ("\n", .enter),
        ("\r\n", .enter), ("\u{1B}OM", .enter), ("\u{7F}", .backspace), ("\u{08}", .backspace), ("\t", .tab),
        ("q", .character("q")), ("３", .character("３")), ("日", .character("日")),
    ])
    func oneKey(_ bytes: String, _ key: Key) {
        #expect(Self.decode([bytes]) == [.key(key)], "\(Array(bytes.utf8))")
    }

    /// Sequences no screen uses, and Alt with a key: nothing at all, never their last letters.
    @Test(arguments: [
        "\u{1B}[2~", "\u{1B}[Z", "\u{1B}[200;1;2q", "\u{1B}[?1;2c", "\u{1B}[<0;10;5M", "\u{1B}]11;rgb:0/0/0\u{07}",
        "\u{1B}]2;title\u{1B}\\", "\u{1B}x", "\u{1B}1", "\u{1B}日", "\u{1B}[99~", "\u{1B}OZ", "\u{01}", "\u{1A}",
        "\u{9B}",
    ])
    func ignored(_ bytes: String) {
        #expect(Self.decode([bytes]).isEmpty, "\(Array(bytes.utf8))")
    }

    @Test func aLoneEscapeIsTheEscapeKeyOnlyAfterTheDelay() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.feed(Array("[1~".utf8)) == [.key(.home)], "a sequence split over two reads is one key")
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isWaiting)
        // Half a UTF-8 character waits for the rest.
        let bytes = Array("日".utf8)
        #expect(decoder.feed(Array(bytes.prefix(1))).isEmpty)
        #expect(decoder.feed(Array(bytes.dropFirst())) == [.key(.character("日"))])
    }

    @Test func bracketedPastesAreTextWhateverTheyHold() {
        #expect(
            Self.decode(["\u{1B}[200~line 1\r\n1i\u{1B}[A\u{03}q\u{1B}[201~"]) == [.paste("line 1\n1i\u{1B}[A\u{03}q")])
        // Split anywhere, even inside the end marker.
        #expect(
            Self.decode(["\u{1B}[20", "0~ab", "c\u{1B}[2", "01~", "n"]) == [.paste("abc"), .key(.character("n"))])
        // Keys typed before the paste in the same read stay keys.
        #expect(Self.decode(["x\u{1B}[200~y\u{1B}[201~"]) == [.key(.character("x")), .paste("y")])
    }

    /// A read holding a line break and more than one character is an unbracketed paste.
    @Test(
        arguments: [
            ("line one\n1i\nthird", "line one\n1i\nthird"), ("a\rb", "a\nb"), ("ok\r", "ok\n"),
            ("\r1", nil), ("1\r", nil), ("\r\r", nil), ("12", nil), ("\u{1B}[A\r", nil),
        ] as [(String, String?)])
    func unbracketedPastes(_ bytes: String, _ pasted: String?) {
        let events = Self.decode([bytes])
        if let pasted {
            #expect(events == [.paste(pasted)])
        } else {
            #expect(!events.contains { if case .paste = $0 { true } else { false } }, "\(events)")
        }
    }

    @Test func ctrlCIsAnInterruptEvenInAPastedRead() {
        #expect(Self.decode(["\u{03}"]) == [.interrupt])
        #expect(Self.decode(["ab\u{03}\ncd"]) == [.interrupt, .paste("ab\ncd")])
    }
}

@Suite("Reducer: pasted text")
struct PasteReducerTests {
    @Test func aPasteGoesIntoTheOpenPromptAndNeverSubmitsIt() throws {
        var state = try newState(try fixture(), profile: cartASP)
        let id = try #require(state.currentControl?.id)
        let organization = state.assessment.organization
        _ = state.press(.character("e"))
        #expect(state.handle(paste: "first line\n1i\tthird").isEmpty)
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.field.text == "first line 1i third")
        #expect(state.assessment.answers[id] == nil, "nothing answered")
        #expect(state.assessment.organization == organization)
    }

    @Test(arguments: ["1", "1\n1\n1", "q", "i\nrenamed\n"])
    func aPasteOnAScreenWithoutAPromptDoesNothingButSaySo(_ text: String) throws {
        var state = try newState(try fixture(), profile: cartASP)
        let before = state.assessment
        let control = state.current
        #expect(state.handle(paste: text).isEmpty)
        #expect(state.assessment == before)
        #expect(state.current == control)
        #expect(state.overlay == nil)
        #expect(state.message?.text == TUIPhrase.pasteIgnored(state.language))
    }
}

/// With the input method left on, a Japanese keyboard types full-width keys: they act as their
/// half-width keys outside a prompt, and any other character asks for half-width.
@Suite("Reducer: full-width keys")
struct FullWidthKeyTests {
    @Test(arguments: [("３", "3"), ("ｎ", "n"), ("ｑ", "q"), ("ｈ", "h"), ("？", "?"), ("Ｈ", "H"), ("１", "1")])
    func aFullWidthKeyActsAsItsHalfWidthKey(_ wide: String, _ narrow: String) throws {
        var viaWide = try newState(try fixture(), profile: cartASP)
        var viaNarrow = viaWide
        let wideEffects = viaWide.press(.character(Character(wide)))
        let narrowEffects = viaNarrow.press(.character(Character(narrow)))
        #expect(wideEffects.count == narrowEffects.count)
        #expect(viaWide.assessment.answers == viaNarrow.assessment.answers)
        #expect(viaWide.current == viaNarrow.current && viaWide.overlay == viaNarrow.overlay)
        #expect(viaWide.mode == viaNarrow.mode)
    }

    @Test func inAPromptFullWidthIsText() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("e"), .character("ｑ"), .character("３"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.field.text == "ｑ３")
    }

    @Test(arguments: ["あ", "漢", "ー"])
    func anotherCharacterAsksForHalfWidth(_ text: String) throws {
        var state = try newState(try fixture(), profile: cartASP)
        #expect(state.press(.character(Character(text))).isEmpty)
        #expect(state.message?.text == TUIPhrase.halfWidthPlease(.ja))
    }
}
