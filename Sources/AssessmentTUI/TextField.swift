import SecurityChecklist

/// A one-line text editor: characters (grapheme clusters, so a Japanese character or an emoji
/// is one step for the cursor and for backspace) and a cursor between them.
package struct TextField: Sendable, Hashable {
    package private(set) var characters: [Character]
    /// Index in `characters` the cursor stands before.
    package private(set) var cursor: Int

    package init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    package var text: String { String(characters) }

    /// Applies an editing key; returns `false` for keys the field does not handle.
    package mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            else { return true }
            characters.insert(character, at: cursor)
            cursor += 1
            // A combining mark typed after a letter joins it into one character.
            let joined = Array(String(characters))
            if joined.count < characters.count {
                cursor -= characters.count - joined.count
                characters = joined
            }
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        default: return false
        }
        return true
    }

    /// The text wrapped to rows of `columns` columns (a wide character never split), and the
    /// cursor's row and column: a cursor after a full last row starts a new, empty row.
    package func rows(columns: Int) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        guard columns > 1 else { return ([""], 0, 0) }
        var rows = [""]
        var rowWidth = 0
        var cursorRow = 0
        var cursorColumn = 0
        for (index, character) in characters.enumerated() {
            let characterWidth = TerminalText.width(of: character)
            if rowWidth + characterWidth > columns {
                rows.append("")
                rowWidth = 0
            }
            if index == cursor { (cursorRow, cursorColumn) = (rows.count - 1, rowWidth) }
            rows[rows.count - 1].append(character)
            rowWidth += characterWidth
        }
        if cursor == characters.count {
            if rowWidth >= columns {
                rows.append("")
                rowWidth = 0
            }
            (cursorRow, cursorColumn) = (rows.count - 1, rowWidth)
        }
        return (rows, cursorRow, cursorColumn)
    }
}
