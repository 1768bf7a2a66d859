import SecurityChecklist

/// A key press as the terminal adapter reports it. Printable input, including Japanese typed
/// through an input method, arrives as `.character`.
package enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab
    case function(Int)

    /// The key a Japanese keyboard meant when the input method was left on: a full-width
    /// letter, digit or sign (`３`, `ｑ`, `？`) is its half-width key, the ideographic space a
    /// space. Every other key is itself.
    package var halfWidth: Key {
        guard case .character(let character) = self else { return self }
        // The library's one rule for full-width forms (it reads typed ids and statuses too).
        let folded = String(character).foldingWidth
        guard folded.count == 1, let narrow = folded.first, narrow.isASCII else { return self }
        return .character(narrow)
    }

    /// A short ASCII name for help screens: `Up`, `PgDn`, `Esc`, `q` (arrows are East Asian
    /// ambiguous width and would break alignment in some terminals).
    package var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BS"
        case .delete: "Del"
        case .tab: "Tab"
        case .function(let number): "F\(number)"
        }
    }

    /// The name in `language`: in Japanese the arrows are 上 下 左 右 (two columns wide, never
    /// ambiguous) and the page keys and Space as Japanese keyboards and manuals name them.
    package func label(_ language: Language) -> String {
        guard language == .ja else { return label }
        switch self {
        case .character(" "): return "スペース"
        case .up: return "上"
        case .down: return "下"
        case .left: return "左"
        case .right: return "右"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .backspace: return "BackSpace"
        default: return label
        }
    }
}
