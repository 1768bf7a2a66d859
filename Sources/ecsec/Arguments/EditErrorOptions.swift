import SecurityChecklist

extension AssessmentEditError {
    /// The library's message (which names no command-line options) with the option that
    /// supplies what is missing, for the commands that take one.
    func commandLineMessage(in language: Language) -> String {
        let message = message(in: language)
        let option: String? =
            switch self {
            case .invalidAnswer(_, .notApplicableNeedsReason): "--reason"
            case .invalidAnswer(_, .delegatedNeedsProvider): "--provider"
            case .invalidAnswer(_, .blankEvidence): "--evidence"
            case .invalidAnswer(_, .blankPlanOwner): "--owner"
            case .unanswered: "ecsec answer FILE ID STATUS --owner NAME --due YYYY-MM-DD"
            default: nil
            }
        return option.map { message + CLIPhrase.optionHint(language, $0) } ?? message
    }
}
