import SecurityChecklist

extension AppState {
    /// Handles pasted text: typed into the open prompt (line breaks and tabs become spaces, so
    /// a paste never submits it), and otherwise ignored with a message — a paste is never
    /// taken as keys, so no line of it can answer a question.
    package mutating func handle(paste text: String) -> [Effect] {
        guard screenFits, case .prompt(var prompt) = overlay else {
            message = Message(text: TUIPhrase.pasteIgnored(language), isError: true)
            return []
        }
        message = nil
        for character in text {
            let typed: Character =
                character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control })
                ? " " : character
            _ = prompt.field.handle(.character(typed))
        }
        overlay = .prompt(prompt)
        return []
    }
}
