import TestSupport
import Testing

@testable import AssessmentTUI
@testable import SecurityChecklist

@Suite("Reducer")
struct ReducerTests {
    @Test func newFileStartsOnTheProfileThenTheFirstQuestion() throws {
        var state = try newState(try fixture())
        #expect(state.mode == .profile)
        #expect(state.profileIndex == 0)
        // platform=cart-asp, hosting=provider, cardHandling=provider, wordpress=no, members=yes
        let effects = state.press(.character("2"), .character("1"), .character("2"), .character("2"), .character("1"))
        #expect(effects.count == 5)
        #expect(effects.allSatisfy { if case .save = $0 { true } else { false } })
        #expect(
            state.assessment.profile == [
                "platform": "cart-asp", "hosting": "provider", "cardHandling": "provider", "wordpress": "no",
                "members": "yes",
            ])
        #expect(state.mode == .question)
        #expect(state.currentControl?.id == "MGT-01")
        #expect(state.scope.count == 11)
    }

    @Test func anOptionOutOfRangeIsIgnored() throws {
        var state = try newState(try fixture())
        #expect(state.press(.character("9")).isEmpty)
        #expect(state.assessment.profile.isEmpty)
        #expect(state.profileIndex == 0)
    }

    @Test func answerKeysRecordSaveAndMoveOn() throws {
        var state = try newState(try fixture(), profile: cartASP)
        for (key, status) in [
            ("1", AnswerStatus.implemented), ("2", .partial), ("3", .notImplemented), ("4", .unknown),
        ] {
            let id = try #require(state.currentControl?.id)
            let effects = state.press(.character(Character(key)))
            #expect(state.assessment.answers[id]?.status == status)
            #expect(state.assessment.answers[id]?.answeredAt == now)
            #expect(effects == [.save(state.assessment)])
        }
        #expect(state.currentControl?.id == "MGT-05")
    }

    @Test func notApplicableAndDelegatedAskForText() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("5"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("expected a prompt")
            return
        }
        #expect(prompt.purpose == .detail(for: .notApplicable))
        #expect(state.press(.enter).isEmpty)
        #expect(state.message?.isError == true)
        state.type("自社では該当しない")
        let effects = state.press(.enter)
        #expect(effects.count == 1)
        #expect(state.assessment.answers["MGT-01"]?.status == .notApplicable)
        #expect(state.assessment.answers["MGT-01"]?.reason == "自社では該当しない")
        #expect(state.currentControl?.id == "MGT-02")

        state.press(.character("6"))
        state.type("保守会社")
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(state.assessment.answers["MGT-02"] == nil)
        state.press(.character("6"))
        state.type("保守会社")
        state.press(.enter)
        #expect(state.assessment.answers["MGT-02"]?.provider == "保守会社")
    }

    @Test func clearNextPreviousAndNotes() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("1"), .left)
        #expect(state.currentControl?.id == "MGT-01")
        state.press(.character("e"))
        state.type("方針は社長が作成")
        #expect(state.press(.enter).count == 1)
        #expect(state.assessment.answers["MGT-01"]?.note == "方針は社長が作成")
        state.press(.character("1"))
        #expect(state.assessment.answers["MGT-01"]?.note == "方針は社長が作成", "re-answering keeps the note")
        // The answer has a note, so 0 asks first; y clears.
        state.press(.character("p"), .character("0"), .character("y"))
        #expect(state.assessment.answers["MGT-01"] == nil)
        #expect(state.currentControl?.id == "MGT-01", "clearing stays")
        #expect(state.press(.character("0")).isEmpty, "nothing to clear")
        // A note before the answer waits, and is saved with it; the answer still moves on.
        state.press(.character("e"))
        state.type("社長に確認する")
        #expect(state.press(.enter) == [.save(state.assessment)], "the note is kept in the file before the answer")
        #expect(state.assessment.pendingNotes["MGT-01"] == "社長に確認する")
        #expect(state.message?.text == TUIPhrase.noteWaits(.ja, "1〜6"))
        #expect(Renderer.render(state, width: 80, height: 24).text().contains("メモ（回答前に書いたもの）: 社長に確認する"))
        #expect(state.press(.character("2")).count == 1)
        #expect(state.assessment.answers["MGT-01"]?.note == "社長に確認する")
        #expect(state.pendingNotes.isEmpty)
        state.press(.character("p"), .character("0"), .character("y"))
        state.press(.right, .character("n"))
        #expect(state.currentControl?.id == "MGT-03")
        state.press(.left, .left, .left, .character("p"))
        #expect(state.currentControl?.id == "MGT-01")
    }

    @Test func textPromptEditsByCharacter() {
        var field = TextField("")
        for character in "日本語" { _ = field.handle(.character(character)) }
        _ = field.handle(.left)
        _ = field.handle(.backspace)
        #expect(field.text == "日語")
        _ = field.handle(.home)
        _ = field.handle(.character("A"))
        _ = field.handle(.end)
        _ = field.handle(.character("e"))
        _ = field.handle(.character("\u{301}"))
        #expect(field.text == "A日語é")
        _ = field.handle(.backspace)
        #expect(field.text == "A日語")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "日語")
        _ = field.handle(.character("\u{1B}"))
        #expect(field.text == "日語")
    }

    /// A long text wraps to rows of the field's width, wide characters kept whole, and the
    /// cursor is found on its row.
    @Test(arguments: [
        // text, columns, cursor moves left, rows, cursor row, cursor column
        ("", 10, 0, [""], 0, 0),
        ("abc", 10, 0, ["abc"], 0, 3),
        ("abcdefghij", 10, 0, ["abcdefghij", ""], 1, 0),
        ("abcdefghij", 10, 1, ["abcdefghij"], 0, 9),
        ("長長長長長", 9, 0, ["長長長長", "長"], 1, 2),
        ("長長長長長", 9, 1, ["長長長長", "長"], 1, 0),
        ("ab長長長長", 9, 4, ["ab長長長", "長"], 0, 2),
    ])
    func textFieldWrapsToRows(
        text: String, columns: Int, left: Int, rows: [String], cursorRow: Int, cursorColumn: Int
    ) {
        var field = TextField(text)
        for _ in 0..<left { _ = field.handle(.left) }
        let layout = field.rows(columns: columns)
        #expect(layout.rows == rows)
        #expect(layout.cursorRow == cursorRow)
        #expect(layout.cursorColumn == cursorColumn)
        #expect(layout.rows.allSatisfy { TerminalText.width($0) <= columns })
    }

    @Test func afterTheLastControlTheSummaryOpens() throws {
        var state = try newState(try fixture(), profile: cartASP)
        for _ in 0..<(state.scope.count - 1) { state.press(.right) }
        #expect(state.currentControl?.id == state.scope.last)
        state.press(.character("1"))
        #expect(state.mode == .summary)
    }

    /// The summary's entries are selected with Up and Down: Enter opens the control's question
    /// (Esc comes back with the entry still selected), `h` its help; past the last entry Down
    /// scrolls to the end of the list and no further.
    @Test func summaryEntriesOpenTheirControl() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.resized(width: 80, height: 24)
        state.press(.character("1"), .character("3"), .character("s"))
        #expect(state.mode == .summary)
        #expect(state.summarySelection == nil)
        state.press(.enter)
        #expect(state.mode == .summary)
        #expect(state.message?.isError == true)
        let entries = SummaryView.lines(state, width: state.pageWidth).compactMap(\.control)
        #expect(entries.count > 3)
        state.press(.down)
        #expect(state.summarySelection == 0)
        state.press(.enter)
        #expect(state.mode == .question)
        #expect(state.currentControl?.id == entries[0])
        state.press(.escape)
        #expect(state.mode == .summary)
        #expect(state.summarySelection == 0)
        state.press(.down, .character("h"))
        #expect(state.overlay == .controlHelp(scroll: 0))
        #expect(state.currentControl?.id == entries[1])
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(state.mode == .summary)
        let lineCount = SummaryView.lines(state, width: state.pageWidth).count
        for _ in 0..<(entries.count + lineCount) { state.press(.down) }
        #expect(state.summarySelection == entries.count - 1)
        #expect(state.summaryScroll == lineCount - (state.pageHeight + 1))
        state.press(.up)
        #expect(state.summarySelection == entries.count - 2)
        state.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(state.summaryScroll == 0)
        // The gap just answered (not implemented) is an entry: the list is the score's.
        #expect(entries.contains(state.scope[1]))
    }

    @Test func screensAndPanels() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("h"))
        #expect(state.overlay == .controlHelp(scroll: 0))
        state.press(.down, .down, .pageDown, .up)
        #expect(state.overlay == .controlHelp(scroll: 1 + state.pageHeight))
        state.press(.character("?"))
        #expect(state.overlay == nil)
        state.press(.character("H"))
        #expect(state.overlay == .keyHelp(scroll: 0))
        state.press(.escape)
        #expect(state.overlay == nil)
        state.press(.character("s"))
        #expect(state.mode == .summary)
        state.press(.down, .down)
        #expect(state.summarySelection == 1)
        state.press(.character("o"))
        #expect(state.mode == .overview)
        state.press(.down, .enter)
        #expect(state.mode == .question)
        #expect(state.currentControl?.id == "BLD-04")
        state.press(.character("L"))
        #expect(state.language == .en)
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func changingTheProfileFromTheOverviewRescopes() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("o"), .character("P"))
        #expect(state.mode == .profile)
        state.press(.character("3"))  // platform = package
        #expect(state.profileIndex == 1)
        state.press(.escape)
        #expect(state.mode == .overview)
        #expect(state.scope.contains("OPS-01"))
        #expect(!state.scope.contains("OPS-15"))
    }

    @Test func reopeningResumesWhereTheOwnerStopped() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("1"), .character("1"), .character("1"))
        let reopened = AppState(checklist: state.checklist, assessment: state.assessment, language: .ja, today: now)
        #expect(reopened.mode == .question)
        #expect(reopened.currentControl?.id == "MGT-04")
        var finished = state
        while finished.mode == .question { finished.press(.character("1")) }
        let done = AppState(checklist: state.checklist, assessment: finished.assessment, language: .ja, today: now)
        #expect(done.mode == .summary)
    }

    /// Answers the whole checklist through the key table, as a person at the keyboard would.
    @Test func scriptedSessionAnswersEverything() throws {
        var state = try newState(try fixture(), language: .en)
        var saves = 0
        for key in "21221" { saves += state.press(.character(key)).count }
        let keys: [Character] = ["1", "2", "3", "4", "1", "1", "2"]
        var index = 0
        while state.mode == .question {
            let key = keys[index % keys.count]
            index += 1
            saves += state.press(.character(key)).count
        }
        #expect(state.mode == .summary)
        #expect(state.assessment.answers.count == state.scope.count)
        #expect(saves == 5 + state.scope.count)
        let report = state.report
        #expect(report.overall.counts.answered == report.overall.counts.inScope)
        expectFits(Renderer.render(state, width: 80, height: 24))
    }

    @Test func everyBindingIsReachable() {
        for binding in KeyTable.bindings {
            for context in binding.contexts {
                for key in binding.keys {
                    // The key gives this binding's command there, not another binding's that
                    // shadows it (the profile's digits each give their own option).
                    let found = KeyTable.command(for: key, in: context)
                    if case .pickOption = binding.command, case .pickOption = found { continue }
                    #expect(found == binding.command, "\(key) in \(context) gives \(String(describing: found))")
                }
            }
        }
        #expect(KeyTable.command(for: .character("1"), in: .question) == .answer(.implemented))
        #expect(KeyTable.command(for: .character("3"), in: .profile) == .pickOption(3))
        #expect(KeyTable.command(for: .character("h"), in: .overview) == .keyHelp)
        #expect(KeyTable.command(for: .character("h"), in: .question) == .controlHelp)
    }

    @Test func helpListsEveryKeyOfTheTable() {
        let text = KeyHelpView.lines(language: .en, width: 100).flatMap(\.segments).map(\.text).joined(separator: "\n")
        for binding in KeyTable.bindings {
            #expect(text.contains(binding.description[.en]), "\(binding.description.en)")
        }
        // Every context has its heading: a new one cannot vanish from the key help.
        #expect(KeyHelpView.groups.map(\.0) == Context.allCases)
        for (_, title) in KeyHelpView.groups { #expect(text.contains(title(.en)), "\(title)") }
    }
}

@Suite("Localization")
struct LocalizationTests {
    static func check<Table: PhraseTable>(_ table: Table.Type) {
        for phrase in Table.allCases {
            #expect(!phrase.text.ja.isEmpty && !phrase.text.en.isEmpty, "\(phrase)")
            #expect(
                phrase.text.ja.ranges(of: "%@").count == phrase.argumentCount,
                "\(phrase): ja and en take different arguments")
        }
    }

    @Test func everyPhraseHasBothLanguagesAndTheSameArguments() {
        Self.check(Phrase.self)
        Self.check(TUIPhrase.self)
    }
}

/// What the screen promises when the disk or the window does not cooperate.
@Suite("Reducer: failed saves and small windows")
struct ReducerReliabilityTests {
    @Test func aFailedSaveIsUndoneOnScreenAndSaysSo() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.press(.character("1"))
        state.saved()
        #expect(state.currentControl?.id == "MGT-02")
        let effects = state.press(.character("3"))
        #expect(effects.count == 1)
        #expect(state.currentControl?.id == "MGT-03")
        state.saveFailed("ディスクがいっぱいです")
        #expect(state.assessment.answers["MGT-02"] == nil, "not on disk, so not shown as recorded")
        #expect(state.assessment.answers["MGT-01"]?.status == .implemented, "what was saved stays")
        #expect(state.currentControl?.id == "MGT-02", "back on the control whose answer was lost")
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("記録されていません") == true)
        // Entering it again retries: the whole assessment is saved with it.
        #expect(state.press(.character("3")) == [.save(state.assessment)])
        #expect(state.assessment.answers["MGT-02"]?.status == .notImplemented)
    }

    @Test func whileTheWindowIsTooSmallOnlyQuitWorks() throws {
        var state = try newState(try fixture(), profile: cartASP)
        state.resized(width: 59, height: 24)
        #expect(!state.screenFits)
        for key in [Key.character("1"), .character("5"), .character("0"), .right, .enter, .character("e")] {
            #expect(state.press(key).isEmpty)
        }
        #expect(state.assessment.answers.isEmpty && state.overlay == nil)
        #expect(state.currentControl?.id == "MGT-01")
        #expect(state.press(.character("q")) == [.quit])
        state.resized(width: 60, height: 20)
        #expect(state.press(.character("1")).count == 1)
    }
}

@Suite("Reducer: plans and the mandatory rule")
struct PlanReducerTests {
    /// `t` asks for the owner, then the due day (full-width digits accepted); the plan is saved
    /// and kept when the control is answered again. An empty owner removes it.
    @Test func planIsSetFromTheQuestionScreen() throws {
        var state = try newState(try fixture(), profile: cartASP)
        let id = try #require(state.currentControl?.id)
        state.press(.character("t"))
        #expect(state.message?.isError == true, "a plan belongs to an answer")
        state.press(.character("2"), .character("p"))
        #expect(state.currentControl?.id == id)
        state.press(.character("t"))
        guard case .prompt(let owner) = state.overlay else {
            Issue.record("expected the owner prompt")
            return
        }
        #expect(owner.purpose == .planOwner)
        state.type("佐藤")
        #expect(state.press(.enter).isEmpty)
        guard case .prompt(let due) = state.overlay else {
            Issue.record("expected the due prompt")
            return
        }
        #expect(due.purpose == .planDue(owner: "佐藤"))
        state.type("2027-02-30")
        #expect(state.press(.enter).isEmpty)
        #expect(state.message?.isError == true)
        for _ in 0..<10 { state.press(.backspace) }
        state.type("２０２７－０１－３１")
        let effects = state.press(.enter)
        #expect(effects == [.save(state.assessment)])
        let plan = try #require(state.assessment.answers[id]?.plan)
        #expect(plan.owner == "佐藤" && plan.due?.dateText == "2027-01-31")
        #expect(state.assessment.answers[id]?.status == .partial, "setting a plan keeps the answer")

        state.press(.character("p"))
        if state.currentControl?.id != id { state.press(.character("p")) }
        state.press(.character("1"))
        #expect(state.assessment.answers[id]?.plan == plan, "re-answering keeps the plan")

        // An empty due date keeps the owner and leaves the date undecided (期限未定).
        state.press(.character("p"), .character("t"), .enter)
        for _ in 0..<10 { state.press(.backspace) }
        #expect(state.press(.enter) == [.save(state.assessment)])
        let undecided = try #require(state.assessment.answers[id]?.plan)
        #expect(undecided.owner == "佐藤" && undecided.due == nil && state.overlay == nil)
        let shown = Renderer.render(state, width: 80, height: 24).text()
        #expect(shown.contains(Phrase.planLine(.ja, "佐藤", Phrase.dueUndecided(.ja))), "\(shown)")

        state.press(.character("t"))
        for _ in 0..<4 { state.press(.backspace) }
        #expect(state.press(.enter).count == 1)
        #expect(state.assessment.answers[id]?.plan == nil)
    }

    /// The latest probe run's findings about a control are shown with its evidence, on the
    /// question screen and in the `h` panel; a failed one on an answer of "in place" given
    /// before the run is flagged until the control is answered again.
    @Test(arguments: [Language.ja, .en])
    func probeObservationsAreShownAndAContradictionFlagged(_ language: Language) throws {
        var state = try newState(try fixture(), profile: cartASP, language: language)
        let id = try #require(state.currentControl?.id)
        state.press(.character("1"))
        state.press(.character("p"))
        #expect(state.currentControl?.id == id)
        let finding = ProbeFinding(
            check: .exposedEnv, status: .fail, url: "https://shop.example/.env", controls: [id],
            detail: LocalizedText(ja: "/.env が誰からでも読めます。", en: "/.env can be read by anyone."))
        state.assessment.probe = ProbeResult(
            target: "https://shop.example/", startedAt: Timestamp(secondsSince1970: now.secondsSince1970 + 60),
            finishedAt: Timestamp(secondsSince1970: now.secondsSince1970 + 90), probeVersion: "0.2.0",
            dataDate: "2026-12-01", requests: 20, maxRequests: 40, intervalMilliseconds: 1000, consent: .token,
            findings: [finding])
        for (width, height) in [(60, 20), (80, 24), (120, 40)] {
            var panel = state
            panel.press(.character("h"))
            let help = Renderer.render(panel, width: width, height: height).text()
            let flat = help.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            #expect(flat.contains("exposed-env"), "\(width)x\(height):\n\(help)")
            #expect(
                flat.contains(Phrase.observationConflictHeading(language).replacingOccurrences(of: " ", with: "")),
                "\(width)x\(height):\n\(help)")
        }
        // The results screen lists the contradicted answer; Enter on it opens the control.
        var results = state
        results.press(.character("s"))
        let summary = Renderer.render(results, width: 120, height: 40).text()
        #expect(summary.contains(Phrase.observationConflictHeading(language)), "\(summary)")
        #expect(summary.contains("\(id) ") && summary.contains("← exposed-env"), "\(summary)")

        // Answered again after the run: no longer flagged, still shown.
        var later = state
        let answer = try #require(later.assessment.answers[id])
        var again = answer
        again.answeredAt = Timestamp(secondsSince1970: now.secondsSince1970 + 120)
        try later.assessment.setAnswer(again, for: id, in: later.checklist, at: again.answeredAt)
        #expect(later.assessment.observationConflicts(in: later.checklist).isEmpty)
        later.press(.character("h"))
        let help = Renderer.render(later, width: 120, height: 40).text()
        #expect(help.contains("exposed-env") && !help.contains(Phrase.observationConflictHeading(language)), "\(help)")
    }

    /// `v` adds an evidence text to the answer (dated now); the question screen shows each item
    /// with its age, and flags one older than the control's review interval; `V` edits the last
    /// text and, emptied, removes it.
    @Test(arguments: [Language.ja, .en])
    func evidenceIsAddedShownWithItsAgeAndRemoved(_ language: Language) throws {
        var checklist = try fixture()
        checklist.sections[0].controls[0].reviewEveryDays = 365
        var state = try newState(checklist, profile: cartASP, language: language)
        let id = try #require(state.currentControl?.id)
        state.press(.character("v"))
        #expect(state.message?.isError == true, "evidence belongs to an answer")
        state.press(.character("1"), .character("p"))
        #expect(state.currentControl?.id == id)
        state.press(.character("v"))
        state.type("決済代行会社の非保持化確認書 2026-10")
        #expect(state.press(.enter) == [.save(state.assessment)])
        let item = try #require(state.assessment.answers[id]?.evidence.last)
        #expect(item.text == "決済代行会社の非保持化確認書 2026-10" && item.recordedAt == now)
        let shown = Renderer.render(state, width: 200, height: 40).text()
        let age = try #require(item.age(asOf: state.today, language: language))
        #expect(shown.contains("決済代行会社の非保持化確認書 2026-10（" + age + "）"), "\(shown)")

        // The h panel shows it too, first.
        var panel = state
        panel.press(.character("h"))
        let help = Renderer.render(panel, width: 80, height: 24).text()
        #expect(help.contains(TUIPhrase.evidenceLabel(language) + ": 決済代行会社の非保持化確認書"), "\(help)")

        // An item older than the control's review interval is flagged.
        var old = try #require(state.assessment.answers[id])
        old.evidence[0].recordedAt = Timestamp(date: "2020-01-01")
        try state.assessment.setAnswer(old, for: id, in: state.checklist, at: now)
        let stale = Renderer.render(state, width: 200, height: 40).text()
        #expect(state.checklist.control(id)?.reviewEveryDays == 365)
        #expect(
            !shown.contains(Phrase.staleColumn(language)) && stale.contains(Phrase.staleColumn(language)), "\(stale)")

        state.press(.character("V"))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("expected the evidence prompt")
            return
        }
        #expect(prompt.field.text == "決済代行会社の非保持化確認書 2026-10")
        for _ in 0..<40 { state.press(.backspace) }
        #expect(state.press(.enter).count == 1)
        #expect(state.assessment.answers[id]?.evidence.isEmpty == true)
        #expect(state.message?.text == TUIPhrase.evidenceRemoved(language))

        // A file recorded from the command line: `V` gives it a text, or removes it.
        var withFile = try #require(state.assessment.answers[id])
        let record = EvidenceFile(path: "letter.pdf", size: 3, sha256: String(repeating: "0", count: 64))
        withFile.evidence = [Evidence(file: record, recordedAt: now)]
        try state.assessment.setAnswer(withFile, for: id, in: state.checklist, at: now)
        state.press(.character("V"))
        state.type("確認書")
        state.press(.enter)
        #expect(state.assessment.answers[id]?.evidence == [Evidence(text: "確認書", file: record, recordedAt: now)])
        state.press(.character("V"))
        for _ in 0..<5 { state.press(.backspace) }
        state.press(.enter)
        #expect(state.assessment.answers[id]?.evidence.isEmpty == true)
    }

    /// `5` on a mandatory control warns on the prompt; the summary lists it as a mandatory
    /// control answered N/A, with its reason, and the level stays capped.
    @Test(arguments: [Language.ja, .en])
    func notApplicableOnAMandatoryControlWarns(language: Language) throws {
        var state = try newState(try fixture(), profile: cartASP, language: language)
        #expect(state.currentControl?.priority == .mandatory)
        state.press(.character("5"))
        let prompt = Renderer.render(state, width: 80, height: 24)
        let warning = TUIPhrase.mandatoryNotApplicableWarning(language)
        let shown = prompt.text().split(separator: "\n").joined().filter { !$0.isWhitespace }
        #expect(shown.contains(("! " + warning).filter { !$0.isWhitespace }), "\(prompt.text())")
        state.type("できない")
        state.press(.enter)
        #expect(state.report.overall.mandatory.notApplicable == ["MGT-01"])
        state.press(.character("s"))
        let summary = Renderer.render(state, width: 80, height: 24).text()
        #expect(summary.contains(Phrase.mandatoryNotApplicable(language, 1)), "\(summary)")
        #expect(summary.contains("MGT-01"))
        #expect(summary.contains(Phrase.incompleteBanner(language, state.report.overall.unanswered)))
    }
}

@Suite("Reducer: the next quarter, undo")
struct CycleReducerTests {
    /// A state on last quarter's answers carried into this one (every in-scope control).
    static func carried(_ language: Language = .ja) throws -> AppState {
        let checklist = try fixture()
        var q4 = try newState(checklist, profile: cartASP, language: language).assessment
        for control in q4.controlsInScope(of: checklist) {
            try q4.record(.partial, for: control.id, note: "前回のメモ", in: checklist, at: now)
        }
        q4.period = "2026-Q4"
        let q1 = try q4.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000a1", checklist: checklist, period: "2027-Q1", now: now)
        return AppState(checklist: checklist, assessment: q1, language: language, today: now)
    }

    /// The file opens at the first unconfirmed control; Enter keeps each carried answer and
    /// moves on; the summary counts what is left.
    @Test func enterConfirmsCarriedAnswers() throws {
        var state = try Self.carried()
        #expect(state.mode == .question && state.current == 0)
        let first = try #require(state.currentControl?.id)
        let screen = Renderer.render(state, width: 80, height: 24).text()
        #expect(screen.contains("未確認: 2026-Q4 の回答を引き継いでいます"), "\(screen)")
        let effects = state.press(.enter)
        #expect(effects == [.save(state.assessment)])
        #expect(state.assessment.answers[first]?.carriedFrom == nil)
        #expect(state.assessment.answers[first]?.note == "前回のメモ" && state.assessment.answers[first]?.status == .partial)
        #expect(state.current == 1)
        state.press(.character("1"))
        #expect(state.report.overall.carried == state.scope.count - 2)
        // Reopening resumes at the first control still carried.
        let reopened = AppState(
            checklist: state.checklist, assessment: state.assessment, language: .ja, today: now)
        #expect(reopened.current == 2)
        // Enter on a confirmed answer just moves on; on an unanswered one it asks for 1-6.
        state.press(.character("p"), .character("p"))
        #expect(state.press(.enter).isEmpty && state.current == 1)
    }

    /// `0` on an answer with a note asks first; `u` takes back the last change (and is saved).
    @Test func clearAsksAndUndoRestores() throws {
        var state = try Self.carried(.en)
        let id = try #require(state.currentControl?.id)
        let original = state.assessment.answers[id]
        #expect(state.press(.character("0")).isEmpty)
        #expect(state.overlay == .confirmClear(id))
        #expect(Renderer.render(state, width: 60, height: 20).text().contains("y clear"))
        state.press(.character("n"))
        #expect(state.overlay == nil && state.assessment.answers[id] == original)
        state.press(.character("0"))
        #expect(state.press(.character("y")).count == 1)
        #expect(state.assessment.answers[id] == nil)
        let undo = state.press(.character("u"))
        #expect(undo == [.save(state.assessment)])
        #expect(state.assessment.answers[id] == original)
        #expect(state.press(.character("u")).isEmpty && state.message?.isError == true)
    }

    @Test func aFailedSaveLeavesTheUndoHistoryAsItWas() throws {
        var state = try Self.carried(.en)
        let id = try #require(state.currentControl?.id)
        state.press(.character("1"))
        state.saved()
        state.press(.character("p"), .character("3"))
        state.saveFailed("disk full")
        #expect(state.assessment.answers[id]?.status == .implemented)
        state.press(.character("u"))
        #expect(state.assessment.answers[id]?.carriedFrom == "2026-Q4", "undo goes back past the saved change")
    }
}

@Suite("Reducer: welcome and details")
struct WelcomeReducerTests {
    /// A new file: welcome, Enter, the six details (each saved), then the profile; `i` asks
    /// them again later; Esc skips the rest.
    @Test func detailsAreAskedOnceOnANewFileAndWithI() throws {
        let base = try newState(try fixture(), organization: "")
        var state = AppState(
            checklist: base.checklist, assessment: base.assessment, language: .en, today: now, isNew: true)
        #expect(state.mode == .welcome && state.context == .welcome)
        state.press(.enter)
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("expected the details prompt")
            return
        }
        #expect(prompt.purpose == .details(.organization))
        state.type("さくら雑貨店")
        #expect(state.press(.enter).count == 1)
        state.type("shop.example.jp")
        state.press(.enter)
        #expect(state.overlay == .prompt(.init(purpose: .details(.cart), field: TextField(""))))
        state.type("Shopify")
        #expect(state.press(.enter).count == 1)
        state.type("Shopify Payments")
        state.press(.enter)
        #expect(state.knownProviders == ["Shopify", "Shopify Payments"], "Tab offers them for delegated answers")
        #expect(state.press(.enter).isEmpty, "an empty assessor changes nothing")
        #expect(state.overlay == .prompt(.init(purpose: .details(.period), field: TextField("2026-Q4"))))
        state.press(.enter)
        #expect(state.mode == .profile && state.overlay == nil)
        #expect(state.assessment.organization == "さくら雑貨店" && state.assessment.site == "shop.example.jp")
        #expect(state.assessment.assessor == nil && state.assessment.period == "2026-Q4")
        #expect(state.assessment.cart == "Shopify" && state.assessment.paymentProvider == "Shopify Payments")

        for key in ["2", "1", "2", "2", "1"] { state.press(.character(Character(key))) }
        #expect(state.mode == .question)
        state.press(.character("i"), .escape)
        #expect(state.overlay == nil && state.mode == .question)
        state.press(.character("i"), .enter)
        for _ in 0..<20 { state.press(.backspace) }
        state.press(.enter)
        #expect(state.assessment.site == nil, "an emptied site is removed")
        state.press(.enter, .enter, .enter)
        for _ in 0..<10 { state.press(.backspace) }
        state.press(.enter)
        // The hint says an emptied period stays as it is (a read refuses an empty one).
        #expect(state.overlay == nil && state.message?.isError != true, "an emptied period is not an error")
        #expect(state.assessment.period == "2026-Q4", "an emptied period stays as it was")
    }
}

@Suite("Reducer: small frictions")
struct FrictionReducerTests {
    @Test func escFromTheSummaryGoesBackWhereItWasOpened() throws {
        var state = try newState(try fixture(), profile: cartASP)
        let id = state.currentControl?.id
        state.press(.character("s"), .escape)
        #expect(state.mode == .question && state.currentControl?.id == id)
        state.press(.character("o"), .character("s"), .escape)
        #expect(state.mode == .overview)
    }

    @Test func anUnboundDigitSaysWhichKeysAnswer() throws {
        var state = try newState(try fixture(), profile: cartASP)
        #expect(state.press(.character("8")).isEmpty)
        #expect(state.message?.text == TUIPhrase.digitsHint(.ja, "1〜6", "0"))
    }
}

@Suite("Reducer: notes before answers, interrupted typing, failed saves")
struct PendingNoteReducerTests {
    /// A note written before the answer is in the file at once: `q` quits, at any size.
    @Test(arguments: [(80, 24), (59, 19), (40, 10)])
    func quittingKeepsANoteWrittenBeforeTheAnswer(_ width: Int, _ height: Int) throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        state.press(.character("e"))
        state.type("ask the maintainer")
        let saved = state.press(.enter)
        #expect(saved == [.save(state.assessment)])
        #expect(state.assessment.pendingNotes.count == 1)
        state.resized(width: width, height: height)
        #expect(state.press(.character("q")) == [.quit])
        // Reopened, the note is there and says so.
        let reopened = AppState(checklist: state.checklist, assessment: state.assessment, language: .en, today: now)
        #expect(reopened.message?.text == TUIPhrase.pendingNotesKept(.en, 1))
    }

    /// Bug: the note written before an answer was lost when the answer's save failed — the
    /// retry saved the answer without it. The whole state comes back now.
    @Test func aFailedSaveKeepsTheNoteWrittenBeforeTheAnswer() throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        let id = try #require(state.currentControl?.id)
        state.press(.character("e"))
        state.type("checked with the cart company")
        state.press(.enter)
        state.saved()
        let effects = state.press(.character("2"))
        #expect(effects.count == 1)
        #expect(state.assessment.answers[id]?.note == "checked with the cart company")
        state.saveFailed("the disk is full")
        #expect(state.assessment.answers[id] == nil, "the answer is not shown as recorded")
        #expect(state.pendingNotes[id] == "checked with the cart company", "the note is not lost")
        #expect(state.currentControl?.id == id)
        // Entering it again retries, with the note.
        #expect(state.press(.character("2")).count == 1)
        #expect(state.assessment.answers[id]?.note == "checked with the cart company")
        #expect(state.pendingNotes[id] == nil)
    }

    /// Bug: Ctrl-C or a closed window while a prompt was open lost the text silently. The edge
    /// asks for it and saves it as a note written before answering.
    @Test(arguments: ["e", "5", "6", "t"])
    func interruptedTypingIsKept(_ key: String) throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        let id = try #require(state.currentControl?.id)
        if key == "t" { state.press(.character("1"), .character("p")) }
        state.press(.character(Character(key)))
        state.type("half-typed text")
        let typed = state.keepTypedText(now: now)
        let kept = try #require(typed)
        #expect(kept.pendingNotes[id] == "half-typed text")
        #expect(state.overlay == nil)
        // Nothing typed, or no prompt: nothing to keep.
        var nothing = state.keepTypedText(now: now)
        #expect(nothing == nil)
        state.press(.character("e"))
        state.press(.escape, .character("e"))
        for _ in 0..<40 { state.press(.backspace) }
        nothing = state.keepTypedText(now: now)
        #expect(nothing == nil)
    }

    /// The details prompt is not about a control: its text is not made a note.
    @Test func interruptedDetailsAreNotNotes() throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        state.press(.character("i"))
        state.type("Shop")
        let kept = state.keepTypedText(now: now)
        #expect(kept == nil)
    }

    /// Esc returns to the screen a screen was opened from, whichever way it was reached.
    @Test func escapeFollowsTheScreensOpened() throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        #expect(state.screens == [.question])
        state.press(.character("s"))
        #expect(state.screens == [.question, .summary])
        state.press(.character("o"))
        #expect(state.screens == [.question, .summary, .overview])
        state.press(.enter)
        #expect(state.screens == [.summary, .overview, .question], "the question moves to the top")
        state.press(.escape)
        #expect(state.mode == .overview)
        state.press(.escape)
        #expect(state.mode == .summary)
        state.press(.escape)
        #expect(state.screens == [.overview], "at the bottom, the summary falls back to the overview")
        state.press(.escape)
        #expect(state.screens == [.question], "and the overview to the question")
    }
}

/// An answer carried from another control (a split question) is shown as what it is, with the
/// old question, and Enter cannot confirm it: only an answer key can.
@Suite("Reducer: answers carried from another question")
struct SplitAnswerReducerTests {
    @Test(arguments: Language.allCases)
    func enterDoesNotConfirmAnotherQuestionsAnswer(_ language: Language) throws {
        var state = try CycleReducerTests.carried(language)
        let id = try #require(state.currentControl?.id)
        var assessment = state.assessment
        assessment.answers[id]?.carriedFromControl = "OPS-99"
        state = AppState(checklist: state.checklist, assessment: assessment, language: language, today: now)
        state.formerQuestions = [
            "OPS-99": LocalizedText(ja: "二段階認証とアカウント管理を行っていますか。", en: "Do you use 2FA and one account each?")
        ]
        let screen = Renderer.render(state, width: 80, height: 24).text()
        #expect(screen.contains("OPS-99"), "\(screen)")
        #expect(screen.contains(language == .ja ? "二段階認証とアカウント管理" : "Do you use 2FA"), "\(screen)")
        #expect(state.press(.enter).isEmpty, "Enter saves nothing")
        #expect(state.message?.isError == true && state.message?.text.contains("OPS-99") == true)
        #expect(state.assessment.answers[id]?.carriedFrom != nil && state.currentControl?.id == id)
        #expect(state.press(.character("1")).count == 1)
        #expect(state.assessment.answers[id]?.carriedFromControl == nil)
        #expect(state.assessment.answers[id]?.carriedFrom == nil)
    }
}

/// A 必須 measure recorded as not in place offers its plan at once; Esc on the due date keeps
/// the owner just typed.
@Suite("Reducer: the plan offered with a mandatory gap")
struct PlanOfferReducerTests {
    @Test(arguments: ["2", "3", "4"])
    func aMandatoryGapOffersItsPlan(_ key: String) throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        let id = try #require(state.currentControl?.id)
        #expect(state.checklist.control(id)?.priority == .mandatory)
        state.press(.character(Character(key)))
        #expect(state.currentControl?.id != id, "the answer moved on")
        #expect(state.message?.text == TUIPhrase.planOffer(.en, id.rawValue))
        state.press(.character("t"))
        #expect(state.currentControl?.id == id, "t goes back to the control offered")
        guard case .prompt(let prompt) = state.overlay, prompt.purpose == .planOwner else {
            Issue.record("no owner prompt: \(String(describing: state.overlay))")
            return
        }
        state.type("Sato")
        state.press(.enter)
        guard case .prompt(let due) = state.overlay, due.purpose == .planDue(owner: "Sato") else {
            Issue.record("no due prompt")
            return
        }
        state.press(.escape)
        guard case .prompt(let back) = state.overlay, back.purpose == .planOwner else {
            Issue.record("Esc on the due date closed the plan")
            return
        }
        #expect(back.field.text == "Sato", "the owner typed is kept")
    }

    @Test func noOfferForMetOrRecommendedControlsOrAfterAnotherKey() throws {
        var state = try newState(try fixture(), profile: cartASP, language: .en)
        state.press(.character("1"))
        #expect(state.planOffer == nil)
        var gap = try newState(try fixture(), profile: cartASP, language: .en)
        gap.press(.character("3"), .character("n"))
        #expect(gap.planOffer == nil, "the offer lasts one key")
    }
}
