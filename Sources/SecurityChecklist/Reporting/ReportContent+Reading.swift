extension ReportContent {
    /// Why `control` is out of scope: the profile question whose answer excluded it, with that
    /// answer (`会員登録の機能がありますか: ない`). `nil` for a control in scope.
    public func exclusionReason(_ control: Control) -> String? {
        let L = language
        for condition in control.appliesWhen {
            guard let value = assessment.profile[condition.key], !condition.values.contains(value) else { continue }
            let question = checklist.profileQuestion(condition.key)
            let answer = question?.option(value)?.label[L] ?? value.rawValue
            return Phrase.excludedBecause(L, question?.question[L] ?? condition.key.rawValue, answer)
        }
        return nil
    }

    /// What a reader needs to read the report, in order: that the answers are the owner's own
    /// statements, what each level requires, and what 必須 / 必要 / 推奨 mean.
    public var readingNotes: (selfDeclared: String, levels: [String], priorities: [String]) {
        let L = language
        let levels = checklist.scoring.levels.map { level -> String in
            var text = level.id.rawValue + " " + level.label[L]
            if let minimum = level.minScore {
                text += ": " + Phrase.levelMinimum(L, minimum.description)
            } else {
                text += ": " + Phrase.levelAnyScore(L)
            }
            if level.requiresAllMandatory { text += Phrase.levelNeedsMandatory(L) }
            return text
        }
        return (Phrase.selfDeclared(L), levels, Priority.allCases.map { $0.meaning[L] })
    }

    /// How a reader checks the report with standard tools alone: that it comes from the answers
    /// file handed over (its answers hash), and that the files were signed by the shop.
    public var verificationSteps: [String] {
        let L = language
        return [
            Phrase.verifyHashStep(L, answersHash),
            Phrase.verifySignatureStep(L),
            Phrase.verifyChainStep(L),
        ]
    }
}
