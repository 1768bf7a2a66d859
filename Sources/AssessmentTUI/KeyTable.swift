import SecurityChecklist

/// Where a key is pressed. Each has its own bindings in ``KeyTable``.
public enum Context: String, Sendable, Hashable, CaseIterable {
    case question, overview, summary, profile, controlHelp, keyHelp
}

/// What a key asks for. The reducer gives each its meaning in the current context.
public enum Command: Sendable, Hashable {
    case answer(AnswerStatus)
    case clearAnswer
    case next, previous
    case scrollUp, scrollDown, pageUp, pageDown
    case open, back
    case editNote
    case controlHelp
    case summary, overview
    case toggleLanguage
    case quit
    case keyHelp
    case editProfile
    /// A digit in the profile screen: option `n` (1-based).
    case pickOption(Int)
}

/// One row of the key table: keys, the command they give, where, and the help text.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var contexts: Set<Context>
    public var description: LocalizedText
}

/// Every key the terminal UI understands, in one table: the reducer looks keys up here and the
/// help screen is generated from it, so the two cannot disagree. The keys are a contract that
/// scripts and tests rely on (see the README).
public enum KeyTable {
    static func text(_ phrase: Phrase, _ argument: LocalizedText? = nil) -> LocalizedText {
        LocalizedText(ja: phrase(.ja, argument?.ja ?? ""), en: phrase(.en, argument?.en ?? ""))
    }

    static let navigation: Set<Context> = [.question, .overview, .summary, .profile]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("1")], command: .answer(.implemented), contexts: [.question], description: text(.keyRecord, AnswerStatus.implemented.label)),
        KeyBinding(keys: [.character("2")], command: .answer(.partial), contexts: [.question], description: text(.keyRecord, AnswerStatus.partial.label)),
        KeyBinding(keys: [.character("3")], command: .answer(.notImplemented), contexts: [.question], description: text(.keyRecord, AnswerStatus.notImplemented.label)),
        KeyBinding(keys: [.character("4")], command: .answer(.unknown), contexts: [.question], description: text(.keyRecord, AnswerStatus.unknown.label)),
        KeyBinding(keys: [.character("5")], command: .answer(.notApplicable), contexts: [.question], description: text(.keyNotApplicable)),
        KeyBinding(keys: [.character("6")], command: .answer(.delegated), contexts: [.question], description: text(.keyDelegated)),
        KeyBinding(keys: [.character("0")], command: .clearAnswer, contexts: [.question], description: text(.keyClear)),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, command: .pickOption(0), contexts: [.profile], description: text(.keyPickOption)),
        KeyBinding(keys: [.right, .character("n")], command: .next, contexts: [.question, .profile], description: text(.keyNext)),
        KeyBinding(keys: [.left, .character("p")], command: .previous, contexts: [.question, .profile], description: text(.keyPrevious)),
        KeyBinding(keys: [.up], command: .scrollUp, contexts: navigation.union([.controlHelp, .keyHelp]), description: text(.keyScroll)),
        KeyBinding(keys: [.down], command: .scrollDown, contexts: navigation.union([.controlHelp, .keyHelp]), description: text(.keyScroll)),
        KeyBinding(keys: [.pageUp], command: .pageUp, contexts: navigation.union([.controlHelp, .keyHelp]), description: text(.keyPage)),
        KeyBinding(keys: [.pageDown, .character(" ")], command: .pageDown, contexts: navigation.union([.controlHelp, .keyHelp]), description: text(.keyPage)),
        KeyBinding(keys: [.enter], command: .open, contexts: [.overview], description: text(.keyOpen)),
        KeyBinding(keys: [.escape], command: .back, contexts: Set(Context.allCases), description: text(.keyBack)),
        KeyBinding(keys: [.character("e")], command: .editNote, contexts: [.question], description: text(.keyNote)),
        KeyBinding(keys: [.character("h"), .character("?")], command: .controlHelp, contexts: [.question, .controlHelp], description: text(.keyControlHelp)),
        KeyBinding(keys: [.character("s")], command: .summary, contexts: [.question, .overview, .profile], description: text(.keySummary)),
        KeyBinding(keys: [.character("o")], command: .overview, contexts: [.question, .summary, .profile], description: text(.keyOverview)),
        KeyBinding(keys: [.character("P")], command: .editProfile, contexts: [.overview, .summary], description: text(.keyProfile)),
        KeyBinding(keys: [.character("L")], command: .toggleLanguage, contexts: Set(Context.allCases), description: text(.keyLanguage)),
        KeyBinding(keys: [.character("H"), .function(1)], command: .keyHelp, contexts: Set(Context.allCases), description: text(.keyKeyHelp)),
        KeyBinding(keys: [.character("h"), .character("?")], command: .keyHelp, contexts: [.overview, .summary, .profile, .keyHelp], description: text(.keyKeyHelp)),
        KeyBinding(keys: [.character("q")], command: .quit, contexts: Set(Context.allCases), description: text(.keyQuit)),
    ]

    /// The command `key` gives in `context`, if any.
    public static func command(for key: Key, in context: Context) -> Command? {
        for binding in bindings where binding.contexts.contains(context) {
            guard let index = binding.keys.firstIndex(of: key) else { continue }
            if case .pickOption = binding.command { return .pickOption(index + 1) }
            return binding.command
        }
        return nil
    }

    /// Help rows for one context: the keys' labels and the description, in table order.
    public static func help(for context: Context, language: Language) -> [(keys: String, description: String)] {
        var rows: [(String, String)] = []
        for binding in bindings where binding.contexts.contains(context) {
            let keys: String
            if case .pickOption = binding.command {
                keys = "1-9"
            } else {
                keys = binding.keys.map(\.label).joined(separator: " / ")
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
}
