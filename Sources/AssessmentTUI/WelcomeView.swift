import SecurityChecklist

/// The first screen of a new file: what the assessment is, how long it takes, what to have at
/// hand, that answers save themselves and `q` works any time.
enum WelcomeView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        Renderer.header(state, right: TUIPhrase.welcomeTitle(L), on: &screen)
        let width = screen.width - 2
        var lines: [Line] = [Line(state.checklist.title[L], style: Theme.title), .blank]
        for paragraph in TUIPhrase.welcomeBody(L).split(separator: "\n") {
            lines += Line.wrapped(String(paragraph), width: width, indent: 0)
            lines.append(.blank)
        }
        Renderer.drawScrolling(
            lines, scroll: state.questionScroll, top: 2, bottom: screen.height - 3, on: &screen, language: L)
        screen.keyHints(KeyTable.footer(for: .welcome, language: L), row: screen.height - 2)
    }
}
