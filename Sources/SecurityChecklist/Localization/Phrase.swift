/// A table of fixed texts in Japanese and English, one enum per layer: the library's reports,
/// score text and file problems (``Phrase``), the terminal UI's screens, the command line's
/// messages. Each case is one text, so a missing translation is a compile error, not a blank.
package protocol PhraseTable: CaseIterable, Sendable {
    /// The text in both languages; `%@` marks where an argument goes.
    var text: LocalizedText { get }
}

extension PhraseTable {
    /// How many arguments the text takes: its `%@` marks (the same in both languages; a test checks).
    package var argumentCount: Int { text.en.ranges(of: "%@").count }

    /// The text in `language` with each `%@` replaced by the next argument. Passing too few or
    /// too many arguments is a programming error, caught in debug builds and tests.
    package func callAsFunction(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        self(language, arguments)
    }

    /// The text in `language` with each `%@` replaced by the next of `arguments`.
    package func callAsFunction(_ language: Language, _ arguments: [CustomStringConvertible]) -> String {
        assert(arguments.count == argumentCount, "\(self) takes \(argumentCount) arguments, given \(arguments.count)")
        // One pass over the bytes (a warning per answer may format 100,000 of these).
        let template = self.text[language]
        let bytes = template.utf8
        var result = ""
        var remaining = arguments.makeIterator()
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "%"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "@") {
                result += template[start..<index]
                result += remaining.next()?.description ?? ""
                index = bytes.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        return result + template[start...]
    }
}

/// The library's own texts: what it renders (reports, score, diff, trend and summary text)
/// and the file problems it reports.
package enum Phrase: PhraseTable {
    case fileLocked, lockFailed, blankEvidence, skipBrokenLink, skipLinkToFolder, skipNameNotUTF8
    case skipFolderUnreadable, skipNotAnAssessment, skipOtherChecklist, skipChecklistNotAvailable
    case overallScore, level, noLevel, outOf, notScorable, mandatoryAllMet, mandatoryMissing, answeredOf
    case unknownCount, bySection, byTag, firstActions, noGaps, unknownsToCheck, staleAnswers, daysOverdue
    case moreItems, howToCheck, invalid, warning, answerLabel, noteLabel, reasonLabel, providerLabel
    case providersHeading, diffHeadline, regressedHeading, improvedHeading, changedHeading, addedHeading
    case removedHeading, noteHeading, applicabilityEffectLine, noChanges, mandatoryBecameMet
    case mandatoryBecameMissing, sectionDeltas, replacedFrom, trendHeading, regressedAtSomePoint
    case periodColumn, scoreColumn, levelColumn, answeredColumn, missingColumn, reportTitle
    case recordedOn, evidenceResource, declareUnanswered, declareImplemented, declareDelegated, declarePartial
    case declareNotImplemented, declareUnknown, declareNotApplicable, declarationTitle, declarationIntro
    case declarationAnswer, declarationNoEvidence, declarationSummaryHeading, declarationSummary, declarationFootnote
    case verifyHeading, verifyHashStep, verifySignatureStep, verifyChainStep,
        statementAnswers, today, oneDayAgo, daysAgo, monthsAgo, evidenceAge, metaOrganization, metaSite, metaCart,
        metaPaymentProvider, metaAnswersHash, metaPreviousHash, metaPeriod,
        metaAssessor, metaChecklist, metaAsOf,
        metaUpdated
    case actionPlan, notApplicableHeading, mandatoryMissingHeading, sectionColumn, idColumn, priorityColumn
    case titleColumn, statusColumn, creditColumn, noteColumn, reasonColumn, providerColumn, answeredAtColumn
    case staleColumn, generatedBy, provenanceNote, yes, fileNotFound, folderNotFound, fileIsDirectory
    case fileNotRegular, fileTooLarge, fileEmpty, cannotRead, cannotWrite, diskFull, quotaExceeded
    case readOnlyFileSystem, notAFolderInPath, pathTooLong, tooManyLinks, alreadyExists, notJSON
    case unknownControl, didYouMean, naNeedsReason, delegatedNeedsProvider, unknownProfileKey
    case unknownProfileValue, otherChecklist, summaryFiles, summaryQuartiles, summaryMandatoryMet
    case summaryMostMissing, summarySkipped, mandatoryUnanswered, mandatoryNotApplicable, mandatoryNotApplicableRule
    case incompleteBanner, provisional, blankPlanOwner, planNeedsAnswer, mandatoryOpened, mandatoryClosed
    case defaultStatement, metaCreated, metaTimeZone, metaAssessmentID, scopeHeading, scopeCounts, scopeCountsValue
    case comparisonHeading, planHeading, ownerColumn, dueColumn, overdueLabel, planNoteColumn, evidenceColumn
    case detailColumn, answerDetailsColumn, assessmentColumn, organizationColumn, milestoneColumn, registerHeading,
        excludedHeading
    case glossaryHeading, sourcesHeading, requirementFromLabel, priorityFromLabel, secondaryLabel, citedHeading
    case provenanceLegend, referenceColumn, fileHardLinked, lockFileUntrusted, linkUntrusted, pathNotUTF8
    case trendPreviousOtherShop, trendSameAssessment, controlsCount, noteBefore, noteAfter
    case mappingsHeading, cardPathScriptsHeading, observationLine, observationConflictHeading, observationConflictLine,
        probeSummaryLine, probeSection, probeRunDescription, probeCheckColumn, probeDetailColumn,
        answerForRetiredControl, answerOfAnotherControl, carriedFromOtherControl, excludedBecause,
        levelMinimum, levelAnyScore, levelNeedsMandatory, selfDeclared,
        readingHeading,
        levelScaleHeading
    case statementHeading, signatureDate, signatureName, signatureTitle, noPlans, planLine, dueUndecided,
        previousPeriodLine
    case overdueCount, carriedCount, warnSameAssessmentId, warnDifferentOrganization, warnNotPrevious
    case inScopeColumn, fileColumn, duplicateIDs, whyLabel, howLabel, questionColumn, levelCap, priorityLegend

    package var text: LocalizedText {
        switch self {
        case .skipBrokenLink: LocalizedText(ja: "リンク先がありません", en: "a symbolic link to nothing")
        case .skipLinkToFolder: LocalizedText(ja: "フォルダーへのリンクはたどりません", en: "a link to a folder, not followed")
        case .skipNameNotUTF8: LocalizedText(ja: "ファイル名が UTF-8 ではありません", en: "the file name is not valid UTF-8")
        case .blankEvidence: LocalizedText(ja: "空の証跡は記録できません", en: "an evidence entry must not be empty")
        case .fileLocked:
            LocalizedText(
                ja: "%@ は別の ecsec（pid %@）で開かれています。そちらを終了してからもう一度実行してください",
                en: "%@ is open in another ecsec (pid %@); finish or quit there first")
        case .lockFailed: LocalizedText(ja: "%@: ロックファイル %@ を作れません（%@）", en: "%@: cannot take the lock file %@ (%@)")
        case .skipFolderUnreadable: LocalizedText(ja: "フォルダーを開けません: %@", en: "cannot open the folder: %@")
        case .skipNotAnAssessment:
            LocalizedText(
                ja: "評価ファイルではありません（\"schema\": \"ecsec/assessment@1\" がない）",
                en: "not an assessment (no \"schema\": \"ecsec/assessment@1\")")
        case .skipOtherChecklist:
            LocalizedText(ja: "チェックリスト「%@」の回答で、「%@」ではありません", en: "answers checklist \"%@\", not \"%@\"")
        case .skipChecklistNotAvailable:
            LocalizedText(
                ja: "チェックリスト「%@」は同梱されておらず、ファイルとしても指定されていません",
                en: "checklist \"%@\" is neither shipped nor given as a file")
        case .overallScore: LocalizedText(ja: "総合スコア", en: "Overall score")
        case .level: LocalizedText(ja: "レベル", en: "Level")
        case .noLevel: LocalizedText(ja: "レベルなし", en: "no level")
        case .outOf: LocalizedText(ja: "点（満点 %@）", en: "points (out of %@)")
        case .notScorable: LocalizedText(ja: "採点対象の項目がありません", en: "nothing to score yet")
        case .mandatoryAllMet: LocalizedText(ja: "必須の対策はすべて実施済みです", en: "All mandatory measures are in place")
        case .mandatoryMissing:
            LocalizedText(ja: "実施できていない必須対策: %@件", en: "Mandatory measures not in place: %@")
        case .mandatoryUnanswered: LocalizedText(ja: "未回答の必須対策: %@件", en: "Mandatory measures unanswered: %@")
        case .mandatoryNotApplicable:
            LocalizedText(ja: "必須項目を該当なしとしたもの: %@件", en: "Mandatory measures answered not applicable: %@")
        case .mandatoryNotApplicableRule:
            LocalizedText(
                ja: "必須項目は「該当しない」と答えても満たしたことにならず、レベルは上がりません。本当に対象外の項目は、はじめの前提の質問で対象から外れます",
                en:
                    "A mandatory measure answered not applicable is not met, so the level stays capped; one that truly does not apply is taken out by the profile questions at the start"
            )
        case .incompleteBanner:
            LocalizedText(
                ja: "未完了: %@件が未回答です。結果は暫定です", en: "Incomplete: %@ unanswered; the result is provisional")
        case .provisional: LocalizedText(ja: "（暫定）", en: ", provisional")
        case .defaultStatement:
            LocalizedText(ja: "上記のとおり自己点検を実施しました。", en: "We carried out this self-assessment as stated above.")
        case .metaCreated: LocalizedText(ja: "作成日時", en: "Created")
        case .metaTimeZone: LocalizedText(ja: "時刻の表記", en: "Time zone")
        case .metaAssessmentID: LocalizedText(ja: "評価ID", en: "Assessment ID")
        case .scopeHeading: LocalizedText(ja: "対象範囲（前提の質問への回答）", en: "Scope (answers to the profile questions)")
        case .scopeCounts: LocalizedText(ja: "対象の項目", en: "Controls in scope")
        case .scopeCountsValue:
            LocalizedText(
                ja: "%@件（前提の質問で対象外になった項目: %@件、付録に一覧）",
                en: "%@ (%@ taken out by the profile, listed in the appendix)")
        case .comparisonHeading: LocalizedText(ja: "前回との比較", en: "Compared with the previous period")
        case .previousPeriodLine: LocalizedText(ja: "前回: %@（評価ID %@）", en: "Previous: %@ (assessment %@)")
        case .planHeading: LocalizedText(ja: "対策計画（担当と期限）", en: "Action plan (owners and due dates)")
        case .ownerColumn: LocalizedText(ja: "担当", en: "Owner")
        case .dueColumn: LocalizedText(ja: "期限", en: "Due")
        case .overdueLabel: LocalizedText(ja: "期限切れ", en: "Overdue")
        case .warnSameAssessmentId:
            LocalizedText(
                ja: "2つのファイルが同じ評価ID（%@）です。一方をコピーしたファイルかもしれません（次の期間は、前の期間から引き継いで新しく作れます）",
                en:
                    "both files have the same assessment id (%@): one may be a copy of the other (the next period is started from the last, as a new assessment)"
            )
        case .warnDifferentOrganization:
            LocalizedText(
                ja: "組織が違います（%@ と %@）。別の店の評価を比べています", en: "the organizations differ (%@ and %@): these are two shops")
        case .warnNotPrevious:
            LocalizedText(
                ja: "新しいファイルの前回は評価 %@ で、比べている %@ ではありません",
                en: "the new file follows assessment %@, not %@, the file it is compared with")
        case .levelCap:
            LocalizedText(
                ja: "必須の対策が1つでも満たされていないと、レベル %@ 以上にはなりません",
                en: "While any mandatory measure is not met, the level cannot reach %@ or better")
        case .priorityLegend: LocalizedText(ja: "優先度の意味", en: "What the priorities mean")
        case .whyLabel: LocalizedText(ja: "なぜ必要か", en: "Why it matters")
        case .howLabel: LocalizedText(ja: "対策のしかた", en: "What to do")
        case .questionColumn: LocalizedText(ja: "質問", en: "Question")
        case .inScopeColumn: LocalizedText(ja: "対象項目", en: "In scope")
        case .fileColumn: LocalizedText(ja: "ファイル", en: "File")
        case .duplicateIDs:
            LocalizedText(
                ja: "同じ評価IDのファイルがあります（コピーした可能性）: %@", en: "files sharing an assessment id (copies?): %@")
        case .carriedCount: LocalizedText(ja: "前回から引き継いで未確認: %@件", en: "carried over, unconfirmed: %@")
        case .overdueCount: LocalizedText(ja: "期限切れ: %@件（%@ 時点）", en: "Overdue: %@ (as of %@)")
        case .planNoteColumn: LocalizedText(ja: "計画メモ", en: "Plan note")
        case .evidenceColumn: LocalizedText(ja: "証跡", en: "Evidence")
        case .detailColumn: LocalizedText(ja: "理由・委託先", en: "Reason or provider")
        case .answerDetailsColumn: LocalizedText(ja: "メモ・証跡・理由", en: "Note, evidence, reason")
        case .assessmentColumn: LocalizedText(ja: "評価ID", en: "Assessment")
        case .organizationColumn: LocalizedText(ja: "組織", en: "Organization")
        case .milestoneColumn: LocalizedText(ja: "段階", en: "Milestone")
        case .glossaryHeading: LocalizedText(ja: "用語", en: "Glossary")
        case .sourcesHeading:
            LocalizedText(ja: "出典と、要件・優先度の確認元", en: "Sources, and where each requirement and priority was confirmed")
        case .requirementFromLabel: LocalizedText(ja: "要件の確認元", en: "Requirement confirmed in")
        case .priorityFromLabel: LocalizedText(ja: "優先度の確認元", en: "Priority confirmed in")
        case .secondaryLabel: LocalizedText(ja: "二次資料", en: "Secondary sources")
        case .citedHeading: LocalizedText(ja: "参照した資料", en: "Documents cited")
        case .provenanceLegend: LocalizedText(ja: "確認元の印の意味", en: "What the marks mean")
        case .referenceColumn: LocalizedText(ja: "出典", en: "Source")
        case .registerHeading: LocalizedText(ja: "回答一覧（対象の全項目）", en: "Register (every control in scope)")
        case .excludedHeading:
            LocalizedText(ja: "付録: 前提の質問で対象外になった項目", en: "Appendix: controls the profile takes out of scope")
        case .statementHeading: LocalizedText(ja: "確認", en: "Statement")
        case .signatureDate: LocalizedText(ja: "日付", en: "Date")
        case .signatureName: LocalizedText(ja: "氏名", en: "Name")
        case .signatureTitle: LocalizedText(ja: "役職", en: "Title")
        case .noPlans: LocalizedText(ja: "担当と期限が決まった項目はまだありません", en: "No item has an owner and due date yet")
        case .planLine: LocalizedText(ja: "担当: %@ · 期限: %@", en: "Owner: %@ · due %@")
        case .dueUndecided: LocalizedText(ja: "期限未定", en: "no due date yet")
        case .blankPlanOwner: LocalizedText(ja: "対策計画の担当者が空です", en: "a plan's owner must not be empty")
        case .planNeedsAnswer:
            LocalizedText(
                ja: "%@ はまだ回答されていません。対策計画は回答してから決めてください",
                en: "%@ has no answer yet; answer it first, then plan who fixes it by when")
        case .answeredOf: LocalizedText(ja: "回答済み %@ / %@", en: "Answered %@ of %@")
        case .unknownCount: LocalizedText(ja: "「わからない」%@件", en: "%@ \"don't know\"")
        case .bySection: LocalizedText(ja: "セクション別", en: "By section")
        case .byTag: LocalizedText(ja: "分野別", en: "By domain")
        case .firstActions: LocalizedText(ja: "まず取り組むこと", en: "What to fix first")
        case .noGaps: LocalizedText(ja: "未対応の項目はありません", en: "No open gaps")
        case .unknownsToCheck: LocalizedText(ja: "確認が必要な項目（わからない）", en: "To find out (answered \"don't know\")")
        case .staleAnswers: LocalizedText(ja: "見直しが必要な古い回答", en: "Answers due for re-checking")
        case .daysOverdue: LocalizedText(ja: "%@日超過", en: "%@ days overdue")
        case .moreItems: LocalizedText(ja: "ほか %@件", en: "%@ more")
        case .howToCheck: LocalizedText(ja: "確認方法", en: "How to check")
        case .invalid: LocalizedText(ja: "問題あり", en: "invalid")
        case .warning: LocalizedText(ja: "注意", en: "warning")
        case .answerLabel: LocalizedText(ja: "回答", en: "Answer")
        case .noteLabel: LocalizedText(ja: "メモ", en: "Note")
        case .reasonLabel: LocalizedText(ja: "理由", en: "Reason")
        case .providerLabel: LocalizedText(ja: "委託先", en: "Provider")
        case .providersHeading: LocalizedText(ja: "委託先・サービスごとの項目", en: "Controls by provider")
        case .diffHeadline: LocalizedText(ja: "スコア %@ → %@（%@）", en: "Score %@ → %@ (%@)")
        case .regressedHeading: LocalizedText(ja: "悪化した項目", en: "Regressed")
        case .improvedHeading: LocalizedText(ja: "改善した項目", en: "Improved")
        case .changedHeading:
            LocalizedText(
                ja: "回答が変わった項目（同じ得点、または該当なし・対象範囲の出入り）",
                en: "Changed (same credit, or into or out of N/A or scope)")
        case .addedHeading: LocalizedText(ja: "新しく加わった項目", en: "Added controls")
        case .removedHeading: LocalizedText(ja: "なくなった項目", en: "Removed controls")
        case .noteHeading: LocalizedText(ja: "メモだけ変わった項目", en: "Note changed")
        case .applicabilityEffectLine:
            LocalizedText(
                ja: "対象範囲・重みの変化による増減: %@", en: "Effect of controls entering or leaving scope or N/A, and of weights: %@"
            )
        case .noChanges: LocalizedText(ja: "回答の変化はありません", en: "No answer changed")
        case .mandatoryBecameMet:
            LocalizedText(ja: "必須の対策がすべて実施済みになりました", en: "All mandatory measures are now in place")
        case .mandatoryBecameMissing:
            LocalizedText(ja: "必須の対策に満たしていないものが出ました", en: "A mandatory measure is now not met")
        case .mandatoryOpened: LocalizedText(ja: "新たに満たさなくなった必須対策: %@件", en: "Mandatory gaps opened: %@")
        case .mandatoryClosed: LocalizedText(ja: "満たすようになった必須対策: %@件", en: "Mandatory gaps closed: %@")
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
        case .recordedOn: LocalizedText(ja: "%@ 記録", en: "recorded %@")
        case .declareUnanswered:
            LocalizedText(ja: "未回答（申告の前に確かめてください）", en: "Not answered (find out before declaring)")
        case .declareImplemented: LocalizedText(ja: "実施", en: "Implemented")
        case .declareDelegated: LocalizedText(ja: "実施（委託先: %@）", en: "Implemented (by %@)")
        case .declarePartial:
            LocalizedText(
                ja: "未実施（一部のみ実施。実施とは申告できません）", en: "Not implemented (only in part; cannot be declared implemented)")
        case .declareNotImplemented: LocalizedText(ja: "未実施", en: "Not implemented")
        case .declareUnknown:
            LocalizedText(ja: "不明（申告の前に確かめてください）", en: "Unknown (find out before declaring)")
        case .declareNotApplicable: LocalizedText(ja: "代替策・対象外: %@", en: "Alternative or not applicable: %@")
        case .declarationTitle:
            LocalizedText(
                ja: "決済代行会社への申告のための回答（セキュリティ・チェックリスト）",
                en: "Answers for the payment provider's declaration (security checklist)")
        case .declarationIntro:
            LocalizedText(
                ja:
                    "決済代行会社から届く「セキュリティ・チェックリストに基づく対策措置状況申告書」に記入するための、項目ごとの回答です。順番はクレジットカード・セキュリティガイドラインの対策の順（このチェックリストの順）で、申告書の番号とは異なることがあります。「実施」と書けるのは、対策ができている項目だけです。",
                en:
                    "The answer to give, item by item, on the payment provider's self-declaration (「セキュリティ・チェックリストに基づく対策措置状況申告書」). The order is that of the card security guideline's measures (this checklist's), which may differ from the form's numbering. Only a measure in place can be declared implemented."
            )
        case .declarationAnswer: LocalizedText(ja: "申告できる回答", en: "Answer to declare")
        case .declarationNoEvidence:
            LocalizedText(ja: "なし（申告の裏付けを記録しておくと安心です）", en: "none (record what backs the declaration)")
        case .declarationSummaryHeading: LocalizedText(ja: "まとめ", en: "Summary")
        case .declarationSummary:
            LocalizedText(ja: "実施と申告できる項目: %@ / %@", en: "Items that can be declared implemented: %@ of %@")
        case .declarationFootnote:
            LocalizedText(
                ja: "この回答は、お店自身の点検にもとづく自己申告です。未実施・不明の項目は、実施してから申告するか、決済代行会社に相談してください。",
                en:
                    "These answers are the shop's own statements from its self-assessment. Put items not implemented or unknown in place before declaring them, or talk to the payment provider."
            )
        case .verifyHeading: LocalizedText(ja: "検証のしかた", en: "How to check this report")
        case .verifyHashStep:
            LocalizedText(
                ja:
                    "この報告書は、回答のハッシュが %@ の回答ファイルから作られています。受け取った回答ファイルの JSON を RFC 8785 で正規化して SHA-256 を計算すると（ecsec の README に Python の1行があります）、同じ値になります。",
                en:
                    "This report was made from the answers file whose answers hash is %@. Canonicalize the JSON of the answers file you received with RFC 8785 and compute its SHA-256 (the ecsec README has a line of Python for it): it gives the same value."
            )
        case .verifySignatureStep:
            LocalizedText(
                ja:
                    "署名（FILE.sig）は OpenSSH だけで確かめられます: ssh-keygen -Y verify -f allowed_signers -I 署名者 -n ecsec -s FILE.sig < FILE（allowed_signers は、お店から受け取った1行です）。",
                en:
                    "A signature (FILE.sig) is checked with OpenSSH alone: ssh-keygen -Y verify -f allowed_signers -I SIGNER -n ecsec -s FILE.sig < FILE (allowed_signers holds the line the shop gave you)."
            )
        case .verifyChainStep:
            LocalizedText(
                ja: "前の期間のハッシュが載っていれば、前回受け取った回答ファイルのハッシュと比べると、その後に書き換えられていないことを確かめられます。",
                en:
                    "When the previous period's hash is printed, compare it with the hash of the answers file you received last time: equal, it was not changed since."
            )
        case .statementAnswers:
            LocalizedText(ja: "対象の回答ファイル（回答のハッシュ）: %@", en: "Answers file (answers hash): %@")
        case .today: LocalizedText(ja: "今日", en: "today")
        case .oneDayAgo: LocalizedText(ja: "1日前", en: "1 day ago")
        case .daysAgo: LocalizedText(ja: "%@日前", en: "%@ days ago")
        case .monthsAgo: LocalizedText(ja: "%@か月前", en: "%@ months ago")
        case .evidenceAge: LocalizedText(ja: "%@ 記録、%@", en: "recorded %@, %@")
        case .evidenceResource: LocalizedText(ja: "%@ の証跡ファイル", en: "Evidence file of %@")
        case .metaCart: LocalizedText(ja: "カート・プラットフォーム", en: "Cart or platform")
        case .metaAnswersHash: LocalizedText(ja: "回答のハッシュ（SHA-256）", en: "Answers hash (SHA-256)")
        case .metaPreviousHash: LocalizedText(ja: "前の期間の回答のハッシュ", en: "Previous period's answers hash")
        case .metaPaymentProvider: LocalizedText(ja: "決済代行会社", en: "Payment provider")
        case .metaPeriod: LocalizedText(ja: "対象期間", en: "Period")
        case .metaAssessor: LocalizedText(ja: "回答者", en: "Assessor")
        case .metaChecklist: LocalizedText(ja: "チェックリスト", en: "Checklist")
        case .metaAsOf: LocalizedText(ja: "基準日", en: "As of")
        case .metaUpdated: LocalizedText(ja: "最終更新", en: "Last updated")
        case .actionPlan:
            LocalizedText(
                ja: "まず取り組むこと（必須、段階、効果の大きい順）", en: "What to fix first (mandatory, then milestone and effect)")
        case .notApplicableHeading: LocalizedText(ja: "該当しない項目と理由", en: "Not applicable, with reasons")
        case .mandatoryMissingHeading: LocalizedText(ja: "満たしていない必須対策", en: "Mandatory measures not met")
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
        case .generatedBy: LocalizedText(ja: "ecsec で作成（%@ 時点）", en: "Made with ecsec (as of %@)")
        case .provenanceNote:
            LocalizedText(
                ja: "各項目の文言はチェックリスト独自の要約です。要件と優先度をどこで確認したか（公式の文書・二次資料・本チェックリストの判断）は、「出典と、要件・優先度の確認元」に示しています。",
                en:
                    "Each control's wording is the checklist's own summary; 'Sources and where the priorities come from' says for each whether its requirement and priority come from the official document, a secondary source or this checklist's judgment."
            )
        case .yes: LocalizedText(ja: "はい", en: "yes")
        case .fileNotFound: LocalizedText(ja: "ファイルがありません", en: "no such file")
        case .folderNotFound: LocalizedText(ja: "フォルダーがありません", en: "the folder does not exist")
        case .fileIsDirectory: LocalizedText(ja: "ファイルではなくフォルダーです", en: "is a directory, not a file")
        case .fileNotRegular: LocalizedText(ja: "通常のファイルではありません", en: "is not a regular file")
        case .fileTooLarge:
            LocalizedText(ja: "大きすぎます（%@ バイト。上限は 16 MiB）", en: "is too large (%@ bytes; the limit is 16 MiB)")
        case .fileEmpty: LocalizedText(ja: "空のファイルです", en: "is empty")
        case .cannotRead: LocalizedText(ja: "読み取りの権限がありません", en: "permission denied (cannot read)")
        case .cannotWrite: LocalizedText(ja: "書き込みの権限がありません", en: "permission denied (cannot write)")
        case .diskFull: LocalizedText(ja: "ディスクがいっぱいです", en: "the disk is full")
        case .quotaExceeded: LocalizedText(ja: "ディスクの割り当て容量を超えています", en: "the disk quota is exceeded")
        case .readOnlyFileSystem: LocalizedText(ja: "読み取り専用の場所です", en: "the file system is read-only")
        case .notAFolderInPath: LocalizedText(ja: "パスの途中にフォルダーでないものがあります", en: "a part of the path is not a folder")
        case .pathTooLong: LocalizedText(ja: "パスが長すぎます", en: "the path is too long")
        case .tooManyLinks: LocalizedText(ja: "シンボリックリンクが多すぎます", en: "too many symbolic links")
        case .alreadyExists:
            LocalizedText(
                ja: "すでに存在します。別の名前にするか、先に削除してください", en: "already exists; choose another name or remove it first")
        case .fileHardLinked:
            LocalizedText(
                ja: "%@ 個の名前（ハードリンク）を持つファイルです。置き換えると名前ごとに別のファイルに分かれてしまうため書き込みません。ほかの名前を削除するか、cp でコピーしてから使ってください",
                en:
                    "has %@ names (hard links); replacing it would split them into separate files, so it is not written. Remove the other names, or use a copy made with cp"
            )
        case .lockFileUntrusted:
            LocalizedText(
                ja: "ロックファイルがほかのユーザーのもの、または複数の名前（ハードリンク）を持つため使いません。中身を確かめてから削除してください",
                en:
                    "the lock file belongs to another user or has more than one name (hard links), so it is not used; check it and remove it"
            )
        case .linkUntrusted:
            LocalizedText(
                ja: "誰でも書き込めるフォルダーにある、ほかのユーザーのシンボリックリンクです。たどらずに中止しました",
                en: "is another user's symbolic link in a folder anyone can write to; it was not followed")
        case .controlsCount: LocalizedText(ja: "%@項目", en: "%@ controls")
        case .observationLine:
            LocalizedText(ja: "観測 %@ %@ %@", en: "Observed %@ %@ %@")
        case .observationConflictHeading:
            LocalizedText(
                ja: "観測と回答が一致しません（ecsec probe の結果と食い違う「実施」の回答）",
                en: "Observation and answer disagree (answers of \"in place\" that the probe contradicts)")
        case .observationConflictLine:
            LocalizedText(ja: "%@ %@（回答: %@）← %@", en: "%@ %@ (answered: %@) ← %@")
        case .probeSummaryLine:
            LocalizedText(
                ja: "サイトの観測（ecsec probe %@、%@）: 問題 %@・注意 %@・良好 %@",
                en: "Site observed (ecsec probe %@, %@): %@ failed, %@ warnings, %@ passed")
        case .probeRunDescription:
            LocalizedText(
                ja: "%@ に ecsec probe %@ が %@ を外から確かめました（データ %@、リクエスト %@ 回）。回答ではなく、回答の証跡です。",
                en:
                    "On %@, ecsec probe %@ looked at %@ from outside (data %@, %@ requests). These are evidence for the answers, not answers."
            )
        case .probeCheckColumn: LocalizedText(ja: "確認", en: "Check")
        case .probeDetailColumn: LocalizedText(ja: "見えたこと", en: "What was seen")
        case .probeSection:
            LocalizedText(ja: "サイトの観測（ecsec probe）", en: "Site observations (ecsec probe)")
        case .cardPathScriptsHeading:
            LocalizedText(
                ja: "決済までのページのスクリプト（ecsec probe の記録の比較）",
                en: "Scripts on the card path (the two probe runs compared)")
        case .mappingsHeading:
            LocalizedText(
                ja: "前の版の項目を引き継いだ項目（回答は別の質問へのものです）",
                en: "Controls that continue earlier ones (their answers were to other questions)")
        case .answerOfAnotherControl:
            LocalizedText(
                ja: "%@ の回答は前回 %@ への回答でした。内容を確かめて、あらためて回答してください",
                en: "%@ carries the answer given to %@ last time; check it and answer again")
        case .carriedFromOtherControl:
            LocalizedText(
                ja: "前回は %@『%@』への回答です。質問が変わったので、あらためて回答してください",
                en: "Last time this was the answer to %@ \"%@\"; the question changed, so answer it again")
        case .answerForRetiredControl:
            LocalizedText(
                ja: "チェックリスト %@ には %@ がありません。回答はファイルに残しますが、点数には数えません",
                en: "checklist %@ has no control %@; the answer is kept but not scored")
        case .excludedBecause: LocalizedText(ja: "「%@」の回答が「%@」のため対象外", en: "out of scope: \"%@\" was answered \"%@\"")
        case .levelMinimum: LocalizedText(ja: "総合スコア %@ 以上", en: "an overall score of %@ or more")
        case .levelAnyScore: LocalizedText(ja: "それ以外", en: "any other score")
        case .levelNeedsMandatory:
            LocalizedText(ja: "、かつ必須の対策をすべて実施", en: ", and every mandatory measure in place")
        case .selfDeclared:
            LocalizedText(
                ja: "この報告書の回答は、事業者自身による自己点検（自己申告）の結果です。第三者による監査や認証ではありません。メモと証跡は、回答した人が書いたものです。",
                en:
                    "The answers in this report are the shop's own self-assessment (its own statements), not an independent audit or certification. Notes and evidence are as written by the person who answered."
            )
        case .readingHeading: LocalizedText(ja: "この報告書の読み方", en: "How to read this report")
        case .levelScaleHeading: LocalizedText(ja: "レベルの基準", en: "What each level requires")
        case .noteBefore: LocalizedText(ja: "前のメモ", en: "Note before")
        case .noteAfter: LocalizedText(ja: "今のメモ", en: "Note now")
        case .trendPreviousOtherShop:
            LocalizedText(
                ja: "%@ は前回として %@ を指していますが、お店（会社）の名前が違うため別の系列にしました",
                en:
                    "%@ names %@ as its previous period, but their organizations differ: they are kept as separate series"
            )
        case .trendSameAssessment:
            LocalizedText(
                ja: "%@ と %@ は同じ点検 ID を持っています（一方はもう一方のコピーです）。二つの期間として並べています",
                en: "%@ and %@ share an assessment id (one is a copy of the other); they are shown as two periods")
        case .pathNotUTF8:
            LocalizedText(
                ja: "名前が UTF-8 ではないため開けません。ファイル名を変えてください",
                en: "the name is not valid UTF-8, so it cannot be opened; rename the file")
        case .notJSON:
            LocalizedText(ja: "JSON として読めません（%@ 行 %@ 文字目）: %@", en: "not valid JSON at line %@, column %@: %@")
        case .unknownControl: LocalizedText(ja: "チェックリスト %@ に項目「%@」はありません", en: "checklist %@ has no control \"%@\"")
        case .didYouMean: LocalizedText(ja: "%@ のことですか？", en: "did you mean %@?")
        case .naNeedsReason:
            LocalizedText(
                ja: "「該当しない」には理由が必要です",
                en: "a notApplicable answer needs a reason (why the measure does not apply)")
        case .delegatedNeedsProvider:
            LocalizedText(
                ja: "「委託先が実施」には委託先の名前が必要です",
                en: "a delegated answer needs a provider (who does it for the shop)")
        case .unknownProfileKey:
            LocalizedText(ja: "前提条件「%@」はありません。使えるキー: %@", en: "unknown profile key \"%@\"; valid keys: %@")
        case .unknownProfileValue:
            LocalizedText(
                ja: "値「%@」は前提条件 %@ にありません。使える値: %@", en: "unknown value \"%@\" for profile key %@; valid values: %@")
        case .otherChecklist:
            LocalizedText(
                ja: "この評価はチェックリスト「%@」の回答で、「%@」ではありません", en: "the assessment answers checklist \"%@\", not \"%@\"")
        case .summaryFiles: LocalizedText(ja: "%@ 件", en: "%@ assessments")
        case .summaryQuartiles:
            LocalizedText(ja: "スコア: 第1四分位 %@ / 中央値 %@ / 第3四分位 %@", en: "Score: Q1 %@ / median %@ / Q3 %@")
        case .summaryMandatoryMet: LocalizedText(ja: "必須をすべて実施 %@ / %@ 件", en: "all mandatory met %@ of %@")
        case .summaryMostMissing: LocalizedText(ja: "未対応の多い項目（件数）", en: "Most often missing (shops)")
        case .summarySkipped: LocalizedText(ja: "対象外のファイル %@ 件", en: "%@ files skipped")
        }
    }
}

extension Phrase {
    /// `text` in parentheses the way each language writes them: `（要改善）`, ` (Needs work)`.
    package static func parenthesized(_ language: Language, _ text: String) -> String {
        language == .ja ? "（" + text + "）" : " (" + text + ")"
    }
}
