/// Every fixed UI text of the command line, the terminal UI and the reports, in Japanese and
/// English. One table, so a missing translation is a compile error, not a blank on screen.
package enum Phrase: CaseIterable, Sendable {
    case overallScore, level, noLevel, outOf, notScorable
    case mandatoryAllMet, mandatoryMissing
    case answeredOf, unknownCount
    case bySection, byTag, firstActions, noGaps, unknownsToCheck, staleAnswers, daysOverdue
    case moreItems, howToCheck
    case checklistsHeading, controlsCount
    case created, nextSteps, saved, cleared
    case valid, invalid, warning

    package var text: LocalizedText {
        switch self {
        case .overallScore: LocalizedText(ja: "総合スコア", en: "Overall score")
        case .level: LocalizedText(ja: "レベル", en: "Level")
        case .noLevel: LocalizedText(ja: "レベルなし", en: "no level")
        case .outOf: LocalizedText(ja: "点（満点 %@）", en: "points (out of %@)")
        case .notScorable: LocalizedText(ja: "採点対象の項目がありません", en: "nothing to score yet")
        case .mandatoryAllMet: LocalizedText(ja: "必須の対策はすべて実施済みです", en: "All mandatory measures are in place")
        case .mandatoryMissing: LocalizedText(ja: "未実施の必須対策: %@件", en: "Mandatory measures missing: %@")
        case .answeredOf: LocalizedText(ja: "回答済み %@ / %@", en: "Answered %@ of %@")
        case .unknownCount: LocalizedText(ja: "「わからない」%@件", en: "%@ \"don't know\"")
        case .bySection: LocalizedText(ja: "セクション別", en: "By section")
        case .byTag: LocalizedText(ja: "分野別", en: "By domain")
        case .firstActions: LocalizedText(ja: "まず取り組むこと", en: "What to fix first")
        case .noGaps: LocalizedText(ja: "未対応の項目はありません", en: "No open gaps")
        case .unknownsToCheck: LocalizedText(ja: "確認が必要な項目（わからない）", en: "To find out (answered \"don't know\")")
        case .staleAnswers: LocalizedText(ja: "見直しが必要な古い回答", en: "Answers due for re-checking")
        case .daysOverdue: LocalizedText(ja: "%@日超過", en: "%@ days overdue")
        case .moreItems: LocalizedText(ja: "ほか %@件（--format json で全件）", en: "%@ more (all of them with --format json)")
        case .howToCheck: LocalizedText(ja: "確認方法", en: "How to check")
        case .checklistsHeading: LocalizedText(ja: "同梱のチェックリスト", en: "Shipped checklists")
        case .controlsCount: LocalizedText(ja: "%@項目", en: "%@ controls")
        case .created: LocalizedText(ja: "%@ を作成しました", en: "Created %@")
        case .nextSteps: LocalizedText(ja: "次に: %@", en: "Next: %@")
        case .saved: LocalizedText(ja: "%@ に保存しました", en: "Saved to %@")
        case .cleared: LocalizedText(ja: "%@ の回答を消去しました", en: "Cleared the answer to %@")
        case .valid: LocalizedText(ja: "問題なし", en: "valid")
        case .invalid: LocalizedText(ja: "問題あり", en: "invalid")
        case .warning: LocalizedText(ja: "注意", en: "warning")
        }
    }

    /// The text in `language` with each `%@` replaced by the next argument.
    package func callAsFunction(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        var result = ""
        var remaining = arguments.makeIterator()
        var text = Substring(self.text[language])
        while let range = text.firstRange(of: "%@") {
            result += text[..<range.lowerBound]
            result += remaining.next()?.description ?? ""
            text = text[range.upperBound...]
        }
        return result + text
    }
}
