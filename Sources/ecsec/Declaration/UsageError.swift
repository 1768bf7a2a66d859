import SecurityChecklist

/// A mistake on the command line, found by ``CommandLineReader`` and explained in the user's
/// language with the command's usage (exit status 64; a value its type refused, 1).
struct UsageError: Error {
    enum Problem {
        case unknownOption(String, near: String?)
        case unknownCommand(String, near: String?, all: [String])
        case missingArgument(ParameterInfo)
        case missingValue(ParameterInfo)
        case invalidValue(String, ParameterInfo)
        case flagWithValue(String, ParameterInfo)
        case unexpectedArgument(String)
        /// A value its type refused, saying why (``RefusedArgument``).
        case refused(RefusedArgument.Refusal)
    }

    var problem: Problem
    /// The commands from the root to the one being read.
    var path: [CommandSpec]

    init(_ problem: Problem, path: [CommandSpec]) {
        self.problem = problem
        self.path = path
    }

    /// The exit status: 64 for usage, 1 for a refused value (as for any other bad answer).
    var status: Int32 {
        if case .refused = problem { return 1 }
        return 64
    }

    /// The message: the problem, then (for usage) the parameter's help, the usage line and
    /// where to read more. Typed text is quoted as typed; the caller makes it safe to print.
    func message(_ language: Language) -> String {
        let line: String
        var parameter: ParameterInfo?
        switch problem {
        case .refused(let refusal): return "ecsec: " + refusal.message(language)
        case .unknownOption(let name, let near):
            line =
                near.map { CLIPhrase.unknownOptionNear(language, name, $0) } ?? CLIPhrase.unknownOption(language, name)
        case .unknownCommand(let word, let near, let all):
            line =
                near.map { CLIPhrase.unknownCommandNear(language, word, $0) }
                ?? CLIPhrase.unknownCommand(language, word, all.joined(separator: ", "))
        case .missingArgument(let info):
            line = CLIPhrase.missingArgument(language, info.synopsis)
            parameter = info
        case .missingValue(let info):
            line = CLIPhrase.missingValue(language, info.synopsis)
            parameter = info
        case .invalidValue(let value, let info):
            line =
                info.allValues.isEmpty
                ? CLIPhrase.invalidValue(language, value, info.flagName)
                : CLIPhrase.invalidValueOneOf(language, value, info.flagName, info.allValues.joined(separator: ", "))
        case .flagWithValue(let value, let info): line = CLIPhrase.flagWithValue(language, info.flagName, value)
        case .unexpectedArgument(let word): line = CLIPhrase.unexpectedArgument(language, word)
        }
        let command = path.map(\.name).joined(separator: " ")
        var lines = [CLIPhrase.errorLabel(language) + line]
        if let parameter, !parameter.help.isEmpty {
            lines.append(CLIPhrase.helpLabel(language) + parameter.synopsis + "  " + parameter.help)
        }
        lines.append(CLIPhrase.usageLabel(language) + HelpPage.usage(path))
        lines.append("  " + CLIPhrase.seeHelp(language, command))
        return lines.joined(separator: "\n")
    }
}
