import SecurityChecklist

/// One tailoring question at a time, options numbered.
enum ProfileView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        let questions = state.checklist.profile
        guard questions.indices.contains(state.profileIndex) else { return }
        let question = questions[state.profileIndex]
        let asked = state.askedProfileIndices
        let position = (asked.firstIndex(of: state.profileIndex) ?? 0) + 1
        Renderer.header(state, right: TUIPhrase.profileTitle(L, position, asked.count), on: &screen)
        let width = screen.width - 2
        var lines: [Line] = [.blank]
        lines += Line.wrapped(question.question[L], width: width, style: Theme.title)
        if let help = question.help { lines += Line.wrapped(help[L], width: width, style: Theme.dim) }
        lines.append(.blank)
        let chosen = state.assessment.profile[question.key]
        for (index, option) in question.options.enumerated() {
            let marker = option.value == chosen ? "* " : "  "
            let number = "\(index + 1). "
            let wrapped = TerminalText.wrap(
                TerminalText.sanitize(option.label[L]), to: max(1, width - 2 - number.count - 2))
            for (offset, piece) in wrapped.enumerated() {
                lines.append(
                    offset == 0
                        ? Line(
                            segments: [
                                (marker, Theme.good), (number, Theme.key),
                                (piece, option.value == chosen ? Theme.title : .plain),
                            ], indent: 2)
                        : Line(piece, indent: 2 + marker.count + number.count))
            }
        }
        lines.append(.blank)
        lines.append(Line(TUIPhrase.profileHint(L), style: Theme.dim, indent: 2))
        Renderer.drawScrolling(lines, scroll: 0, top: 1, bottom: screen.height - 3, on: &screen, language: L)
        screen.keyHints(
            KeyTable.footer(for: .profile, language: L, options: question.options.count), row: screen.height - 2)
    }
}
