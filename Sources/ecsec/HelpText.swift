import ArgumentParser
import SecurityChecklist

/// Help text written in the source as readable paragraphs and wrapped here, once, by display
/// width: ArgumentParser wraps by character count at spaces, which leaves Japanese lines
/// unbroken and source-wrapped lines ragged. Lines it receives already fit, so it leaves them.
enum HelpText {
    /// The width ArgumentParser wraps help to: `COLUMNS`, else the terminal's, else 80.
    static var columns: Int {
        if let value = Environment.variable("COLUMNS").flatMap(Int.init), value > 0 { return value }
        return Environment.columns(1)
    }

    /// A paragraph as written: its text joined, and for a definition (`term   text`, the
    /// continuation lines indented under the text) the term and the hanging indent.
    private struct Paragraph {
        var term = ""
        var hang = 0
        var text: String
        var open: Bool
    }

    /// Whether this run can show help text: asked for (`--help`, `-h`, `help`, the completion
    /// and manual generators) or `ecsec` alone. ArgumentParser builds every command's
    /// configuration on every run, and wrapping all of it would cost more than starting up.
    static let isWanted: Bool = {
        let arguments = CommandLine.arguments.dropFirst()
        return arguments.isEmpty
            || arguments.contains { argument in
                ["--help", "-h", "help"].contains(argument) || argument.hasPrefix("--experimental-dump-help")
                    || argument.hasPrefix("--generate-completion-script")
            }
    }()

    /// The language help is shown in: `--lang`, else the file's, else the locale's — except for
    /// what other tools read from the binary (the tool-info dump the manual is generated from,
    /// and completion scripts), which are English unless `--lang` says otherwise.
    static let language: Language = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let typed = ECSEC.languageArgument(in: arguments)
        let forTools = arguments.contains {
            $0.hasPrefix("--experimental-dump-help") || $0.hasPrefix("--generate-completion-script")
        }
        return forTools ? typed ?? .en : Environment.language(typed)
    }()

    /// The column ArgumentParser starts an option's help at.
    static let optionHelpColumn = 26

    /// One help text in the help language; both are written where the command declares it.
    static func text(_ english: String, _ japanese: String) -> String { language == .ja ? japanese : english }

    /// ``reflow(_:columns:)`` of the text in the help language.
    static func reflow(_ english: String, ja japanese: String) -> String { reflow(text(english, japanese)) }

    /// ArgumentParser's own words in its help layout (headings, value lists, the help flag),
    /// in Japanese when help is; everything else in the text is the commands' own.
    static func localizingParserWords(_ help: String) -> String {
        guard language == .ja else { return help }
        var text = help
        for (english, japanese) in parserWords { text = text.replacing(english, with: japanese) }
        // "See 'ecsec help checklists <subcommand>' for detailed help."
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("See 'ecsec help "), trimmed.hasSuffix("' for detailed help.") else {
                return String(line)
            }
            let command = trimmed.dropFirst(5).dropLast("' for detailed help.".count)
            return String(line.prefix(line.count - trimmed.count)) + "各コマンドの説明は \(command) で表示します。"
        }
        return lines.joined(separator: "\n")
    }

    private static let parserWords: [(String, String)] = [
        ("OVERVIEW: ", "概要: "), ("USAGE: ", "使い方: "), ("\nARGUMENTS:\n", "\n引数:\n"),
        ("\nOPTIONS:\n", "\nオプション:\n"), ("\nSUBCOMMANDS:\n", "\nサブコマンド:\n"),
        ("Show help information.", "このヘルプを表示します。"), ("Show the version.", "バージョンを表示します。"), ("(values: ", "(値: "),
        ("(default: ", "(既定値: "),
        ("; default: ", "、既定値: "), ("(values:", "(値:"), ("(default:", "(既定値:"), ("; default:", "、既定値:"),
    ]

    /// `text` with each paragraph's lines joined and wrapped to `columns`, when help can be
    /// shown (else as written: nothing displays it). Blank lines and lines that start with a
    /// space (examples, lists) stay as written, except the lines of a definition (`markdown
    /// who and what ...` and the lines indented under its text); Japanese lines join without a
    /// space.
    static func reflow(_ text: String, columns: Int? = nil) -> String {
        guard isWanted || columns != nil else { return text }
        return wrapped(text, columns: columns ?? HelpText.columns)
    }

    static func wrapped(_ text: String, columns: Int) -> String {
        var paragraphs: [Paragraph] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if let last = paragraphs.last, last.open, !rest.isEmpty, indent == last.hang,
                let end = last.text.last, let start = rest.first
            {
                let tight = !end.isASCII && !start.isASCII
                paragraphs[paragraphs.count - 1].text += (tight ? "" : " ") + rest
                paragraphs[paragraphs.count - 1].open = !line.hasSuffix(":")
                continue
            }
            guard indent == 0, !rest.isEmpty else {
                paragraphs.append(Paragraph(text: line, open: false))
                continue
            }
            // `term   text`: a word, two or more spaces, then the definition.
            if let gap = line.firstRange(of: "  "), !line[..<gap.lowerBound].contains(" ") {
                let hang =
                    line[gap.lowerBound...].prefix { $0 == " " }.count
                    + line.distance(
                        from: line.startIndex, to: gap.lowerBound)
                paragraphs.append(
                    Paragraph(
                        term: String(line.prefix(hang)), hang: hang, text: String(line.dropFirst(hang)), open: true))
            } else {
                paragraphs.append(Paragraph(text: line, open: !line.hasSuffix(":")))
            }
        }
        return paragraphs.flatMap { paragraph -> [String] in
            guard paragraph.text.first.map({ $0 != " " }) ?? false, paragraph.hang == 0 || !paragraph.term.isEmpty
            else { return [paragraph.text] }
            let wrapped = TerminalText.wrap(paragraph.text, to: max(20, columns - 1 - paragraph.hang))
            return wrapped.enumerated().map { offset, line in
                (offset == 0 ? paragraph.term : String(repeating: " ", count: paragraph.hang)) + line
            }
        }.joined(separator: "\n")
    }
}

extension ArgumentHelp {
    /// An option's or argument's help in the help language (``HelpText/text(_:_:)``).
    /// Japanese is wrapped here by display width, to the column ArgumentParser indents help
    /// to: it breaks lines only at spaces, which Japanese does not have.
    static func text(_ english: String, _ japanese: String, valueName: String? = nil) -> ArgumentHelp {
        guard HelpText.language == .ja else { return ArgumentHelp(english, valueName: valueName) }
        // Shown in a usage error's 説明 line too; wrapped only when a help page is shown.
        guard HelpText.isWanted else { return ArgumentHelp(japanese, valueName: valueName) }
        let lines = TerminalText.wrap(japanese, to: max(20, HelpText.columns - HelpText.optionHelpColumn - 1))
        return ArgumentHelp(lines.joined(separator: "\n"), valueName: valueName)
    }
}
