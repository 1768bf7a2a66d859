import SecurityChecklist

/// Where a key is pressed. Each has its own bindings in ``KeyTable``.
package enum Context: String, Sendable, Hashable, CaseIterable {
    case question, overview, summary, profile, controlHelp, keyHelp, welcome
    /// Typing in a text prompt: only the keys that end it or complete it; every other key is text.
    case prompt
    /// "Clear the answer with its note, evidence and plan?": only the key that clears; every
    /// other key keeps the answer.
    case confirmClear

    /// Every screen and panel, the prompt and the clear question aside (where `q` or `L` is a
    /// letter being typed, or any key keeps the answer).
    package static let screens = Set(allCases).subtracting([.prompt, .confirmClear])
}

/// What a key asks for. The reducer gives each its meaning in the current context.
package enum Command: Sendable, Hashable {
    case answer(AnswerStatus)
    case clearAnswer
    case next, previous
    case scrollUp, scrollDown, pageUp, pageDown
    case open, back
    case editNote
    /// Add an evidence item (a text), or edit or remove the last one.
    case addEvidence, editEvidence
    /// Set who closes the gap by when.
    case editPlan
    /// Keep an answer carried from the previous period as it is (変わりなし).
    case confirm
    /// Take back the last change.
    case undo
    /// Change the organization, site, assessor and period.
    case editDetails
    case controlHelp
    case summary, overview
    case toggleLanguage
    case quit
    case keyHelp
    case editProfile
    /// A digit in the profile screen: option `n` (1-based).
    case pickOption(Int)
    /// In a prompt: keep the text.
    case accept
    /// In a prompt: fill in the next provider the file already names.
    case suggest
}

/// The footer row a binding is advertised on: the answer legend above, or the main row.
package enum FooterRow: Sendable, Hashable {
    case legend, main
}

/// One row of the key table: keys, the command they give, where, the help text, and where the
/// footers advertise it with which short hint.
package struct KeyBinding: Sendable {
    package var keys: [Key]
    package var command: Command
    package var contexts: Set<Context>
    package var description: LocalizedText
    /// The footer's short text, when the binding is advertised there.
    package var hint: LocalizedText?
    /// Where the footer shows the hint: a subset of `contexts`.
    package var footer: Set<Context>
    /// Which footer row.
    package var row: FooterRow

    init(
        keys: [Key], command: Command, contexts: Set<Context>, description: LocalizedText,
        hint: LocalizedText? = nil, footer: Set<Context>? = nil, row: FooterRow = .main
    ) {
        self.keys = keys
        self.command = command
        self.contexts = contexts
        self.description = description
        self.hint = hint
        self.footer = hint == nil ? [] : (footer ?? contexts)
        self.row = row
    }

    /// The key a footer names: the first printable one (`n` rather than `Right`), else the first.
    func footerKey(_ language: Language) -> String {
        if case .pickOption = command { return "1-9" }
        let key = keys.first { if case .character = $0 { true } else { false } } ?? keys[0]
        return key.label(language)
    }
}

/// Every key the terminal UI understands, in one table: the reducer looks keys up here, and the
/// help screen, every footer and the README's key table are generated from it, so none of them
/// can disagree. The keys are a contract that scripts and tests rely on (see the README).
package enum KeyTable {
    static func text(_ phrase: TUIPhrase, _ argument: LocalizedText? = nil) -> LocalizedText {
        guard let argument else { return phrase.text }
        return LocalizedText(ja: phrase(.ja, argument.ja), en: phrase(.en, argument.en))
    }

    static func hint(_ phrase: TUIPhrase) -> LocalizedText { text(phrase) }

    /// The keys that answer a question, for messages: `1〜6` in Japanese, `1-6` in English
    /// (one key alone as itself), from the answer bindings.
    package static func answerKeys(_ language: Language) -> String {
        let keys = bindings.filter { if case .answer = $0.command { true } else { false } }.flatMap(\.keys)
        guard let first = keys.first?.label(language), let last = keys.last?.label(language) else { return "" }
        return keys.count == 1 ? first : first + (language == .ja ? "〜" : "-") + last
    }

    /// The footer keys every screen keeps however narrow the window: quit, the list of keys and
    /// the language switch.
    package static let essentialFooterKeys: Set<String> = Set(
        bindings.filter { [.quit, .keyHelp, .toggleLanguage].contains($0.command) }.flatMap { binding in
            Language.allCases.map { binding.footerKey($0) }
        })

    /// The key that clears an answer.
    package static var clearKey: String {
        bindings.first { $0.command == .clearAnswer }?.keys.first?.label ?? ""
    }

    static let navigation: Set<Context> = [.question, .overview, .summary, .profile]
    static let scrolling = navigation.union([.controlHelp, .keyHelp, .welcome])
    static let lists: Set<Context> = [.overview, .summary, .controlHelp, .keyHelp]

    static func answer(_ key: Character, _ status: AnswerStatus, _ description: LocalizedText) -> KeyBinding {
        KeyBinding(
            keys: [.character(key)], command: .answer(status), contexts: [.question], description: description,
            hint: status.shortLabel, row: .legend)
    }

    package static let bindings: [KeyBinding] = [
        answer("1", .implemented, text(.keyRecord, AnswerStatus.implemented.label)),
        answer("2", .partial, text(.keyRecord, AnswerStatus.partial.label)),
        answer("3", .notImplemented, text(.keyRecord, AnswerStatus.notImplemented.label)),
        answer("4", .unknown, text(.keyRecord, AnswerStatus.unknown.label)),
        answer("5", .notApplicable, text(.keyNotApplicable)),
        answer("6", .delegated, text(.keyDelegated)),
        KeyBinding(
            keys: [.enter], command: .confirm, contexts: [.question], description: text(.keyConfirm)),
        KeyBinding(
            keys: [.character("0")], command: .clearAnswer, contexts: [.question], description: text(.keyClear),
            hint: hint(.footClear), row: .legend),
        KeyBinding(
            keys: (1...9).map { .character(Character(String($0))) }, command: .pickOption(0), contexts: [.profile],
            description: text(.keyPickOption), hint: hint(.keyPickOption)),
        KeyBinding(
            keys: [.right, .character("n")], command: .next, contexts: [.question, .profile],
            description: text(.keyNext),
            hint: hint(.footMove)),
        KeyBinding(
            keys: [.left, .character("p")], command: .previous, contexts: [.question, .profile],
            description: text(.keyPrevious), hint: hint(.footMove)),
        KeyBinding(
            keys: [.up], command: .scrollUp, contexts: scrolling, description: text(.keyScroll),
            hint: hint(.footScroll),
            footer: lists),
        KeyBinding(
            keys: [.down], command: .scrollDown, contexts: scrolling, description: text(.keyScroll),
            hint: hint(.footScroll), footer: lists),
        KeyBinding(keys: [.pageUp], command: .pageUp, contexts: scrolling, description: text(.keyPage)),
        KeyBinding(
            keys: [.pageDown, .character(" ")], command: .pageDown, contexts: scrolling, description: text(.keyPage)),
        KeyBinding(
            keys: [.enter], command: .open, contexts: [.overview], description: text(.keyOpen), hint: hint(.footOpen)),
        KeyBinding(
            keys: [.enter], command: .open, contexts: [.summary], description: text(.keyJump), hint: hint(.footOpen)),
        KeyBinding(
            keys: [.enter], command: .open, contexts: [.welcome], description: text(.keyStart), hint: hint(.footStart)),
        KeyBinding(
            keys: [.escape], command: .back, contexts: Context.screens, description: text(.keyBack),
            hint: hint(.footBack), footer: [.profile, .controlHelp, .keyHelp]),
        KeyBinding(
            keys: [.enter], command: .accept, contexts: [.prompt], description: text(.keyAccept),
            hint: hint(.footAccept)),
        KeyBinding(
            keys: [.escape], command: .back, contexts: [.prompt], description: text(.keyCancelPrompt),
            hint: hint(.footCancelPrompt)),
        KeyBinding(
            keys: [.tab], command: .suggest, contexts: [.prompt], description: text(.keySuggest)),
        KeyBinding(
            keys: [.character("y"), .character("Y")], command: .accept, contexts: [.confirmClear],
            description: text(.keyConfirmClear), hint: hint(.footConfirmClear)),
        KeyBinding(
            keys: [.character("h"), .character("?")], command: .controlHelp,
            contexts: [.question, .summary, .controlHelp], description: text(.keyControlHelp), hint: hint(.footHelp),
            footer: [.question, .summary]),
        KeyBinding(
            keys: [.character("e")], command: .editNote, contexts: [.question], description: text(.keyNote),
            hint: hint(.footNote)),
        KeyBinding(
            keys: [.character("i")], command: .editDetails, contexts: [.question, .overview, .summary],
            description: text(.keyDetails), hint: hint(.footDetails), footer: [.question], row: .legend),
        KeyBinding(
            keys: [.character("u")], command: .undo, contexts: [.question], description: text(.keyUndo),
            hint: hint(.footUndo), row: .legend),
        KeyBinding(
            keys: [.character("v")], command: .addEvidence, contexts: [.question],
            description: text(.keyAddEvidence), hint: hint(.footEvidence), row: .legend),
        KeyBinding(
            keys: [.character("V")], command: .editEvidence, contexts: [.question],
            description: text(.keyEditEvidence), footer: []),
        KeyBinding(
            keys: [.character("t")], command: .editPlan, contexts: [.question], description: text(.keyPlan),
            hint: hint(.footPlan), row: .legend),
        KeyBinding(
            keys: [.character("s")], command: .summary, contexts: [.question, .overview, .profile],
            description: text(.keySummary), hint: hint(.footSummary), footer: [.question, .overview]),
        KeyBinding(
            keys: [.character("o")], command: .overview, contexts: [.question, .summary, .profile],
            description: text(.keyOverview), hint: hint(.footOverview), footer: [.question, .summary]),
        KeyBinding(
            keys: [.character("P")], command: .editProfile, contexts: [.question, .overview, .summary],
            description: text(.keyProfile),
            hint: hint(.footProfile)),
        KeyBinding(
            keys: [.character("q")], command: .quit, contexts: Context.screens, description: text(.keyQuit),
            hint: hint(.footQuit)),
        KeyBinding(
            keys: [.character("H"), .function(1)], command: .keyHelp, contexts: Context.screens,
            description: text(.keyKeyHelp), hint: hint(.footKeys), footer: Context.screens.subtracting([.keyHelp])),
        KeyBinding(
            keys: [.character("h"), .character("?")], command: .keyHelp,
            contexts: [.overview, .profile, .keyHelp],
            description: text(.keyKeyHelp)),
        // The hint names the other language, in that language.
        KeyBinding(
            keys: [.character("L")], command: .toggleLanguage, contexts: Context.screens,
            description: text(.keyLanguage), hint: LocalizedText(ja: "English", en: "日本語"),
            footer: [.question, .overview, .summary, .profile, .controlHelp, .keyHelp, .welcome]),
    ]

    /// The command `key` gives in `context`, if any.
    package static func command(for key: Key, in context: Context) -> Command? {
        for binding in bindings where binding.contexts.contains(context) {
            guard let index = binding.keys.firstIndex(of: key) else { continue }
            if case .pickOption = binding.command { return .pickOption(index + 1) }
            return binding.command
        }
        return nil
    }

    /// Help rows for one context: the keys' labels and the description, in table order.
    package static func help(for context: Context, language: Language) -> [(keys: String, description: String)] {
        var rows: [(String, String)] = []
        for binding in bindings where binding.contexts.contains(context) {
            let keys: String
            if case .pickOption = binding.command {
                keys = "1-9"
            } else {
                keys = binding.keys.map { $0.label(language) }.joined(separator: " / ")
            }
            let description = binding.description[language]
            if let last = rows.last, last.1 == description {
                rows[rows.count - 1].0 += " / " + keys
            } else {
                rows.append((keys, description))
            }
        }
        return rows
    }

    /// The footer of `context`: one item per hint in table order, neighbours with the same hint
    /// merged (`n/p`, `Up/Down`). `options` turns the profile's `1-9` into `1-N`.
    package static func footer(
        for context: Context, row: FooterRow = .main, language: Language, options: Int? = nil
    ) -> [(key: String, text: String)] {
        var items: [(key: String, text: String)] = []
        for binding in bindings where binding.row == row && binding.footer.contains(context) {
            guard let hint = binding.hint?[language] else { continue }
            var key = binding.footerKey(language)
            if case .pickOption = binding.command, let options { key = "1-\(options)" }
            if let last = items.last, last.text == hint {
                items[items.count - 1].key += "/" + key
            } else {
                items.append((key, hint))
            }
        }
        return items
    }

    /// The README's key table (Markdown), generated so the documentation cannot drift.
    package static func markdownTable() -> String {
        var out = "| where | keys | does |\n|---|---|---|\n"
        for binding in bindings {
            let contexts =
                binding.contexts == Context.screens
                ? "everywhere"
                : Context.allCases.filter(binding.contexts.contains).map(\.rawValue).joined(separator: ", ")
            let keys =
                binding.command == .pickOption(0)
                ? "`1`–`9`" : binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            out += "| \(contexts) | \(keys) | \(binding.description[.en]) |\n"
        }
        return out
    }
}
