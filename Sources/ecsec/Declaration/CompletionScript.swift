import SecurityChecklist

/// Shell completion scripts for bash, zsh and fish, made from the command tree: the commands
/// under each group, each command's options with the values they take, and file names (of
/// the extensions a parameter names) where a value is a file. A positional argument is a
/// file unless it says otherwise; an option's value is free text unless it names its values
/// or `.file`.
enum CompletionScript {
    /// One command of the tree with the words that reach it.
    private struct Node {
        var words: [String]
        var spec: CommandSpec
        var key: String { words.joined(separator: " ") }
        var function: String { "_" + words.joined(separator: "_").replacing("-", with: "_") }
    }

    private static func nodes(_ root: CommandSpec) -> [Node] {
        var nodes: [Node] = []
        func visit(_ spec: CommandSpec, _ words: [String]) {
            nodes.append(Node(words: words, spec: spec))
            for child in spec.children { visit(child, words + [child.name]) }
        }
        visit(root, [root.name])
        return nodes
    }

    /// The parameters completed at a node: a group with a default command also takes that
    /// command's.
    private static func parameters(_ spec: CommandSpec) -> [ParameterInfo] {
        guard let name = spec.defaultSubcommand, let child = spec.children.first(where: { $0.name == name }) else {
            return spec.parameters
        }
        return child.parameters
    }

    static func script(for shell: String, root: CommandSpec) -> String {
        switch shell {
        case "zsh": zsh(root)
        case "fish": fish(root)
        default: bash(root)
        }
    }

    // MARK: bash

    private static func bash(_ root: CommandSpec) -> String {
        let all = nodes(root)
        let name = root.name
        var lines = [
            "#!/bin/bash",
            "# bash completion for \(name), written by `\(name) --generate-completion-script bash`.",
            "",
            "_\(name)_files() {  # _\(name)_files [EXTENSION...]: folders, and files with one of the extensions (any without)",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" extension",
            "    if [[ $# -eq 0 ]]; then COMPREPLY=($(compgen -f -- \"$cur\")); compopt -o filenames 2>/dev/null; return; fi",
            "    COMPREPLY=($(compgen -d -- \"$cur\"))",
            "    for extension in \"$@\"; do COMPREPLY+=($(compgen -f -X \"!*.$extension\" -- \"$cur\")); done",
            "    compopt -o filenames 2>/dev/null",
            "}",
            "",
            "_\(name)() {",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD - 1]}\" path=\(name) i",
            "    COMPREPLY=()",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        case \"$path ${COMP_WORDS[i]}\" in",
            "            " + all.dropFirst().map { "'\($0.key)'" }.joined(separator: " | ")
                + ") path=\"$path ${COMP_WORDS[i]}\" ;;",
            "        esac",
            "    done",
            "    case \"$path\" in",
        ]
        for node in all {
            let parameters = parameters(node.spec)
            let options = parameters.filter { $0.kind != .positional }
            let optionWords = options.map { "--" + $0.name } + ["--help", "--version"]
            lines.append("        '\(node.key)')")
            let valued = options.filter { $0.kind == .option }
            if !valued.isEmpty {
                lines.append("            case \"$prev\" in")
                for option in valued {
                    let names = (option.short.map { ["-\($0)"] } ?? []) + ["--" + option.name]
                    let values = option.completion == .default ? "" : bashValues(option.completion, name) + "; "
                    lines.append("                \(names.joined(separator: " | "))) \(values)return ;;")
                }
                lines.append("            esac")
            }
            lines.append(
                "            if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W '\(optionWords.joined(separator: " "))' -- \"$cur\")); return; fi"
            )
            if !node.spec.subcommands.isEmpty {
                let words = node.spec.subcommands.map { $0.name }.joined(separator: " ")
                lines.append("            COMPREPLY=($(compgen -W '\(words)' -- \"$cur\")) ;;")
            } else if let positional = parameters.first(where: { $0.kind == .positional }) {
                lines.append("            \(bashValues(positional.completion, name)) ;;")
            } else {
                lines.append("            ;;")
            }
        }
        lines += ["    esac", "}", "", "complete -F _\(name) \(name)", ""]
        return lines.joined(separator: "\n")
    }

    private static func bashValues(_ completion: Completion, _ name: String) -> String {
        switch completion {
        case .default: "_\(name)_files"
        case .list(let values): "COMPREPLY=($(compgen -W '\(values.joined(separator: " "))' -- \"$cur\"))"
        case .file(let extensions): (["_\(name)_files"] + extensions).joined(separator: " ")
        }
    }

    // MARK: zsh

    private static func zsh(_ root: CommandSpec) -> String {
        let name = root.name
        var lines = [
            "#compdef \(name)", "# zsh completion for \(name), written by `\(name) --generate-completion-script zsh`.",
            "",
        ]
        for node in nodes(root) {
            lines.append("\(node.function)() {")
            var specs = parameters(node.spec).filter { $0.kind != .positional }.map(zshOption)
            specs += ["'(- *)--version[\(zshEscaped(CLIPhrase.showVersion(HelpText.language)))]'"]
            specs += ["'(- *)'{-h,--help}'[\(zshEscaped(CLIPhrase.showHelp(HelpText.language)))]'"]
            if node.spec.subcommands.isEmpty {
                for positional in node.spec.parameters where positional.kind == .positional {
                    let action = zshAction(positional.completion)
                    specs.append(
                        positional.isRepeating
                            ? "'*:\(positional.valueName):\(action)'"
                            : "'\(positional.isOptional ? ":" : ""):\(positional.valueName):\(action)'")
                }
                lines.append("    _arguments -s \\")
                lines += specs.map { "        \($0) \\" }
                lines.append("        && return")
            } else {
                lines += ["    local context state state_descr line", "    local -A opt_args", "    _arguments -C \\"]
                lines += specs.map { "        \($0) \\" }
                lines += [
                    "        '1: :->command' \\", "        '*:: :->arguments' && return", "    case $state in",
                    "        command)", "            local -a commands=(",
                ]
                lines += node.spec.children.map {
                    "                '\(zshEscaped($0.name)):\(zshEscaped($0.abstract))'"
                }
                lines += [
                    "            )", "            _describe -t commands 'command' commands ;;", "        arguments)",
                ]
                lines.append("            case $words[1] in")
                for child in node.spec.children {
                    let function = Node(words: node.words + [child.name], spec: child).function
                    lines.append("                \(child.name)) \(function) ;;")
                }
                lines += ["            esac ;;", "    esac"]
            }
            lines += ["}", ""]
        }
        lines += ["_\(name)", ""]
        return lines.joined(separator: "\n")
    }

    private static func zshOption(_ option: ParameterInfo) -> String {
        let names = option.short.map { "{-\($0),--\(option.name)}" } ?? "--\(option.name)"
        let help = "[\(zshEscaped(option.help))]"
        let repeats = option.isRepeating ? "*" : ""
        guard option.kind == .option else { return "'\(repeats)--\(option.name)\(help)'" }
        let value = ":\(option.valueName):" + (option.completion == .default ? " " : zshAction(option.completion))
        return option.short == nil
            ? "'\(repeats)\(names)\(help)\(value)'" : "'\(repeats)'\(names)'\(help)\(value)'"
    }

    private static func zshAction(_ completion: Completion) -> String {
        switch completion {
        case .default: "_files"
        case .list(let values): "(\(values.joined(separator: " ")))"
        case .file(let extensions) where extensions.isEmpty: "_files"
        case .file(let extensions): "_files -g \"*.(\(extensions.joined(separator: "|")))\""
        }
    }

    /// Text inside a single-quoted `[...]` or `name:description` of zsh.
    private static func zshEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text.replacing("\n", with: " ") {
            switch character {
            case "'": escaped += "'\\''"
            case "[", "]", ":", "\\": escaped += "\\" + String(character)
            default: escaped.append(character)
            }
        }
        return escaped
    }

    // MARK: fish

    private static func fish(_ root: CommandSpec) -> String {
        let all = nodes(root)
        let name = root.name
        var lines = [
            "# fish completion for \(name), written by `\(name) --generate-completion-script fish`.", "",
            "function __\(name)_path --description 'the command words typed so far'",
            "    set -l path \(name)",
            "    for word in (commandline -opc)[2..-1]",
            "        switch \"$path $word\"",
            "            case " + all.dropFirst().map { "'\($0.key)'" }.joined(separator: " "),
            "                set path \"$path $word\"",
            "        end",
            "    end",
            "    echo $path",
            "end", "",
            "complete -c \(name) -f",
        ]
        for node in all {
            let condition = "-n '[ \"$(__\(name)_path)\" = \"\(node.key)\" ]'"
            for child in node.spec.children {
                lines.append(
                    "complete -c \(name) \(condition) -a \(fishQuoted(child.name)) -d \(fishQuoted(child.abstract))")
            }
            for option in parameters(node.spec) where option.kind != .positional {
                var line = "complete -c \(name) \(condition) -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.kind == .option {
                    switch option.completion {
                    case .list(let values): line += " -x -a \(fishQuoted(values.joined(separator: " ")))"
                    case .default: line += " -x"
                    case .file: line += " -r -F"
                    }
                }
                lines.append(line + " -d \(fishQuoted(option.help))")
            }
            if node.spec.subcommands.isEmpty,
                let positional = node.spec.parameters.first(where: { $0.kind == .positional })
            {
                if case .list(let values) = positional.completion {
                    lines.append("complete -c \(name) \(condition) -a \(fishQuoted(values.joined(separator: " ")))")
                } else {
                    lines.append("complete -c \(name) \(condition) -F")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fishQuoted(_ text: String) -> String {
        "'" + text.replacing("\n", with: " ").replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
