import SecurityChecklist

/// Reads the command line against the command tree: finds the command the words name,
/// building only its spec, and stores each typed value in it. Every mistake is a
/// ``UsageError``, worded later in the user's language.
enum CommandLineReader {
    /// The names of completion scripts it writes.
    static let shells = ["bash", "zsh", "fish"]

    /// The first words that ask for something for the tools that package ecsec (``toolRequest``):
    /// output for programs, in English unless `--lang` says otherwise.
    static let toolRequests = ["--experimental-dump-help", "--generate-completion-script", "--generate-manual"]

    /// Whether `word` is one of ``toolRequests`` (`--generate-completion-script=zsh` too).
    static func isToolRequest(_ word: String) -> Bool {
        toolRequests.contains { word == $0 || word.hasPrefix($0 + "=") }
    }

    /// What `arguments` (after `ecsec`) ask of the tree under `root`.
    static func read(_ arguments: [String], root: any CommandNode.Type) throws(UsageError) -> CommandRequest {
        var path = [root.spec]
        var rest = arguments[...]
        if let first = rest.first, let request = try toolRequest(first, rest.dropFirst(), path: path) {
            return request
        }
        // `--lang` before the command's name (`ecsec --lang ja score …`) is the command's: every
        // command takes it, and help reads it from the whole line.
        var language: [String] = []
        while let spec = path.last, spec.read == nil {
            if let word = rest.first, spec.defaultSubcommand == nil, word == "--lang" || word.hasPrefix("--lang=") {
                let count = word == "--lang" ? min(2, rest.count) : 1
                language += rest.prefix(count)
                rest = rest.dropFirst(count)
                continue
            }
            guard let word = rest.first else {
                guard let name = spec.defaultSubcommand else { return .help(path) }
                path.append(try child(name, of: spec, path: path))
                break
            }
            switch word {
            case "-h", "--help": return .help(path)
            case "--version": return .version
            case "help": return .help(path + helpPath(rest.dropFirst(), under: spec))
            default: break
            }
            if let next = spec.subcommands.first(where: { $0.name == word }) {
                path.append(next.spec)
                rest = rest.dropFirst()
            } else if word.hasPrefix("-"), let name = spec.defaultSubcommand {
                path.append(try child(name, of: spec, path: path))
            } else if word.hasPrefix("-") {
                throw UsageError(.unknownOption(word, near: nil), path: path)
            } else {
                let names = spec.subcommands.map { $0.name }
                throw UsageError(
                    .unknownCommand(word, near: closest(to: word, among: names), all: names), path: path)
            }
        }
        guard let read = path.last?.read else { return .help(path) }
        return try read(Array(rest) + language, path)
    }

    /// `--experimental-dump-help`, `--generate-completion-script SHELL` (or `=SHELL`) and
    /// `--generate-manual FOLDER [--date YYYY-MM-DD]`, first on the line: requests of the tools
    /// that package ecsec, not of a command.
    private static func toolRequest(
        _ word: String, _ rest: ArraySlice<String>, path: [CommandSpec]
    ) throws(UsageError) -> CommandRequest? {
        if word == "--experimental-dump-help" { return .toolInfo }
        if word == "--generate-manual" {
            let info = ParameterInfo(
                kind: .option, name: "generate-manual", valueName: "folder", help: "", isOptional: true,
                isRepeating: false, allValues: [], completion: .default)
            guard let folder = rest.first, !isOption(folder) else { throw UsageError(.missingValue(info), path: path) }
            // `--date DAY`, and `--lang ja|en` (read by the help texts) for pages in Japanese.
            var date: String?
            var after = rest.dropFirst()
            while let flag = after.first {
                guard flag == "--date" || flag == "--lang", let value = after.dropFirst().first else {
                    throw UsageError(.unexpectedArgument(flag), path: path)
                }
                if flag == "--date" { date = value }
                after = after.dropFirst(2)
            }
            return .manual(folder: folder, date: date)
        }
        let flag = "--generate-completion-script"
        guard word == flag || word.hasPrefix(flag + "=") else { return nil }
        let shell = word == flag ? rest.first : String(word.dropFirst(flag.count + 1))
        let info = ParameterInfo(
            kind: .option, name: String(flag.dropFirst(2)), valueName: "shell", help: "", isOptional: true,
            isRepeating: false, allValues: shells, completion: .list(shells))
        guard let shell else { throw UsageError(.missingValue(info), path: path) }
        guard shells.contains(shell) else { throw UsageError(.invalidValue(shell, info), path: path) }
        return .completionScript(shell)
    }

    private static func child(_ name: String, of spec: CommandSpec, path: [CommandSpec]) throws(UsageError)
        -> CommandSpec
    {
        guard let node = spec.subcommands.first(where: { $0.name == name }) else {
            throw UsageError(.unknownCommand(name, near: nil, all: []), path: path)
        }
        return node.spec
    }

    /// `ecsec help checklists show --lang en`: the commands named, options set aside.
    private static func helpPath(_ words: ArraySlice<String>, under spec: CommandSpec) -> [CommandSpec] {
        var path: [CommandSpec] = []
        var current = spec
        for word in words where !word.hasPrefix("-") {
            guard let next = current.subcommands.first(where: { $0.name == word }) else { break }
            current = next.spec
            path.append(current)
        }
        return path
    }

    /// Reads a command's arguments into a new `C`.
    static func read<C: Command>(_ type: C.Type, _ arguments: [String], path: [CommandSpec]) throws(UsageError)
        -> CommandRequest
    {
        let parameters = Parameter.flattened(C.parameters)
        let positionals = parameters.filter { $0.info.kind == .positional }
        var command = C()
        var filled = [Bool](repeating: false, count: positionals.count)
        var position = 0
        var index = 0
        var optionsEnded = false
        func store(_ parameter: Parameter<C>, _ value: String) throws(UsageError) {
            RefusedArgument.clear()
            guard parameter.store(&command, value) else {
                if let refusal = RefusedArgument.recorded { throw UsageError(.refused(refusal), path: path) }
                throw UsageError(.invalidValue(value, parameter.info), path: path)
            }
        }
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if !optionsEnded && word == "--" {
                optionsEnded = true
                continue
            }
            if !optionsEnded && isOption(word) {
                switch word {
                case "-h", "--help": return .help(path)
                case "--version": return .version
                default: break
                }
                let equals = word.firstIndex(of: "=")
                let name = equals.map { String(word[..<$0]) } ?? word
                let inline = equals.map { String(word[word.index(after: $0)...]) }
                guard let parameter = parameters.first(where: { $0.info.kind != .positional && matches(name, $0.info) })
                else {
                    let longNames = parameters.filter { $0.info.kind != .positional }.map { "--" + $0.info.name }
                    throw UsageError(.unknownOption(name, near: closest(to: name, among: longNames)), path: path)
                }
                if parameter.info.kind == .flag {
                    if let inline { throw UsageError(.flagWithValue(inline, parameter.info), path: path) }
                    _ = parameter.store(&command, "")
                    continue
                }
                if let inline {
                    try store(parameter, inline)
                } else if index < arguments.count, !isOption(arguments[index]) {
                    try store(parameter, arguments[index])
                    index += 1
                } else {
                    throw UsageError(.missingValue(parameter.info), path: path)
                }
                continue
            }
            guard position < positionals.count else { throw UsageError(.unexpectedArgument(word), path: path) }
            try store(positionals[position], word)
            filled[position] = true
            if !positionals[position].info.isRepeating { position += 1 }
        }
        for (parameter, given) in zip(positionals, filled) where !given && !parameter.info.isOptional {
            throw UsageError(.missingArgument(parameter.info), path: path)
        }
        return .run(command)
    }

    /// Whether a word is an option's name rather than a value: it starts with `-`, is more
    /// than `-` (standard input's name) and is not a negative number.
    static func isOption(_ word: String) -> Bool {
        guard word.utf8.count > 1, word.utf8.first == UInt8(ascii: "-") else { return false }
        let rest = word.utf8.dropFirst()
        return !rest.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 == UInt8(ascii: ".") }
    }

    private static func matches(_ name: String, _ info: ParameterInfo) -> Bool {
        if name.hasPrefix("--") { return name.utf8.dropFirst(2).elementsEqual(info.name.utf8) }
        guard let short = info.short else { return false }
        return name == "-" + String(short)
    }
}
