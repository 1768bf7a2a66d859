import SecurityChecklist

/// Help text written in the source as readable paragraphs and wrapped here, once, by display
/// width, so Japanese wraps too and source-wrapped lines are not ragged (``HelpPage`` lays
/// out the rest of the page).
enum HelpText {
    /// The width help is wrapped to: `COLUMNS`, else the terminal's, else 80 — and no width for
    /// the manual pages, whose reader fills paragraphs to its own.
    static var columns: Int {
        if CommandLine.arguments.dropFirst().first == "--generate-manual" { return 1_000_000 }
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
    /// and manual generators) or `ecsec` alone. A command's spec is built on every run that
    /// reaches it, and wrapping its discussion would cost more than starting up.
    static let isWanted: Bool = {
        let arguments = CommandLine.arguments.dropFirst()
        return arguments.isEmpty
            || arguments.contains { argument in
                ["--help", "-h", "help"].contains(argument) || CommandLineReader.isToolRequest(argument)
            }
    }()

    /// The language help is shown in: `--lang`, else the file's, else the locale's — except for
    /// what other tools read from the binary (the tool-info dump the manual is generated from,
    /// and completion scripts), which are English unless `--lang` says otherwise.
    static let language: Language = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let typed = ECSEC.languageArgument(in: arguments)
        let forTools = arguments.contains(where: CommandLineReader.isToolRequest)
        return forTools ? typed ?? .en : Environment.language(typed)
    }()

    /// One help text in the help language; both are written where the command declares it.
    static func text(_ english: String, _ japanese: String) -> String { language == .ja ? japanese : english }

    /// ``reflow(_:columns:)`` of the text in the help language.
    static func reflow(_ english: String, ja japanese: String) -> String { reflow(text(english, japanese)) }

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
