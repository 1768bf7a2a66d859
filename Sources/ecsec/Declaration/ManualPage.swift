import SecurityChecklist

/// The manual pages (mdoc), one per command, made from the command tree like help and
/// completion: `ecsec.1` for the root and `ecsec.<command>.1` for each command under it
/// (`ecsec.checklists.show.1`). `ecsec --generate-manual FOLDER [--date YYYY-MM-DD]` writes
/// them; the Debian package installs them.
enum ManualPage {
    /// Every page: its file name and its text.
    static func pages(_ root: CommandSpec, date: String) -> [(name: String, text: String)] {
        var pages: [(String, String)] = []
        func visit(_ spec: CommandSpec, _ words: [String]) {
            pages.append((words.joined(separator: ".") + ".1", page(spec, words: words, date: date)))
            for child in spec.children { visit(child, words + [child.name]) }
        }
        visit(root, [root.name])
        return pages
    }

    /// `2026-12-07` as mdoc's `.Dd` writes a date (`December 7, 2026`); other text as it is.
    static func documentDate(_ date: String) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
        return "\(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
    }

    static func page(_ spec: CommandSpec, words: [String], date: String) -> String {
        let name = words.joined(separator: " ")
        var lines = [
            ".\\\" The manual page of \(escaped(name)), written by `ecsec --generate-manual` from the command's",
            ".\\\" declaration. Do not edit.",
            ".Dd \(documentDate(date))",
            ".Dt \(words.joined(separator: "-").uppercased()) 1",
            ".Os",
            ".Sh NAME",
            ".Nm \(quoted(name))",
            ".Nd \(quoted(spec.abstract))",
            ".Sh SYNOPSIS",
            ".Nm",
        ]
        if !spec.subcommands.isEmpty {
            lines.append(".Ar subcommand")
        }
        for parameter in spec.parameters {
            let synopsis: String
            switch parameter.kind {
            case .positional: synopsis = "Ar \(parameter.valueName)"
            case .option: synopsis = "Fl -\(parameter.name) Ar \(parameter.valueName)"
            case .flag: synopsis = "Fl -\(parameter.name)"
            }
            let repeated = parameter.isRepeating ? " Ar ..." : ""
            lines.append(parameter.isOptional ? ".Op \(synopsis)\(repeated)" : ".\(synopsis)\(repeated)")
        }
        lines.append(".Sh DESCRIPTION")
        lines += text(spec.discussion.isEmpty ? spec.abstract : spec.discussion)
        if !spec.parameters.isEmpty {
            lines += [".Sh OPTIONS", ".Bl -tag -width 6n"]
            for parameter in spec.parameters {
                switch parameter.kind {
                case .positional: lines.append(".It Ar \(parameter.valueName)")
                case .option:
                    let short = parameter.short.map { "Fl \($0) Ar \(parameter.valueName) , " } ?? ""
                    lines.append(".It \(short)Fl -\(parameter.name) Ar \(parameter.valueName)")
                case .flag: lines.append(".It Fl -\(parameter.name)")
                }
                lines += text(HelpPage.help(of: parameter, HelpText.language))
            }
            lines.append(".El")
        }
        if !spec.subcommands.isEmpty {
            lines += [".Sh SUBCOMMANDS", ".Bl -tag -width 6n"]
            for child in spec.children {
                lines.append(".It Xr \((words + [child.name]).joined(separator: ".")) 1")
                lines += text(child.abstract)
            }
            lines.append(".El")
        }
        lines += [".Sh SEE ALSO"]
        let related = words.count > 1 ? [words.dropLast().joined(separator: ".")] : []
        lines += (related + spec.children.map { (words + [$0.name]).joined(separator: ".") }).enumerated().map {
            ".Xr \($0.element) 1" + ($0.offset < related.count + spec.children.count - 1 ? " ," : "")
        }
        lines += [".Sh AUTHORS", "ecsec authors", ""]
        return lines.joined(separator: "\n")
    }

    /// Help text (one line per paragraph: the manual is generated without a width) as mdoc:
    /// paragraphs, definitions (`term  text`) as a tagged list, and indented lines (examples)
    /// kept as they are in a literal display.
    static func text(_ text: String) -> [String] {
        enum Block { case prose, literal, definitions }
        var lines: [String] = []
        var block = Block.prose
        func enter(_ next: Block) {
            guard next != block else { return }
            if block == .literal { lines.append(".Ed") }
            if block == .definitions { lines.append(".El") }
            if next == .literal { lines.append(".Bd -literal -offset indent") }
            if next == .definitions { lines.append(".Bl -tag -width Ds") }
            block = next
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty {
                if block == .literal {
                    lines.append("")
                } else {
                    enter(.prose)
                    lines.append(".Pp")
                }
                continue
            }
            if line.hasPrefix(" ") {
                enter(.literal)
                lines.append(escaped(String(line.dropFirst(2))))
            } else if let gap = line.firstRange(of: "  "), !line[..<gap.lowerBound].contains(" ") {
                enter(.definitions)
                lines.append(".It \(quoted(String(line[..<gap.lowerBound])))")
                lines.append(escaped(String(line[gap.upperBound...].drop { $0 == " " })))
            } else {
                enter(.prose)
                lines.append(escaped(line))
            }
        }
        enter(.prose)
        return lines
    }

    /// Text safe on a line of its own: backslashes escaped, and a leading `.` or `'` (which
    /// would start a request) made plain.
    static func escaped(_ text: String) -> String {
        let text = text.replacing("\\", with: "\\e")
        return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }

    /// A macro argument in double quotes, so words such as `No` or `Op` in it stay words.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text).replacing("\"", with: "\\(dq") + "\""
    }
}
