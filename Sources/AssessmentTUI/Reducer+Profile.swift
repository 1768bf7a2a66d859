import SecurityChecklist

extension AppState {
    /// The profile questions: a digit picks an option; opened from the overview or the
    /// summary (`P`), it goes back there when done.
    mutating func performOnProfile(_ command: Command, now: Timestamp) -> [Effect] {
        let questions = checklist.profile
        guard questions.indices.contains(profileIndex) else {
            resumeAfterProfile()
            return []
        }
        switch command {
        case .pickOption(let number):
            let question = questions[profileIndex]
            guard question.options.indices.contains(number - 1) else { return [] }
            do {
                try assessment.setProfile(question.key, to: question.options[number - 1].value, in: checklist, at: now)
            } catch {
                return []
            }
            recomputeScope()
            advanceProfile()
            return [.save(assessment)]
        case .next: advanceProfile()
        case .previous: profileIndex = askedProfileIndices.last { $0 < profileIndex } ?? profileIndex
        case .back:
            if assessment.profileIsComplete(for: checklist) {
                if profileIsEdited { goBack() } else { resumeAfterProfile() }
            }
        case .summary: openSummary()
        case .overview: open(.overview)
        default: break
        }
        return []
    }

    /// After a profile answer: the next question, or (when editing from the overview) the next
    /// question in order, then back.
    mutating func advanceProfile() {
        // Only the questions asked of this shop: an answer can make a later one appear or go.
        let asked = askedProfileIndices
        if profileIsEdited {
            if let next = asked.first(where: { $0 > profileIndex }) {
                profileIndex = next
            } else {
                goBack()
            }
            return
        }
        let unanswered = asked.filter { assessment.profile[checklist.profile[$0].key] == nil }
        if let next = unanswered.first(where: { $0 > profileIndex }) ?? unanswered.first {
            profileIndex = next
        } else {
            resumeAfterProfile()
        }
    }
}
