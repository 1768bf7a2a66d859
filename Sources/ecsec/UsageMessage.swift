import SecurityChecklist

/// ArgumentParser's usage errors in the user's language: the mistakes a user makes most
/// (a mistyped option or command, a missing argument or value) are reworded, and a mistyped
/// command gets a suggestion as options already do. The rest stays as ArgumentParser wrote it.
///
/// ArgumentParser's error types are internal, so the rewording keys on its English text
/// (`Unknown option '…'`, `Missing expected argument '…'`, `Missing value for '…'`, `Did you
/// mean '…'`, `The value '…' is invalid for '…'. Please provide one of '…'`). Package.swift pins ArgumentParser to one minor version, and the end-to-end tests
/// (`CommandLineTests`, "usage errors in the user's language") fail when a wording changes.
enum UsageMessage {
    /// `message` as ArgumentParser wrote it (`Error: …`, `Usage: …`, `  See '…' for more
    /// information.`), for `arguments` as typed, in `language`.
    static func text(_ message: String, arguments: [String], commands: [String], language: Language) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.hasPrefix("Error: ") else { return message }
        let error = String(first.dropFirst("Error: ".count))
        var reworded: String?
        if let name = quoted(after: "Unknown option ", in: error) {
            if let near = quoted(after: "Did you mean ", in: error) {
                reworded = CLIPhrase.unknownOptionNear(language, name, near)
            } else {
                reworded = CLIPhrase.unknownOption(language, name)
            }
        } else if let name = quoted(after: "Missing expected argument ", in: error) {
            reworded = CLIPhrase.missingArgument(language, name)
        } else if let name = quoted(after: "Missing value for ", in: error) {
            reworded = CLIPhrase.missingValue(language, name)
        } else if let value = quoted(after: "The value ", in: error),
            let option = quoted(after: "is invalid for ", in: error)
        {
            // `The value 'md' is invalid for '--format <format>'. Please provide one of 'a', 'b' or 'c'.`
            let flag = String(option.split(separator: " ").first ?? Substring(option))
            if let range = error.firstRange(of: "Please provide one of ") {
                // Up to a few values quoted on the line; more as a list below it (`  - value`).
                let listed = lines.dropFirst().prefix { $0.hasPrefix("  - ") }
                var choices = error[range.upperBound...].split(separator: "'", omittingEmptySubsequences: false)
                    .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                choices += listed.map { String($0.dropFirst(4)).filter { $0 != "'" } }
                lines.removeSubrange(1..<(1 + listed.count))
                reworded = CLIPhrase.invalidValueOneOf(language, value, flag, choices.joined(separator: ", "))
            } else {
                reworded = CLIPhrase.invalidValue(language, value, flag)
            }
        }
        // `ecsec scroe x.json`: the command is the first word; ArgumentParser calls it an
        // unexpected argument and suggests nothing.
        if let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word), word != "help" {
            if let near = closest(to: word, among: commands) {
                reworded = CLIPhrase.unknownCommandNear(language, word, near)
            } else {
                reworded = CLIPhrase.unknownCommand(language, word, commands.joined(separator: ", "))
            }
        }
        guard let reworded else { return message }
        lines[0] = language == .ja ? "エラー: " + reworded : "Error: " + reworded
        if language == .ja {
            lines = lines.map { line in
                if line.hasPrefix("Usage: ") { return "使い方: " + line.dropFirst("Usage: ".count) }
                if line.hasPrefix("Help: ") { return "説明: " + line.dropFirst("Help: ".count) }
                if let command = quoted(after: "  See ", in: line) { return "  詳しくは " + command + " をご覧ください" }
                return line
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The text between the single quotes after `prefix` in `text`.
    static func quoted(after prefix: String, in text: String) -> String? {
        guard let start = text.firstRange(of: prefix + "'") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
