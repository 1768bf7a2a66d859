extension ScoreReport.GroupScore {
    /// The group's score as every output prints it: the number, `-` when none of its controls
    /// applies, and 未回答 / unanswered while none of them is answered yet (a 0.0 there would
    /// read as "answered, and nothing done").
    package func scoreText(_ language: Language) -> String {
        if counts.inScope > 0, counts.answered == 0 { return AnswerStatus.unansweredLabel[language] }
        return score?.description ?? "-"
    }
}
