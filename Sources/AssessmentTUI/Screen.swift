import SecurityChecklist

/// The eight basic terminal colours.
package enum Color: Int, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Without colour support the adapter keeps the attributes and drops the
/// colours, so every style must stay readable with bold/reverse/underline alone.
package struct Style: Sendable, Hashable {
    package var foreground: Color?
    package var background: Color?
    package var bold = false
    package var dim = false
    package var reverse = false
    package var underline = false

    package init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
        reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    package static let plain = Style()
    package static let bold = Style(bold: true)
    package static let dim = Style(dim: true)
    package static let reverse = Style(reverse: true)
}

/// One terminal cell: a character (grapheme cluster) of width 1 or 2, or the right half of a
/// wide character (`isContinuation`).
package struct Cell: Sendable, Hashable {
    package var text: String
    package var style: Style
    package var isContinuation: Bool

    package static let blank = Cell(text: " ", style: .plain, isContinuation: false)
}

/// A position on the screen.
package struct Position: Sendable, Hashable {
    package var row: Int
    package var column: Int
    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A grid of cells: what the pure renderer produces and the terminal adapter draws.
///
/// Writing never exceeds the grid, never splits a wide character, and never lets a control
/// character through (text is sanitized on the way in).
package struct Screen: Sendable, Hashable {
    package let width: Int
    package let height: Int
    package private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (in a text prompt), or `nil` to hide it.
    package var cursor: Position?

    package init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    package subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` from `column` on `row`, within `limit` columns (default: to the right
    /// edge). Returns the columns used. Characters that do not fit are dropped whole.
    @discardableResult
    package mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0, column < width else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in TerminalText.sanitize(text) {
            let characterWidth = TerminalText.width(of: character)
            if characterWidth == 0 {
                if x > column { appendToPrevious(character, row: row, before: x) }
                continue
            }
            guard x + characterWidth <= end else { break }
            clearHalves(row: row, from: x, count: characterWidth)
            cells[row * width + x] = Cell(text: String(character), style: style, isContinuation: false)
            if characterWidth == 2 {
                cells[row * width + x + 1] = Cell(text: "", style: style, isContinuation: true)
            }
            x += characterWidth
        }
        return x - column
    }

    /// Fills columns `from..<to` of `row` with spaces in `style` (a coloured bar or a highlight).
    package mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let start = max(0, from)
        let stop = min(width, to ?? width)
        guard start < stop else { return }
        clearHalves(row: row, from: start, count: stop - start)
        for x in start..<stop { cells[row * width + x] = Cell(text: " ", style: style, isContinuation: false) }
    }

    private mutating func appendToPrevious(_ character: Character, row: Int, before x: Int) {
        var index = row * width + x - 1
        while index > row * width, cells[index].isContinuation { index -= 1 }
        cells[index].text.append(character)
    }

    /// Before overwriting `count` cells at `x`, blanks the other half of any wide character
    /// that would be cut in two.
    private mutating func clearHalves(row: Int, from x: Int, count: Int) {
        let base = row * width
        if cells[base + x].isContinuation, x > 0 {
            cells[base + x - 1] = Cell(text: " ", style: cells[base + x - 1].style, isContinuation: false)
        }
        let last = x + count - 1
        if last + 1 < width, cells[base + last + 1].isContinuation {
            cells[base + last + 1] = Cell(text: " ", style: cells[base + last + 1].style, isContinuation: false)
        }
    }

    /// The screen as text, one line per row, trailing spaces removed: for snapshots.
    package func text() -> String {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[row, column].isContinuation { line += self[row, column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// The text of one row (untrimmed).
    package func rowText(_ row: Int) -> String {
        var line = ""
        for column in 0..<width where !self[row, column].isContinuation { line += self[row, column].text }
        return line
    }
}
