import SecurityChecklist

/// The styles of the terminal UI in one place. Every style stays readable without colour:
/// the adapter turns a background colour into reverse video on a monochrome terminal.
enum Theme {
    static let header = Style(foreground: .black, background: .cyan, bold: true)
    static let title = Style(bold: true)
    static let heading = Style(foreground: .cyan, bold: true)
    static let dim = Style(dim: true)
    static let key = Style(bold: true)
    static let selected = Style(reverse: true)
    static let error = Style(foreground: .red, bold: true)
    static let field = Style(underline: true)
    static let good = Style(foreground: .green, bold: true)
    static let bad = Style(foreground: .red, bold: true)
    static let warning = Style(foreground: .yellow, bold: true)

    static func badge(_ priority: Priority) -> Style {
        switch priority {
        case .mandatory: Style(foreground: .white, background: .red, bold: true)
        case .necessary: Style(foreground: .black, background: .yellow, bold: true)
        case .recommended: Style(foreground: .white, background: .blue, bold: true)
        }
    }

    static func status(_ status: AnswerStatus?) -> Style {
        switch status {
        case .implemented, .delegated: Style(foreground: .green, bold: true)
        case .partial: Style(foreground: .yellow, bold: true)
        case .notImplemented: Style(foreground: .red, bold: true)
        case .unknown: Style(foreground: .magenta, bold: true)
        case .notApplicable, nil: Style(dim: true)
        }
    }

    static func bar(_ fraction: Double) -> Style {
        fraction >= 0.75
            ? Style(foreground: .green, bold: true)
            : fraction >= 0.5 ? Style(foreground: .yellow, bold: true) : Style(foreground: .red, bold: true)
    }
}

/// A line of styled text segments, for views that build a list of lines and then scroll it.
struct Line: Sendable {
    var segments: [(text: String, style: Style)]
    var indent: Int = 0
    /// The control this line starts, in a list whose entries can be selected (the summary's).
    var control: ControlID?

    init(_ text: String = "", style: Style = .plain, indent: Int = 0) {
        segments = text.isEmpty ? [] : [(text, style)]
        self.indent = indent
    }

    init(segments: [(text: String, style: Style)], indent: Int = 0) {
        self.segments = segments
        self.indent = indent
    }

    static let blank = Line()

    /// `text` wrapped to `width` columns as lines with the same style and indent.
    static func wrapped(_ text: String, width: Int, style: Style = .plain, indent: Int = 0) -> [Line] {
        TerminalText.wrap(TerminalText.sanitize(text, keepNewlines: true), to: max(1, width - indent)).map {
            Line($0, style: style, indent: indent)
        }
    }

    /// `label: text`, with continuation lines indented under the text.
    static func labelled(
        _ label: String, _ text: String, width: Int, labelStyle: Style = Theme.dim, style: Style = .plain,
        indent: Int = 0
    ) -> [Line] {
        let prefix = label + ": "
        let prefixWidth = TerminalText.width(prefix)
        let wrapped = TerminalText.wrap(
            TerminalText.sanitize(text, keepNewlines: true), to: max(1, width - indent - prefixWidth))
        return wrapped.enumerated().map { offset, piece in
            offset == 0
                ? Line(segments: [(prefix, labelStyle), (piece, style)], indent: indent)
                : Line(piece, style: style, indent: indent + prefixWidth)
        }
    }
}

extension Screen {
    /// Draws `line` on `row`, clipped to the screen; a line that is cut ends in `...` so the
    /// reader knows text is missing.
    mutating func draw(_ line: Line, row: Int, column: Int = 0) {
        let start = column + line.indent
        var x = start
        for segment in line.segments {
            let text = TerminalText.sanitize(segment.text)
            let used = put(text, row: row, column: x, style: segment.style, limit: width - x)
            x += used
            if used < TerminalText.width(text) {
                put("...", row: row, column: max(start, min(x, width - 3)), style: segment.style)
                return
            }
        }
    }

    /// A full-width bar with `left` and `right` text.
    mutating func bar(row: Int, left: String, right: String, style: Style) {
        fill(row: row, style: style)
        // Made safe before measuring: a control character shown as `\x01` is four columns wide.
        let (left, right) = (TerminalText.sanitize(left), TerminalText.sanitize(right))
        let rightWidth = TerminalText.width(right)
        put(" " + TerminalText.truncate(left, to: max(0, width - rightWidth - 3)), row: row, column: 0, style: style)
        if rightWidth + 1 < width { put(right, row: row, column: width - rightWidth - 1, style: style) }
    }

    /// Items like `1 実施` spaced evenly. When they do not fit, items are dropped from the end
    /// but the last one stays: every footer ends with the language switch, which a reader of
    /// the other language must always be able to find.
    mutating func keyHints(_ items: [(key: String, text: String)], row: Int) {
        func itemWidth(_ item: (key: String, text: String)) -> Int {
            TerminalText.width(item.key) + 1 + TerminalText.width(item.text)
        }
        func total(_ items: [(key: String, text: String)], _ separator: Int) -> Int {
            items.reduce(0) { $0 + itemWidth($1) } + separator * max(0, items.count - 1) + 1
        }
        var shown = items
        var separator = total(items, 2) <= width ? 2 : 1
        // What does not fit goes from the end, but quit, the key list and the language switch
        // stay at every width.
        let essential = KeyTable.essentialFooterKeys
        while shown.count > 1, total(shown, separator) > width,
            let index = shown.indices.last(where: { !essential.contains(shown[$0].key) })
        {
            shown.remove(at: index)
            if total(shown, 2) <= width { separator = 2 }
        }
        var x = 1
        for item in shown {
            guard x + itemWidth(item) <= width else { break }
            x += put(item.key, row: row, column: x, style: Theme.key)
            x += put(" " + item.text, row: row, column: x)
            x += separator
        }
    }

    /// A progress bar of `columns` cells: `#` filled in the tone of `fraction`, `.` empty.
    mutating func progress(_ fraction: Double, row: Int, column: Int, columns: Int) {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(columns)).rounded())
        put(String(repeating: "#", count: filled), row: row, column: column, style: Theme.bar(clamped))
        put(String(repeating: ".", count: columns - filled), row: row, column: column + filled, style: Theme.dim)
    }
}
