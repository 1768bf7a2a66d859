import Foundation
import TestSupport
import Testing

@testable import AssessmentTUI
@testable import SecurityChecklist

@Suite("Rendering")
struct RenderTests {
    static let sizes = [(80, 24), (120, 40), (60, 20)]

    /// A few answers in, on BLD-04 with a note, so the question screen shows every part.
    static func sampleState(_ language: Language) throws -> AppState {
        var state = try newState(try renderFixture(), profile: hostedCart, language: language)
        state.press(.character("1"), .character("2"), .character("6"))
        state.type("情報システム部（外部委託）")
        state.press(.enter, .character("4"), .character("5"))
        state.type("社内に担当者がいないため")
        state.press(.enter)
        // MGT-06 partial, then back to it to add a note with hostile text in it.
        state.press(.character("2"), .character("p"), .character("e"))
        state.type("契約書の見直しを依頼中 <b>\u{1B}[31m")
        state.press(.enter)
        return state
    }

    @Test("question screen", arguments: [Language.ja, .en])
    func question(language: Language) throws {
        let state = try Self.sampleState(language)
        #expect(state.mode == .question)
        for (width, height) in Self.sizes {
            let screen = Renderer.render(state, width: width, height: height)
            expectFits(screen)
            try Snapshot.check(screen, "question-\(language)-\(width)x\(height)")
        }
    }

    @Test("every screen fits at every size", arguments: [Language.ja, .en])
    func everyScreenFits(language: Language) throws {
        var states: [AppState] = []
        var state = try Self.sampleState(language)
        states.append(state)
        state.press(.character("p"))
        states.append(state)
        var help = state
        help.press(.character("h"))
        states.append(help)
        var keys = state
        keys.press(.character("H"))
        states.append(keys)
        var prompt = state
        prompt.press(.character("6"))
        prompt.type("とても長い委託先の名前株式会社とても長い委託先の名前株式会社とても長い委託先の名前株式会社")
        states.append(prompt)
        var overview = state
        overview.press(.character("o"))
        states.append(overview)
        var summary = state
        summary.press(.character("s"))
        states.append(summary)
        states.append(try newState(try renderFixture(), language: language))
        var welcome = try Self.welcomeState(language)
        states.append(welcome)
        welcome.press(.enter)
        states.append(welcome)
        for state in states {
            for width in [60, 61, 79, 80, 100, 120, 200] {
                for height in [20, 24, 40] {
                    expectFits(Renderer.render(state, width: width, height: height))
                }
            }
        }
    }

    /// Beside the help, the question column keeps two blank columns before the separator on
    /// every row, for every shipped control, in both languages: a full line of wide characters
    /// touched it (and a terminal drawing an ambiguous-width character as two cells ran into it).
    @Test(arguments: [Language.ja, .en])
    func theQuestionColumnKeepsClearOfTheSeparator(language: Language) throws {
        for checklist in try ShippedChecklists.all() {
            var state = try newState(checklist, language: language)
            // Every control an unanswered profile leaves in scope, on the question screen.
            state.reset(to: .question)
            state.overlay = nil
            for index in state.scope.indices {
                state.current = index
                for (width, height) in [(100, 30), (120, 40), (121, 40), (200, 50)] {
                    let screen = Renderer.render(state, width: width, height: height)
                    let separator = (width - 3) / 2
                    for row in 1..<(height - 4) {
                        #expect(screen[row, separator].text == "|", "\(checklist.id) \(index) row \(row)")
                        let gap = [screen[row, separator - 1], screen[row, separator - 2]]
                        #expect(
                            gap.allSatisfy { $0.text == " " && !$0.isContinuation },
                            "\(checklist.id) \(state.currentControl!.id) \(width): \(screen.rowText(row))")
                    }
                }
            }
        }
    }

    @Test("other screens", arguments: [Language.ja, .en])
    func otherScreens(language: Language) throws {
        let state = try Self.sampleState(language)
        var overview = state
        overview.press(.character("o"))
        try Snapshot.check(Renderer.render(overview, width: 80, height: 24), "overview-\(language)-80x24")
        var summary = state
        summary.press(.character("s"))
        try Snapshot.check(Renderer.render(summary, width: 80, height: 24), "summary-\(language)-80x24")
        summary.press(.pageDown)
        try Snapshot.check(Renderer.render(summary, width: 80, height: 24), "summary-page2-\(language)-80x24")
        var help = state
        help.press(.character("h"))
        try Snapshot.check(Renderer.render(help, width: 80, height: 24), "control-help-\(language)-80x24")
        var keys = state
        keys.press(.character("H"))
        try Snapshot.check(Renderer.render(keys, width: 80, height: 24), "keys-\(language)-80x24")
        let profile = try newState(try renderFixture(), language: language)
        try Snapshot.check(Renderer.render(profile, width: 80, height: 24), "profile-\(language)-80x24")
        var prompt = state
        prompt.press(.character("6"))
        prompt.type("決済代行A社")
        let promptScreen = Renderer.render(prompt, width: 80, height: 24)
        try Snapshot.check(promptScreen, "prompt-\(language)-80x24")
        #expect(promptScreen.cursor == Position(row: 20, column: 2 + 11))
    }

    /// The summary with its third entry selected, at the three sizes: the selected entry is
    /// marked, the score line wraps rather than cut the level, the footer keeps `L`.
    @Test("summary with a selected entry", arguments: [Language.ja, .en])
    func summarySelection(language: Language) throws {
        for (width, height) in Self.sizes {
            var state = try Self.sampleState(language)
            state.resized(width: width, height: height)
            state.press(.character("s"), .down, .down, .down)
            let screen = Renderer.render(state, width: width, height: height)
            expectFits(screen)
            #expect(screen.text().contains(">"))
            #expect(screen.rowText(height - 2).contains(language == .ja ? "L English" : "L 日本語"))
            try Snapshot.check(screen, "summary-selected-\(language)-\(width)x\(height)")
        }
    }

    /// A note longer than the field wraps over rows in the prompt, the cursor on the last; the
    /// footer names the prompt's keys, not the screen's.
    @Test("multi-line note prompt", arguments: [Language.ja, .en])
    func longNotePrompt(language: Language) throws {
        for (width, height) in Self.sizes {
            var state = try Self.sampleState(language)
            state.press(.character("e"))
            state.type(String(repeating: "決済代行会社の管理画面で二段階認証を設定した。", count: 4))
            let screen = Renderer.render(state, width: width, height: height)
            expectFits(screen)
            let footer = screen.rowText(height - 2)
            #expect(footer.contains("Enter") && footer.contains("Esc") && !footer.contains("q "))
            let cursor = try #require(screen.cursor)
            #expect(cursor.row == height - 4)
            try Snapshot.check(screen, "note-prompt-\(language)-\(width)x\(height)")
        }
    }

    /// Every screen but the too-small one ends its footer with the language switch, at 60 columns too.
    @Test(arguments: [Language.ja, .en])
    func everyFooterKeepsTheLanguageKey(language: Language) throws {
        let state = try Self.sampleState(language)
        var states = [state]
        for key in ["o", "s", "h", "H"] {
            var other = state
            other.press(.character(Character(key)))
            states.append(other)
        }
        states.append(try newState(try renderFixture(), language: language))
        states.append(try Self.welcomeState(language))
        for state in states {
            for (width, height) in Self.sizes {
                let screen = Renderer.render(state, width: width, height: height)
                let footer = screen.rowText(height - 2)
                #expect(footer.contains(language == .ja ? "L English" : "L 日本語"), "\(state.mode): \(footer)")
                // Quit and the key list stay at every width (the key list is a toggle on its own screen).
                #expect(footer.contains(language == .ja ? "q 終了" : "q quit"), "\(state.mode) \(width): \(footer)")
                if state.context != .keyHelp { #expect(footer.contains("H "), "\(state.mode) \(width): \(footer)") }
            }
        }
    }

    static func welcomeState(_ language: Language) throws -> AppState {
        let state = try newState(try renderFixture(), language: language)
        return AppState(
            checklist: state.checklist, assessment: state.assessment, language: language, today: now, isNew: true)
    }

    /// A new file: the welcome screen at three sizes, then the details prompt over it.
    @Test("welcome screen", arguments: [Language.ja, .en])
    func welcome(language: Language) throws {
        var state = try Self.welcomeState(language)
        for (width, height) in [(60, 20), (80, 24), (120, 40)] {
            try Snapshot.check(
                Renderer.render(state, width: width, height: height), "welcome-\(language)-\(width)x\(height)")
        }
        state.press(.enter)
        try Snapshot.check(Renderer.render(state, width: 80, height: 24), "welcome-details-\(language)-80x24")
    }

    @Test func tooSmallAsksForABiggerWindowInBothLanguages() {
        for (width, height) in [(59, 24), (80, 19), (20, 5), (1, 1), (0, 0)] {
            let state = try! newState(try! renderFixture())
            let screen = Renderer.render(state, width: width, height: height)
            expectFits(screen)
            if height >= 2, width >= 60 - 1 {
                #expect(screen.text().contains("60x20"))
            }
        }
        let screen = Renderer.render(try! newState(try! renderFixture()), width: 59, height: 24)
        #expect(screen.rowText(0).hasPrefix("ウィンドウを 60x20 以上に広げてください"))
        #expect(screen.rowText(1).hasPrefix("Please make the window at least 60x20"))
    }

    @Test func hostileTextIsShownEscaped() throws {
        let checklist = try renderFixture()
        var state = try newState(checklist, profile: hostedCart, organization: "Evil\u{1B}]0;pwned\u{07}Shop")
        state.press(.character("1"), .character("p"), .character("e"))
        state.type("x")
        state.press(.enter)
        let screen = Renderer.render(state, width: 80, height: 24)
        expectFits(screen)
        #expect(screen.text().contains("Evil\\x1B]0;pwned\\x07Shop"))
    }

    /// Control characters in the organization or period must not push the counter off the
    /// header: the text is made safe before it is measured and cut.
    @Test(arguments: [(60, 20), (80, 24), (120, 40)])
    func headerKeepsTheCounterWithControlCharacters(width: Int, height: Int) throws {
        let checklist = try renderFixture()
        var state = try newState(
            checklist, profile: hostedCart, organization: "\u{1}\u{1}\u{1}テスト\u{1B}[31m商店\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}"
        )
        state.press(.character("1"))
        let screen = Renderer.render(state, width: width, height: height)
        expectFits(screen)
        let header = screen.rowText(0)
        #expect(header.hasSuffix("2/\(state.scope.count) "), "\(header)")
    }

    @Test func prioritiesHaveDistinctBadges() throws {
        var styles: Set<Style> = []
        for priority in Priority.allCases { styles.insert(Theme.badge(priority)) }
        #expect(styles.count == 3)
    }
}

@Suite("Key table as documentation")
struct KeyTableDocumentationTests {
    /// The README's key table is generated from ``KeyTable``; ECSEC_UPDATE_GOLDEN=1 rewrites it.
    @Test func readmeKeyTableMatchesTheBindings() throws {
        try Golden.checkReadmeSection("key table", from: "KeyTable.bindings", generated: KeyTable.markdownTable())
    }

    /// Every footer item is a key the context binds: a footer cannot advertise a dead key.
    @Test(arguments: Context.allCases) func footersNameBoundKeys(_ context: Context) {
        for language in Language.allCases {
            for row in [FooterRow.legend, .main] {
                for item in KeyTable.footer(for: context, row: row, language: language) {
                    for name in item.key.split(separator: "/") where !name.contains("-") {
                        let bound = KeyTable.bindings.contains { binding in
                            binding.contexts.contains(context) && binding.keys.contains { $0.label(language) == name }
                        }
                        #expect(bound, "\(context) footer names \(name), which it does not bind")
                    }
                }
            }
        }
    }
}

/// The warning before 該当しない on a 必須 control is shown whole at every size (it was cut
/// at 80 columns: 「…レベルは上がり...」).
@Suite("Rendering: the mandatory N/A warning")
struct MandatoryWarningRenderTests {
    @Test(arguments: Language.allCases)
    func theWarningIsWrappedNotCut(_ language: Language) throws {
        var state = try newState(try fixture(), profile: cartASP, language: language)
        #expect(state.currentControl?.priority == .mandatory)
        state.press(.character("5"))
        let warning = ("! " + TUIPhrase.mandatoryNotApplicableWarning(language)).filter { !$0.isWhitespace }
        for (width, height) in RenderTests.sizes {
            let screen = Renderer.render(state, width: width, height: height)
            let text = (0..<height).map { screen.rowText($0) }.joined().filter { !$0.isWhitespace }
            #expect(text.contains(warning), "\(width)x\(height):\n\(screen.text())")
            #expect(!text.contains("..."), "\(width)x\(height)")
        }
    }
}

/// The results screen compares with last quarter when the file names it and it is at hand.
@Suite("Rendering: the summary compares with the previous quarter")
struct PreviousQuarterRenderTests {
    @Test(arguments: Language.allCases)
    func theSummaryShowsTheDeltaAndTheMandatoryGaps(_ language: Language) throws {
        let carried = try CycleReducerTests.carried(language)
        let checklist = carried.checklist
        var state = carried
        // Last quarter: every control partial; now the first is implemented, the second not.
        let q4 = try newState(checklist, profile: cartASP, language: language).assessment
        var previous = q4
        for control in previous.controlsInScope(of: checklist) {
            try previous.record(.partial, for: control.id, in: checklist, at: now)
        }
        previous.id = try #require(state.assessment.previous?.id)
        previous.period = "2026-Q4"
        state.previous = AppState.PreviousQuarter(assessment: previous, checklist: checklist)
        state.press(.character("1"), .character("3"), .character("s"))
        let text = Renderer.render(state, width: 80, height: 40).text()
        #expect(text.contains(Phrase.comparisonHeading(language) + " (2026-Q4)"), "\(text)")
        let diff = try #require(state.comparison)
        #expect(text.contains(diff.headline(language)), "\(text)")
        // Without last quarter's file, no comparison.
        state.previous = nil
        #expect(!Renderer.render(state, width: 80, height: 40).text().contains(Phrase.comparisonHeading(language)))
    }
}
