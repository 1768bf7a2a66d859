import ArgumentParser
import SecurityChecklist
import Synchronization

/// A value typed on the command line that its type refused, worded in both languages.
///
/// ArgumentParser reports a refused value in English only; the types below record why they
/// refused it here, and ``ECSEC/main()`` prints that instead, in the user's language.
enum RefusedArgument {
    private static let last = Mutex<(@Sendable (Language) -> String)?>(nil)

    /// Records why a value was refused.
    static func record(_ message: @escaping @Sendable (Language) -> String) {
        last.withLock { $0 = message }
    }

    /// The message recorded during parsing, if any, and forgets it.
    static func take() -> (@Sendable (Language) -> String)? {
        last.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

/// `--as-of YYYY-MM-DD`: the day staleness is judged on.
struct CalendarDate: ExpressibleByArgument, Sendable {
    var timestamp: Timestamp

    init?(argument: String) {
        guard let timestamp = Timestamp(date: argument) else {
            RefusedArgument.record { CLIPhrase.badDate($0, argument) }
            return nil
        }
        self.timestamp = timestamp
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// A status name in any letter case, `n/a`, or `unanswered` / `none` / `clear` for no answer.
struct StatusArgument: ExpressibleByArgument, Sendable {
    var value: StatusOrUnanswered

    static let aliases = [
        "n/a": "notapplicable", "na": "notapplicable", "not-applicable": "notapplicable",
        "not-implemented": "notimplemented", "none": "unanswered", "clear": "unanswered",
    ]

    init?(argument: String) {
        let folded = argument.lowercased()
        let key = Self.aliases[folded] ?? folded
        guard let match = StatusOrUnanswered.allCases.first(where: { $0.description.lowercased() == key }) else {
            let valid = StatusOrUnanswered.allCases.map(\.description).joined(separator: ", ")
            RefusedArgument.record { CLIPhrase.unknownStatus($0, argument, valid) }
            return nil
        }
        value = match
    }

    static var allValueStrings: [String] { StatusOrUnanswered.allCases.map(\.description) }
}

/// `--profile key=value`.
struct ProfileEntry: ExpressibleByArgument, Sendable {
    var key: ProfileKey
    var value: ProfileValue

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            RefusedArgument.record { CLIPhrase.profileEntryFormat($0, argument) }
            return nil
        }
        key = ProfileKey(parts[0])
        value = ProfileValue(parts[1])
    }
}

extension Language: ExpressibleByArgument {}
