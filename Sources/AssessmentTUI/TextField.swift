import SecurityChecklist

/// A one-line text editor: characters (grapheme clusters, so a Japanese character or an emoji
/// is one step for the cursor and for backspace) and a cursor between them.
public struct TextField: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Index in `characters` the cursor stands before.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns `false` for keys the field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
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

    /// The slice to show in `columns` columns so the cursor stays visible, and the cursor's
    /// column inside it.
    public func visible(columns: Int) -> (text: String, cursorColumn: Int) {
        guard columns > 1 else { return ("", 0) }
        let widths = characters.map(TerminalText.width(of:))
        // Start as far left as possible while the cursor (plus one cell) still fits.
        var start = 0
        var used = widths[..<cursor].reduce(0, +) + 1
        while used > columns, start < cursor {
            used -= widths[start]
            start += 1
        }
        var text = ""
        var width = 0
        var cursorColumn = 0
        for index in start..<characters.count {
            if index == cursor { cursorColumn = width }
            guard width + widths[index] <= columns - 1 else { break }
            text.append(characters[index])
            width += widths[index]
        }
        if cursor == characters.count { cursorColumn = widths[start..<cursor].reduce(0, +) }
        return (text, cursorColumn)
    }
}
