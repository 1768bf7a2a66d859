import SecurityChecklist
import Synchronization

/// A value typed on the command line that its type refused, worded in both languages.
///
/// The types below record why they refused a value, and the command-line reader reports
/// that, in the user's language, instead of a bare "invalid value".
enum RefusedArgument {
    /// Why a value was refused: a phrase and its arguments (values, not a closure, so the
    /// record stays plain data until the process exits).
    struct Refusal: Sendable {
        var phrase: CLIPhrase
        var arguments: [String]
        /// The arguments for a Japanese message, when they differ (the words a Japanese user
        /// types).
        var japanese: [String]?

        func message(_ language: Language) -> String {
            let values = language == .ja ? japanese ?? arguments : arguments
            return phrase(language, values.map { $0 as CustomStringConvertible })
        }
    }

    private static let last = Mutex<Refusal?>(nil)

    /// Records why a value was refused.
    static func record(_ phrase: CLIPhrase, _ arguments: String...) {
        last.withLock { $0 = Refusal(phrase: phrase, arguments: arguments) }
    }

    /// Records why a value was refused, with other arguments for the Japanese message.
    static func record(_ phrase: CLIPhrase, _ arguments: [String], japanese: [String]) {
        last.withLock { $0 = Refusal(phrase: phrase, arguments: arguments, japanese: japanese) }
    }

    /// The refusal recorded during parsing, if any.
    static var recorded: Refusal? { last.withLock { $0 } }

    /// Forgets the last refusal, before the next value is read (so one value's refusal is
    /// never reported for another's).
    static func clear() { last.withLock { $0 = nil } }
}

/// A day: `--as-of` (`--due` is a ``DueArgument``). `2027-03-31`, and what an owner types for it (`2027-3-31`,
/// `2027/3/31`, `2027年3月31日`, full-width).
struct CalendarDate: ArgumentValue, Sendable {
    var timestamp: Timestamp

    init?(argument: String) {
        guard let timestamp = TypedInput.date(argument) else {
            RefusedArgument.record(.badDate, RefusedArgument.optionName(before: argument) ?? "--as-of", argument)
            return nil
        }
        self.timestamp = timestamp
    }
}

/// A plan's due day as `--due` takes it: a date in any form ``CalendarDate`` accepts, or
/// `none` / `undecided` / 未定 / 期限未定 for a plan with an owner and no date yet.
struct DueArgument: ArgumentValue, Sendable {
    /// The day, `nil` for no date yet.
    var timestamp: Timestamp?

    static let undecidedWords: Set<String> = ["none", "undecided", "tbd", "未定", "期限未定"]

    init?(argument: String) {
        let folded = argument.foldingWidth.trimmingSpaces.lowercased()
        if Self.undecidedWords.contains(folded) {
            timestamp = nil
            return
        }
        guard let timestamp = TypedInput.date(argument) else {
            RefusedArgument.record(.badDue, RefusedArgument.optionName(before: argument) ?? "--due", argument)
            return nil
        }
        self.timestamp = timestamp
    }
}

/// A status name in any letter case, full-width or not, `n/a`, the status's label in Japanese or
/// English (実施している, 一部, Don't know) — what `--help` shows is accepted as input — or
/// `unanswered` / `none` / `clear` / 未回答 for no answer. A typo gets a "did you mean".
struct StatusArgument: ArgumentValue, Sendable {
    var value: StatusOrUnanswered

    init(_ value: StatusOrUnanswered) { self.value = value }

    static let aliases = [
        "n/a": "notapplicable", "na": "notapplicable", "not-applicable": "notapplicable",
        "not-implemented": "notimplemented", "none": "unanswered", "clear": "unanswered",
        // What Japanese owners write for "done", "no" and "not applicable".
        "実施済み": "implemented", "実施済": "implemented", "済み": "implemented", "済": "implemented",
        "はい": "implemented", "yes": "implemented", "いいえ": "notimplemented", "no": "notimplemented",
        "未対応": "notimplemented", "対象外": "notapplicable", "なし": "notapplicable",
    ]

    /// The words a Japanese owner can type, for the refusal in Japanese.
    static let japaneseWords: String =
        AnswerStatus.allCases.map { status in
            status.shortLabel.ja == status.label.ja
                ? status.label.ja : "\(status.shortLabel.ja)（\(status.label.ja)）"
        }.joined(separator: "、") + "、" + AnswerStatus.unansweredLabel.ja

    /// Every word that names a status: its name, its labels in both languages.
    static let names: [(String, StatusOrUnanswered)] = {
        var names: [(String, StatusOrUnanswered)] = StatusOrUnanswered.allCases.map {
            ($0.description.lowercased(), $0)
        }
        for status in AnswerStatus.allCases {
            for label in [status.label, status.shortLabel] {
                names += [(label.ja.lowercased(), .answered(status)), (label.en.lowercased(), .answered(status))]
            }
        }
        names += [
            (AnswerStatus.unansweredLabel.ja, .unanswered), (AnswerStatus.unansweredLabel.en.lowercased(), .unanswered),
        ]
        return names
    }()

    init?(argument: String) {
        let folded = argument.foldingWidth.trimmingSpaces.lowercased()
        let key = Self.aliases[folded] ?? folded
        guard let match = Self.names.first(where: { $0.0 == key })?.1 else {
            let valid = StatusOrUnanswered.allCases.map(\.description).joined(separator: ", ")
            let japanese = Self.japaneseWords + "（" + valid + " も使えます）"
            if let near = closest(to: key, among: StatusOrUnanswered.allCases.map(\.description)) {
                RefusedArgument.record(
                    .unknownStatusNear, [argument, near, valid], japanese: [argument, near, japanese])
            } else {
                RefusedArgument.record(.unknownStatus, [argument, valid], japanese: [argument, japanese])
            }
            return nil
        }
        value = match
    }

    static var allValueStrings: [String] { StatusOrUnanswered.allCases.map(\.description) }
}

/// `--profile key=value`.
struct ProfileEntry: ArgumentValue, Sendable {
    var key: ProfileKey
    var value: ProfileValue

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            RefusedArgument.record(.profileEntryFormat, argument)
            return nil
        }
        key = ProfileKey(parts[0])
        value = ProfileValue(parts[1])
    }
}

/// Text that must not be empty or only spaces (`--period`, `--site`, `--assessor`,
/// `--evidence`): a file with such a value would not load again.
struct NonBlankText: ArgumentValue, Sendable, CustomStringConvertible {
    var text: String

    init?(argument: String) {
        guard argument.contains(where: { !$0.isWhitespace }) else {
            RefusedArgument.record(.blankValue, RefusedArgument.optionName(before: argument) ?? "")
            return nil
        }
        text = argument
    }

    var description: String { text }
}

/// A period: a quarter, stored as `YYYY-Qn` whatever form was typed (`2026Q4`, `2026年Q4`,
/// `2026-4Q`, full-width).
struct PeriodArgument: ArgumentValue, Sendable {
    var text: String

    init?(argument: String) {
        guard let quarter = TypedInput.quarter(argument) else {
            RefusedArgument.record(.badPeriod, RefusedArgument.optionName(before: argument) ?? "--period", argument)
            return nil
        }
        text = quarter
    }

    var description: String { text }
}

extension RefusedArgument {
    /// The option typed before `value` (`--period ""` or `--period=`), for messages.
    static func optionName(before value: String) -> String? {
        let arguments = Array(CommandLine.arguments.dropFirst())
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "="),
                argument[argument.index(after: equals)...] == value
            {
                return String(argument[..<equals])
            }
            if argument.hasPrefix("-"), index + 1 < arguments.count, arguments[index + 1] == value { return argument }
        }
        return nil
    }
}
