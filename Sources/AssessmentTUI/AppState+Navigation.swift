import SecurityChecklist

/// Moving between screens: one stack (``AppState/screens``) instead of a "where to go back"
/// field per screen. Opening a screen puts it on top (moving it there when it is open lower
/// down, so each screen is in the stack once and `Esc` returns to where it was opened from);
/// `Esc` pops; a screen at the bottom goes where ``fallback(from:)`` says.
extension AppState {
    /// Opens `screen` over the current one.
    mutating func open(_ screen: Mode) {
        guard mode != screen else { return }
        screens.removeAll { $0 == screen }
        screens.append(screen)
    }

    /// Starts afresh on `screen` (after the welcome, after the profile): nothing to go back to.
    mutating func reset(to screen: Mode) { screens = [screen] }

    /// `Esc`: the screen below, else the fallback of the one at the bottom.
    mutating func goBack() {
        if screens.count > 1 {
            screens.removeLast()
        } else if let fallback = fallback(from: mode) {
            screens = [fallback]
        }
    }

    /// Where `Esc` goes from a screen that was not opened over another.
    func fallback(from screen: Mode) -> Mode? {
        switch screen {
        case .question, .summary: .overview
        case .overview: scope.isEmpty ? nil : .question
        case .profile, .welcome: nil
        }
    }

    /// Whether the profile screen was opened over another (it then goes back there when done).
    var profileIsEdited: Bool { mode == .profile && screens.count > 1 }

    /// Opens the summary at its top, nothing selected; `Esc` comes back to this screen.
    mutating func openSummary() {
        open(.summary)
        summaryScroll = 0
        summarySelection = nil
    }

    /// The next control, or the summary after the last.
    mutating func goToNext() {
        if current + 1 < scope.count {
            current += 1
            questionScroll = 0
        } else {
            openSummary()
        }
    }

    /// Opens the prompt for `detail`, prefilled with its value.
    mutating func askDetail(_ detail: Prompt.Detail) {
        let value: String? =
            switch detail {
            case .organization: assessment.organization
            case .site: assessment.site
            case .cart: assessment.cart
            case .paymentProvider: assessment.paymentProvider
            case .assessor: assessment.assessor
            case .period: assessment.period
            }
        overlay = .prompt(Prompt(purpose: .details(detail), field: TextField(value ?? "")))
    }

    /// After the welcome and its details: the profile when it is incomplete, else the first
    /// control to answer.
    mutating func leaveWelcome() {
        guard mode == .welcome else { return }
        questionScroll = 0
        if let index = firstUnansweredProfileIndex {
            reset(to: .profile)
            profileIndex = index
        } else {
            resumeAfterProfile()
        }
    }
}
