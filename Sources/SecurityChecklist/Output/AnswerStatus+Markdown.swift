extension AnswerStatus {
    /// The status rules as a Markdown table, one row per status and one for no answer: the
    /// README's table is generated from here (a test compares), so the rules are stated once.
    package static func ruleTable() -> String {
        func credit(_ status: AnswerStatus?) -> String {
            guard let halves = weightedHalfCredit(status) else { return "left out" }
            return halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2).5"
        }
        func yes(_ value: Bool) -> String { value ? "yes" : "no" }
        var out = "| status | 日本語 | weighted credit | met (covers 必須) | in the percentage | needs | listed as |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for status in allCases {
            let listed =
                status.countsAsProvider
                ? "a provider" : status.isToFindOut ? "to find out" : !status.isApplicable ? "N/A, with the reason" : ""
            out +=
                "| `\(status.rawValue)` | \(status.label.ja) | \(credit(status)) | \(yes(status.isMet)) | \(yes(status.isApplicable)) | \(status.requiredDetail.map { "`\($0.rawValue)`" } ?? "") | \(listed) |\n"
        }
        out +=
            "| no answer (`\(unansweredName)`) | \(unansweredLabel.ja) | \(credit(nil)) | no | yes | | unanswered |\n"
        return out
    }
}
