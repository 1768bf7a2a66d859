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
    // Terminal UI: keys.
    case keyRecord, keyNotApplicable, keyDelegated, keyClear, keyNext, keyPrevious, keyScroll, keyPage, keyOpen, keyBack
    case keyNote, keyControlHelp, keySummary, keyOverview, keyLanguage, keyQuit, keyKeyHelp, keyProfile, keyPickOption
    case keyGroupQuestion, keyGroupOverview, keyGroupSummary, keyGroupProfile, keyGroupPanels
    // Terminal UI: screens.
    case tooSmall, profileTitle, profileHint, overviewTitle, answerLabel, noteLabel, reasonLabel, providerLabel
    case promptReason, promptProvider, promptNote, promptHint, needsText, answerFirst, saveFailed
    case whyHeading, howHeading, verifyHeading, summaryTitle, providersHeading, keyHelpTitle, moreBelow
    case footMove, footClear, footHelp, footNote, footOverview, footSummary, footQuit, footKeys, footOpen, footProfile, footScroll, footBack
    // Diff, trend, reports.
    case diffHeadline, regressedHeading, improvedHeading, changedHeading, addedHeading, removedHeading, noteHeading
    case applicabilityEffectLine, noChanges, mandatoryBecameMet, mandatoryBecameMissing, sectionDeltas, replacedFrom
    case trendHeading, regressedAtSomePoint, periodColumn, scoreColumn, levelColumn, answeredColumn, missingColumn
    // Hand-over reports.
    case reportTitle, metaOrganization, metaSite, metaPeriod, metaAssessor, metaChecklist, metaAsOf, metaUpdated
    case actionPlan, notApplicableHeading, mandatoryMissingHeading, sectionColumn, idColumn, priorityColumn, titleColumn
    case statusColumn, creditColumn, noteColumn, reasonColumn, providerColumn, answeredAtColumn, staleColumn, gainColumn
    case generatedBy, provenanceNote, yes, no, evidenceLabel
    // Files and command-line failures.
    case fileNotFound, folderNotFound, fileIsDirectory, fileNotRegular, fileTooLarge, fileEmpty, cannotRead, cannotWrite
    case diskFull, quotaExceeded, readOnlyFileSystem, notAFolderInPath, pathTooLong, tooManyLinks, alreadyExists
    case writeFailed, notJSON, profileEntryFormat, unknownStatus, unansweredWithText, noSuchChecklist, checklistNotShipped
    case badDate, differentChecklists, fileLocked, lockFailed, needsTerminal, unusableTerminal, unknownControl, didYouMean
    case naNeedsReason, delegatedNeedsProvider, unknownProfileKey, unknownProfileValue, otherChecklist, notShippedWarning
    // ecsec summary.
    case summaryFiles, summaryQuartiles, summaryMandatoryMet, summaryMostMissing, summarySkipped, summaryProgress
    case referencesHeading, officialMark, editorialMark, allAnswered, profileLabel

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
        case .keyRecord: LocalizedText(ja: "回答する: %@（次の項目へ）", en: "Answer: %@ (then next)")
        case .keyNotApplicable: LocalizedText(ja: "回答する: 該当しない（理由を入力）", en: "Answer: not applicable (type the reason)")
        case .keyDelegated: LocalizedText(ja: "回答する: 委託先が実施（委託先名を入力）", en: "Answer: done by a provider (type its name)")
        case .keyClear: LocalizedText(ja: "回答を消す", en: "Clear the answer")
        case .keyNext: LocalizedText(ja: "次の項目（回答せずに）", en: "Next control (without answering)")
        case .keyPrevious: LocalizedText(ja: "前の項目", en: "Previous control")
        case .keyScroll: LocalizedText(ja: "スクロール・選択", en: "Scroll or select")
        case .keyPage: LocalizedText(ja: "1画面ずつスクロール", en: "Scroll a page")
        case .keyOpen: LocalizedText(ja: "開く", en: "Open")
        case .keyBack: LocalizedText(ja: "戻る", en: "Back")
        case .keyNote: LocalizedText(ja: "メモを書く", en: "Edit the note")
        case .keyControlHelp: LocalizedText(ja: "この項目の解説（なぜ・対策・確認方法）", en: "About this control (why, how, how to check)")
        case .keySummary: LocalizedText(ja: "結果（まず取り組むこと）", en: "Summary (what to fix first)")
        case .keyOverview: LocalizedText(ja: "一覧（セクションごとの進み具合）", en: "Overview (progress by section)")
        case .keyLanguage: LocalizedText(ja: "English に切り替え", en: "Switch to Japanese (日本語)")
        case .keyQuit: LocalizedText(ja: "保存して終了", en: "Save and quit")
        case .keyKeyHelp: LocalizedText(ja: "キーの一覧", en: "List of keys")
        case .keyProfile: LocalizedText(ja: "前提条件（お店の形態など）を変える", en: "Change the profile (how the shop is run)")
        case .keyPickOption: LocalizedText(ja: "選択肢を選ぶ", en: "Choose an option")
        case .keyGroupQuestion: LocalizedText(ja: "質問の画面", en: "Question screen")
        case .keyGroupOverview: LocalizedText(ja: "一覧の画面", en: "Overview screen")
        case .keyGroupSummary: LocalizedText(ja: "結果の画面", en: "Summary screen")
        case .keyGroupProfile: LocalizedText(ja: "前提条件の画面", en: "Profile screen")
        case .keyGroupPanels: LocalizedText(ja: "解説・キー一覧", en: "Help panels")
        case .tooSmall: LocalizedText(ja: "ウィンドウを 60x20 以上に広げてください", en: "Please make the window at least 60x20")
        case .profileTitle: LocalizedText(ja: "前提条件 %@/%@", en: "About your shop %@/%@")
        case .profileHint: LocalizedText(ja: "番号を押して選んでください", en: "Press the number of your answer")
        case .overviewTitle: LocalizedText(ja: "一覧", en: "Overview")
        case .answerLabel: LocalizedText(ja: "回答", en: "Answer")
        case .noteLabel: LocalizedText(ja: "メモ", en: "Note")
        case .reasonLabel: LocalizedText(ja: "理由", en: "Reason")
        case .providerLabel: LocalizedText(ja: "委託先", en: "Provider")
        case .promptReason: LocalizedText(ja: "該当しない理由を入力してください", en: "Why does this not apply to your shop?")
        case .promptProvider: LocalizedText(ja: "実施している委託先・サービスの名前を入力してください", en: "Who does it for the shop? Type the provider's name")
        case .promptNote: LocalizedText(ja: "メモを入力してください（空にすると削除）", en: "Type a note (leave it empty to remove it)")
        case .promptHint: LocalizedText(ja: "Enter 確定   Esc 取り消し", en: "Enter confirm   Esc cancel")
        case .needsText: LocalizedText(ja: "入力してから Enter を押してください", en: "Type something, then press Enter")
        case .answerFirst: LocalizedText(ja: "先に 1〜6 で回答してからメモを書いてください", en: "Answer with 1-6 first, then add a note")
        case .saveFailed: LocalizedText(ja: "保存できませんでした: %@", en: "Could not save: %@")
        case .whyHeading: LocalizedText(ja: "なぜ必要か", en: "Why it matters")
        case .howHeading: LocalizedText(ja: "対策のしかた", en: "What to do")
        case .verifyHeading: LocalizedText(ja: "わからないときの確認方法", en: "How to find out")
        case .summaryTitle: LocalizedText(ja: "結果", en: "Summary")
        case .providersHeading: LocalizedText(ja: "委託先・サービスごとの項目", en: "Controls by provider")
        case .keyHelpTitle: LocalizedText(ja: "キーの一覧", en: "Keys")
        case .moreBelow: LocalizedText(ja: "（続きは下へ）", en: "(more below)")
        case .footMove: LocalizedText(ja: "移動", en: "move")
        case .footClear: LocalizedText(ja: "消す", en: "Clear")
        case .footHelp: LocalizedText(ja: "解説", en: "about")
        case .footNote: LocalizedText(ja: "メモ", en: "note")
        case .footOverview: LocalizedText(ja: "一覧", en: "overview")
        case .footSummary: LocalizedText(ja: "結果", en: "summary")
        case .footQuit: LocalizedText(ja: "終了", en: "quit")
        case .footKeys: LocalizedText(ja: "キー", en: "keys")
        case .footOpen: LocalizedText(ja: "開く", en: "open")
        case .footProfile: LocalizedText(ja: "前提条件", en: "profile")
        case .footScroll: LocalizedText(ja: "スクロール", en: "scroll")
        case .footBack: LocalizedText(ja: "戻る", en: "back")
        case .diffHeadline: LocalizedText(ja: "スコア %@ → %@（%@）", en: "Score %@ → %@ (%@)")
        case .regressedHeading: LocalizedText(ja: "悪化した項目", en: "Regressed")
        case .improvedHeading: LocalizedText(ja: "改善した項目", en: "Improved")
        case .changedHeading: LocalizedText(ja: "回答が変わった項目（点数は同じ）", en: "Changed (same credit)")
        case .addedHeading: LocalizedText(ja: "新しく加わった項目", en: "Added controls")
        case .removedHeading: LocalizedText(ja: "なくなった項目", en: "Removed controls")
        case .noteHeading: LocalizedText(ja: "メモだけ変わった項目", en: "Note changed")
        case .applicabilityEffectLine: LocalizedText(ja: "対象範囲・重みの変化による増減: %@", en: "Effect of controls entering or leaving scope or N/A, and of weights: %@")
        case .noChanges: LocalizedText(ja: "回答の変化はありません", en: "No answer changed")
        case .mandatoryBecameMet: LocalizedText(ja: "必須の対策がすべて実施済みになりました", en: "All mandatory measures are now in place")
        case .mandatoryBecameMissing: LocalizedText(ja: "必須の対策に未実施のものが出ました", en: "A mandatory measure is now missing")
        case .sectionDeltas: LocalizedText(ja: "セクション別の変化", en: "By section")
        case .replacedFrom: LocalizedText(ja: "旧 %@", en: "was %@")
        case .trendHeading: LocalizedText(ja: "スコアの推移", en: "Scores over time")
        case .regressedAtSomePoint: LocalizedText(ja: "途中で悪化した項目", en: "Controls that regressed at some point")
        case .periodColumn: LocalizedText(ja: "期間", en: "Period")
        case .scoreColumn: LocalizedText(ja: "スコア", en: "Score")
        case .levelColumn: LocalizedText(ja: "レベル", en: "Level")
        case .answeredColumn: LocalizedText(ja: "回答済み", en: "Answered")
        case .missingColumn: LocalizedText(ja: "未実施の必須", en: "Mandatory missing")
        case .reportTitle: LocalizedText(ja: "セキュリティ自己点検 報告書", en: "Security self-assessment report")
        case .metaOrganization: LocalizedText(ja: "事業者", en: "Organization")
        case .metaSite: LocalizedText(ja: "サイト", en: "Site")
        case .metaPeriod: LocalizedText(ja: "対象期間", en: "Period")
        case .metaAssessor: LocalizedText(ja: "回答者", en: "Assessor")
        case .metaChecklist: LocalizedText(ja: "チェックリスト", en: "Checklist")
        case .metaAsOf: LocalizedText(ja: "基準日", en: "As of")
        case .metaUpdated: LocalizedText(ja: "最終更新", en: "Last updated")
        case .actionPlan: LocalizedText(ja: "対策計画（優先度と効果の大きい順）", en: "Action plan (by priority and effect)")
        case .notApplicableHeading: LocalizedText(ja: "該当しない項目と理由", en: "Not applicable, with reasons")
        case .mandatoryMissingHeading: LocalizedText(ja: "未実施の必須対策", en: "Mandatory measures missing")
        case .sectionColumn: LocalizedText(ja: "セクション", en: "Section")
        case .idColumn: LocalizedText(ja: "ID", en: "ID")
        case .priorityColumn: LocalizedText(ja: "優先度", en: "Priority")
        case .titleColumn: LocalizedText(ja: "項目", en: "Control")
        case .statusColumn: LocalizedText(ja: "回答", en: "Status")
        case .creditColumn: LocalizedText(ja: "得点", en: "Credit")
        case .noteColumn: LocalizedText(ja: "メモ", en: "Note")
        case .reasonColumn: LocalizedText(ja: "該当しない理由", en: "Reason")
        case .providerColumn: LocalizedText(ja: "委託先", en: "Provider")
        case .answeredAtColumn: LocalizedText(ja: "回答日時", en: "Answered at")
        case .staleColumn: LocalizedText(ja: "要再確認", en: "Stale")
        case .gainColumn: LocalizedText(ja: "改善効果", en: "Gain")
        case .generatedBy: LocalizedText(ja: "ecsec で作成（%@ 時点）", en: "Made with ecsec (as of %@)")
        case .provenanceNote: LocalizedText(ja: "各項目の文言はチェックリスト独自の要約です。優先度が公式か、二次資料・編集判断によるものかは、各項目の出典に示しています。", en: "Each control's wording is the checklist's own summary; its references say whether its priority is official or comes from secondary sources or editorial judgment.")
        case .yes: LocalizedText(ja: "はい", en: "yes")
        case .no: LocalizedText(ja: "いいえ", en: "no")
        case .evidenceLabel: LocalizedText(ja: "根拠", en: "Evidence")
        case .fileNotFound: LocalizedText(ja: "ファイルがありません", en: "no such file")
        case .folderNotFound: LocalizedText(ja: "フォルダーがありません", en: "the folder does not exist")
        case .fileIsDirectory: LocalizedText(ja: "ファイルではなくフォルダーです", en: "is a directory, not a file")
        case .fileNotRegular: LocalizedText(ja: "通常のファイルではありません", en: "is not a regular file")
        case .fileTooLarge: LocalizedText(ja: "大きすぎます（%@ バイト。上限は 16 MiB）", en: "is too large (%@ bytes; the limit is 16 MiB)")
        case .fileEmpty: LocalizedText(ja: "空のファイルです", en: "is empty")
        case .cannotRead: LocalizedText(ja: "読み取りの権限がありません", en: "permission denied (cannot read)")
        case .cannotWrite: LocalizedText(ja: "書き込みの権限がありません", en: "permission denied (cannot write)")
        case .diskFull: LocalizedText(ja: "ディスクがいっぱいです", en: "the disk is full")
        case .quotaExceeded: LocalizedText(ja: "ディスクの割り当て容量を超えています", en: "the disk quota is exceeded")
        case .readOnlyFileSystem: LocalizedText(ja: "読み取り専用の場所です", en: "the file system is read-only")
        case .notAFolderInPath: LocalizedText(ja: "パスの途中にフォルダーでないものがあります", en: "a part of the path is not a folder")
        case .pathTooLong: LocalizedText(ja: "パスが長すぎます", en: "the path is too long")
        case .tooManyLinks: LocalizedText(ja: "シンボリックリンクが多すぎます", en: "too many symbolic links")
        case .alreadyExists: LocalizedText(ja: "すでに存在します。別の名前にするか、先に削除してください", en: "already exists; choose another name or remove it first")
        case .writeFailed: LocalizedText(ja: "保存できません（%@）。元のファイルはそのままです", en: "cannot save (%@); the old file is unchanged")
        case .notJSON: LocalizedText(ja: "JSON として読めません（%@ 行 %@ 文字目）: %@", en: "not valid JSON at line %@, column %@: %@")
        case .profileEntryFormat: LocalizedText(ja: "--profile %@: key=value の形で指定してください（例: --profile platform=cart-asp）", en: "--profile %@: expected key=value, e.g. --profile platform=cart-asp")
        case .unknownStatus: LocalizedText(ja: "回答「%@」は使えません。使える値: %@", en: "unknown status \"%@\"; valid values: %@")
        case .unansweredWithText: LocalizedText(ja: "unanswered は回答を消します。--note、--reason、--provider、--evidence とは一緒に使えません", en: "unanswered clears the answer; --note, --reason, --provider and --evidence cannot go with it")
        case .noSuchChecklist: LocalizedText(ja: "同梱のチェックリスト「%@」も、その名前のファイルもありません。同梱のチェックリスト: %@", en: "no shipped checklist \"%@\" and no file by that name; shipped checklists: %@")
        case .checklistNotShipped: LocalizedText(ja: "チェックリスト「%@」は ecsec に同梱されていません。--checklist でファイルを指定してください", en: "checklist \"%@\" is not shipped with ecsec; pass its file with --checklist PATH")
        case .badDate: LocalizedText(ja: "--as-of %@: 2026-12-31 のような日付を指定してください", en: "--as-of %@: expected a date such as 2026-12-31")
        case .differentChecklists: LocalizedText(ja: "%@ はチェックリスト「%@」、%@ は「%@」の回答です。同じチェックリストの評価どうししか比べられません", en: "%@ answers checklist \"%@\" but %@ answers \"%@\"; only assessments of the same checklist can be compared")
        case .fileLocked: LocalizedText(ja: "%@ は別の ecsec（pid %@）で開かれています。そちらを終了してからもう一度実行してください", en: "%@ is open in another ecsec (pid %@); finish or quit there first")
        case .lockFailed: LocalizedText(ja: "%@: ロックファイル %@ を作れません（%@）", en: "%@: cannot take the lock file %@ (%@)")
        case .needsTerminal: LocalizedText(ja: "ecsec assess は端末の画面で使います。スクリプトからは ecsec answer FILE CONTROL-ID STATUS を使ってください", en: "ecsec assess needs an interactive terminal; for scripts use: ecsec answer FILE CONTROL-ID STATUS")
        case .unusableTerminal: LocalizedText(ja: "端末の種類「%@」では画面を表示できません（例: TERM=xterm-256color）。スクリプトからは ecsec answer FILE CONTROL-ID STATUS を使ってください", en: "the terminal type \"%@\" cannot be used for the interactive screen (set TERM, e.g. TERM=xterm-256color); for scripts use: ecsec answer FILE CONTROL-ID STATUS")
        case .unknownControl: LocalizedText(ja: "チェックリスト %@ に項目「%@」はありません", en: "checklist %@ has no control \"%@\"")
        case .didYouMean: LocalizedText(ja: "%@ のことですか？", en: "did you mean %@?")
        case .naNeedsReason: LocalizedText(ja: "「該当しない」には理由（--reason）が必要です", en: "a notApplicable answer needs a reason (why the measure does not apply)")
        case .delegatedNeedsProvider: LocalizedText(ja: "「委託先が実施」には委託先（--provider）が必要です", en: "a delegated answer needs a provider (who does it for the shop)")
        case .unknownProfileKey: LocalizedText(ja: "前提条件「%@」はありません。使えるキー: %@", en: "unknown profile key \"%@\"; valid keys: %@")
        case .unknownProfileValue: LocalizedText(ja: "値「%@」は前提条件 %@ にありません。使える値: %@", en: "unknown value \"%@\" for profile key %@; valid values: %@")
        case .otherChecklist: LocalizedText(ja: "この評価はチェックリスト「%@」の回答で、「%@」ではありません", en: "the assessment answers checklist \"%@\", not \"%@\"")
        case .notShippedWarning: LocalizedText(ja: "チェックリスト「%@」は同梱されていません。回答まで確かめるには --checklist でファイルを指定してください", en: "checklist \"%@\" is not shipped; pass --checklist PATH to check the answers against it")
        case .summaryFiles: LocalizedText(ja: "%@ 件", en: "%@ assessments")
        case .summaryQuartiles: LocalizedText(ja: "スコア: 第1四分位 %@ / 中央値 %@ / 第3四分位 %@", en: "Score: Q1 %@ / median %@ / Q3 %@")
        case .summaryMandatoryMet: LocalizedText(ja: "必須をすべて実施 %@ / %@ 件", en: "all mandatory met %@ of %@")
        case .summaryMostMissing: LocalizedText(ja: "未対応の多い項目（件数）", en: "Most often missing (shops)")
        case .summarySkipped: LocalizedText(ja: "対象外のファイル %@ 件", en: "%@ files skipped")
        case .summaryProgress: LocalizedText(ja: "%@ 件を処理中", en: "%@ files read")
        case .referencesHeading: LocalizedText(ja: "出典", en: "Sources")
        case .officialMark: LocalizedText(ja: "公式", en: "official")
        case .editorialMark: LocalizedText(ja: "参考・編集判断", en: "secondary or editorial")
        case .allAnswered: LocalizedText(ja: "すべての項目に回答しました", en: "Every control is answered")
        case .profileLabel: LocalizedText(ja: "前提条件", en: "Profile")
        }
    }

    /// `text` in parentheses the way each language writes them: `（要改善）`, ` (Needs work)`.
    package static func parenthesized(_ language: Language, _ text: String) -> String {
        language == .ja ? "（" + text + "）" : " (" + text + ")"
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
