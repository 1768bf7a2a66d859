import SecurityChecklist

/// A command's help page and usage line, laid out from its spec: the overview, the
/// discussion, the usage, each argument and option with its help in a column, and a group's
/// commands. Text is wrapped by display width, so Japanese wraps too.
enum HelpPage {
    /// The column help text starts at, after the names.
    static let column = 26

    /// The help page of the last command on `path` (from the root), `columns` wide.
    static func text(_ path: [CommandSpec], columns: Int, language: Language) -> String {
        guard let spec = path.last else { return "" }
        let width = max(column + 20, columns)
        var lines: [String] = []
        let overview = CLIPhrase.helpOverview(language) + spec.abstract
        lines += TerminalText.wrap(overview, to: width - 1)
        lines.append("")
        if !spec.discussion.isEmpty {
            lines += spec.discussion.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
                fitted(String($0), width: width)
            }
            lines.append("")
        }
        lines.append(CLIPhrase.helpUsage(language) + usage(path))
        let arguments = spec.parameters.filter { $0.kind == .positional }
        if !arguments.isEmpty {
            lines += ["", CLIPhrase.helpArguments(language)]
            lines += arguments.flatMap { row($0.label, help(of: $0, language), width: width) }
        }
        lines += ["", CLIPhrase.helpOptions(language)]
        lines += spec.parameters.filter { $0.kind != .positional }.flatMap {
            row($0.label, help(of: $0, language), width: width)
        }
        lines += row("--version", CLIPhrase.showVersion(language), width: width)
        lines += row("-h, --help", CLIPhrase.showHelp(language), width: width)
        if !spec.subcommands.isEmpty {
            lines += ["", CLIPhrase.helpSubcommands(language)]
            for child in spec.children {
                let name =
                    child.name == spec.defaultSubcommand
                    ? CLIPhrase.helpDefaultSubcommand(language, child.name) : child.name
                lines += row(name, child.abstract, width: width)
            }
            let under = path.dropFirst().map { $0.name + " " }.joined()
            lines += ["", "  " + CLIPhrase.seeSubcommandHelp(language, under)]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `ecsec score <file> [--format <format>] …`; a command with more than twelve
    /// parameters shows `[<options>]` and what must be given.
    static func usage(_ path: [CommandSpec]) -> String {
        let command = path.map(\.name).joined(separator: " ")
        guard let spec = path.last else { return command }
        if !spec.subcommands.isEmpty { return command + " <subcommand>" }
        var shown = spec.parameters
        var prefix = ""
        if shown.count > 12 {
            shown = shown.filter { $0.kind == .positional || !$0.isOptional }
            prefix = " [<options>]"
        }
        let parts = shown.map { $0.isOptional ? "[\($0.synopsis)]" : $0.synopsis }
        return ([command + prefix] + parts).joined(separator: " ")
    }

    /// A parameter's help with the values it takes and its default.
    static func help(of parameter: ParameterInfo, _ language: Language) -> String {
        let values = parameter.allValues.joined(separator: ", ")
        switch (values.isEmpty, parameter.defaultValue) {
        case (true, nil): return parameter.help
        case (false, nil): return parameter.help + CLIPhrase.helpValues(language, values)
        case (true, let value?): return parameter.help + CLIPhrase.helpDefault(language, value)
        case (false, let value?): return parameter.help + CLIPhrase.helpValuesAndDefault(language, values, value)
        }
    }

    /// A line of a discussion, as written when it fits (``HelpText`` has wrapped the prose); a
    /// wider one — an indented example or definition — is wrapped under itself: a definition
    /// under its text, an example command with ` \` so it can still be copied.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard TerminalText.width(line) > width else { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        if let gap = body.firstRange(of: "  ") {
            let hang =
                indent + body.distance(from: body.startIndex, to: gap.lowerBound)
                + body[gap.lowerBound...].prefix { $0 == " " }.count
            let term = String(line.prefix(hang))
            let wrapped = TerminalText.wrap(String(line.dropFirst(hang)), to: max(20, width - hang))
            return wrapped.enumerated().map {
                ($0.offset == 0 ? term : String(repeating: " ", count: hang)) + $0.element
            }
        }
        let wrapped = TerminalText.wrap(String(body), to: max(20, width - indent - 6))
        return wrapped.enumerated().map { offset, part in
            String(repeating: " ", count: indent + (offset == 0 ? 0 : 4)) + part
                + (offset < wrapped.count - 1 ? " \\" : "")
        }
    }

    /// `  label                   text`, the text wrapped under itself; a label too wide for
    /// the column puts the text on the next line.
    static func row(_ label: String, _ text: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: column)
        let wrapped = TerminalText.wrap(text, to: width - column - 1)
        let head = "  " + label
        let headWidth = TerminalText.width(head)
        guard let first = wrapped.first else { return [head] }
        if headWidth + 1 <= column {
            return [head + String(repeating: " ", count: column - headWidth) + first]
                + wrapped.dropFirst().map { indent + $0 }
        }
        return [head] + wrapped.map { indent + $0 }
    }
}
