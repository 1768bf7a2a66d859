/// How plain-text output is decorated: ANSI colours on a terminal, nothing when piped or when
/// `NO_COLOR` is set. The caller decides; the library reads no environment.
package struct TextStyle: Sendable, Hashable {
    package var color: Bool

    package init(color: Bool) { self.color = color }

    package static let plain = TextStyle(color: false)

    enum Tone: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    func apply(_ text: String, _ tones: Tone...) -> String {
        guard color, !tones.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + tones.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// A bar of `width` cells filled in proportion to `fraction` (0...1): coloured blocks on a
    /// terminal, `#` and `.` when plain. ASCII and spaces only, so its width is certain.
    func bar(_ fraction: Double, width: Int) -> String {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(width)).rounded())
        if color {
            let tone = clamped >= 0.75 ? "42" : clamped >= 0.5 ? "43" : "41"
            var text = ""
            if filled > 0 { text += "\u{1B}[" + tone + "m" + String(repeating: " ", count: filled) + "\u{1B}[0m" }
            if filled < width { text += "\u{1B}[100m" + String(repeating: " ", count: width - filled) + "\u{1B}[0m" }
            return text
        }
        return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    }

    func priorityBadge(_ priority: Priority, _ language: Language) -> String {
        let label = "[" + priority.label[language] + "]"
        switch priority {
        case .mandatory: return apply(label, .bold, .red)
        case .necessary: return apply(label, .yellow)
        case .recommended: return apply(label, .cyan)
        }
    }
}
