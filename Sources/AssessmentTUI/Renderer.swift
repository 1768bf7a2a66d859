import SecurityChecklist

/// Draws an ``AppState`` into a ``Screen`` of a given size. Pure: the same state and size always
/// give the same cells, which is how the tests check every screen without a terminal.
package enum Renderer {
    package static func render(_ state: AppState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard Layout(width: width, height: height).fits else {
            drawTooSmall(&screen)
            // What q said (notes kept, or why nothing happened) is shown here too.
            if let message = state.message, height > 4 {
                for (offset, line) in TerminalText.wrap(message.text, to: max(1, width - 1)).prefix(height - 4)
                    .enumerated()
                {
                    screen.put(line, row: 4 + offset, column: 0, style: message.isError ? Theme.error : Theme.title)
                }
            }
            return screen
        }
        switch state.overlay {
        case .controlHelp(let scroll):
            ControlHelpView.draw(state, scroll: scroll, on: &screen)
        case .keyHelp(let scroll):
            KeyHelpView.draw(state, scroll: scroll, on: &screen)
        case .prompt, .confirmClear, nil:
            switch state.mode {
            case .welcome: WelcomeView.draw(state, on: &screen)
            case .profile: ProfileView.draw(state, on: &screen)
            case .overview: OverviewView.draw(state, on: &screen)
            case .question: QuestionView.draw(state, on: &screen)
            case .summary: SummaryView.draw(state, on: &screen)
            }
        }
        // The question screen places its own prompt; the others get it over their bottom rows.
        if case .prompt(let prompt) = state.overlay, state.mode != .question {
            for row in max(0, QuestionView.promptTop(prompt, screen: screen))..<height {
                screen.fill(row: row, style: .plain)
            }
            QuestionView.drawPrompt(prompt, state: state, on: &screen)
        }
        if let message = state.message {
            screen.fill(row: height - 1, style: .plain)
            screen.put(
                " " + message.text, row: height - 1, column: 0, style: message.isError ? Theme.error : Theme.title)
        }
        return screen
    }

    static func drawTooSmall(_ screen: inout Screen) {
        let lines = [
            TUIPhrase.tooSmall(.ja), TUIPhrase.tooSmall(.en), "(\(screen.width)x\(screen.height))",
        ]
        for (offset, line) in lines.enumerated() where offset < screen.height {
            screen.put(
                TerminalText.truncate(line, to: screen.width), row: offset, column: 0,
                style: offset < 2 ? Theme.title : Theme.dim)
        }
    }

    /// Draws `lines` into rows `top..<bottom` from `column`, scrolled by `scroll` (clamped);
    /// shows a "more" mark on the last row, ending before column `right`, when lines remain
    /// below. Returns the clamped scroll.
    @discardableResult
    static func drawScrolling(
        _ lines: [Line], scroll: Int, top: Int, bottom: Int, column: Int = 1, right: Int? = nil,
        on screen: inout Screen, language: Language
    ) -> Int {
        let rows = max(0, bottom - top)
        let right = right ?? screen.width
        guard lines.count > rows else {
            for (index, line) in lines.enumerated() { screen.draw(line, row: top + index, column: column) }
            return 0
        }
        // One row is kept for the "more below" mark while lines remain below.
        let maxScroll = lines.count - rows
        let offset = min(max(0, scroll), maxScroll)
        let more = offset < maxScroll
        let shown = more ? rows - 1 : rows
        for (index, line) in lines.dropFirst(offset).prefix(shown).enumerated() {
            screen.draw(line, row: top + index, column: column)
        }
        if more, rows > 0 {
            let mark = TUIPhrase.moreBelow(language)
            screen.put(mark, row: bottom - 1, column: max(0, right - TerminalText.width(mark) - 1), style: Theme.dim)
        }
        return offset
    }

    static func header(_ state: AppState, right: String, on screen: inout Screen) {
        var left = state.checklist.title[state.language]
        if let period = state.assessment.period { left += "  " + period }
        if !state.assessment.organization.isEmpty { left += "  " + state.assessment.organization }
        screen.bar(row: 0, left: left, right: right, style: Theme.header)
    }
}
