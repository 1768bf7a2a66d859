import SecurityChecklist

extension AppState {
    /// The welcome screen of a new file: Enter asks the details, then the profile follows.
    mutating func performOnWelcome(_ command: Command) -> [Effect] {
        switch command {
        case .open: askDetail(.organization)
        case .scrollUp: questionScroll = max(0, questionScroll - 1)
        case .scrollDown: questionScroll += 1
        case .pageUp: questionScroll = max(0, questionScroll - pageHeight)
        case .pageDown: questionScroll += pageHeight
        default: break
        }
        return []
    }
}
