import SecurityChecklist

/// The terminal UI's texts: keys, footers, screens and prompts.
package enum TUIPhrase: PhraseTable {
    case keyRecord, keyNotApplicable, keyDelegated, keyClear, keyNext, keyPrevious, keyScroll, keyPage
    case keyOpen, keyBack, keyNote, keyControlHelp, keySummary, keyOverview, keyLanguage, keyQuit
    case keyKeyHelp, keyProfile, keyPickOption, keyGroupQuestion, keyGroupOverview, keyGroupSummary
    case keyGroupProfile, keyGroupPanels, tooSmall, profileTitle, profileHint, overviewTitle, promptReason
    case promptProvider, promptNote, needsText, answerFirst, saveFailed, whyHeading, howHeading
    case verifyHeading, summaryTitle, keyHelpTitle, moreBelow, footMove, footClear, footHelp, footNote
    case footOverview, footSummary, footQuit, footKeys, footOpen, footProfile, footScroll, footBack
    case referencesHeading, profileLabel, keyPlan, promptPlanOwner, promptPlanDue
    case keyAddEvidence, keyEditEvidence, footEvidence, promptEvidence, promptEditEvidence, evidenceRemoved
    case evidenceLabel, noEvidenceToEdit
    case badDue, planCleared, planHint, mandatoryNotApplicableWarning, mandatoryNotApplicableAnswered
    case keyConfirm, carriedLine, confirmNeedsCarried, createdFile, keyUndo, undone, nothingToUndo
    case confirmClearQuestion, confirmClearHint, keyConfirmClear, footConfirmClear, keyGroupConfirmClear,
        keyGroupKeyHelp, clearCancelled, keyStart, footStart, keyDetails, welcomeTitle
    case providerSuggestions, noteWaits, pendingNoteLabel, pendingNotesKept, typedTextKept, overviewAnswered,
        overviewScore,
        digitsHint, keyGroupWelcome,
        welcomeBody, detailsOrganization, detailsSite, detailsCart, detailsPaymentProvider,
        detailsAssessor, detailsPeriod,
        detailsHint, detailsPeriodHint, pasteIgnored, halfWidthPlease, badPeriod, planOffer, footDetails, footUndo,
        footPlan, keyAccept, footAccept,
        keyCancelPrompt,
        footCancelPrompt,
        keySuggest, keyGroupPrompt,
        keyJump, selectFirst

    package var text: LocalizedText {
        switch self {
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
        case .keyAccept: LocalizedText(ja: "入力を確定する", en: "Keep what you typed")
        case .footAccept: LocalizedText(ja: "確定", en: "keep")
        case .keyCancelPrompt: LocalizedText(ja: "入力をやめる（何も変わりません）", en: "Cancel (nothing changes)")
        case .footCancelPrompt: LocalizedText(ja: "やめる", en: "cancel")
        case .keySuggest:
            LocalizedText(
                ja: "このファイルにある委託先の名前を順に入れる", en: "Fill in a provider this file already names, one after another")
        case .selectFirst:
            LocalizedText(
                ja: "上下キーで項目を選んでから Enter を押してください", en: "Select an entry with Up or Down first, then press Enter")
        case .keyGroupPrompt: LocalizedText(ja: "文字の入力中", en: "While typing")
        case .keyJump: LocalizedText(ja: "選んだ項目の質問を開く", en: "Open the selected control's question")
        case .keyNote: LocalizedText(ja: "メモを書く", en: "Edit the note")
        case .keyControlHelp:
            LocalizedText(ja: "この項目の解説（なぜ・対策・確認方法）", en: "About this control (why, how, how to check)")
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
        case .promptReason: LocalizedText(ja: "該当しない理由を入力してください", en: "Why does this not apply to your shop?")
        case .promptProvider:
            LocalizedText(ja: "実施している委託先・サービスの名前を入力してください", en: "Who does it for the shop? Type the provider's name")
        case .promptNote: LocalizedText(ja: "メモを入力してください（空にすると削除）", en: "Type a note (leave it empty to remove it)")
        case .needsText: LocalizedText(ja: "入力してから Enter を押してください", en: "Type something, then press Enter")
        case .answerFirst:
            LocalizedText(
                ja: "先に %@ で回答してから担当と期限を決めてください", en: "Answer with %@ first, then set who fixes it by when")
        case .saveFailed:
            LocalizedText(
                ja: "保存できませんでした（%@）。この回答は記録されていません。もう一度入力すると保存をやり直します",
                en: "Could not save (%@). This answer is not recorded; enter it again to retry the save")
        case .whyHeading: LocalizedText(ja: "なぜ必要か", en: "Why it matters")
        case .howHeading: LocalizedText(ja: "対策のしかた", en: "What to do")
        case .verifyHeading: LocalizedText(ja: "わからないときの確認方法", en: "How to find out")
        case .summaryTitle: LocalizedText(ja: "結果", en: "Summary")
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
        case .referencesHeading: LocalizedText(ja: "出典", en: "Sources")
        case .profileLabel: LocalizedText(ja: "前提条件", en: "Profile")
        case .keyConfirm:
            LocalizedText(
                ja: "前回から引き継いだ回答を変わりなしとして確定（次の項目へ）",
                en: "Keep the answer carried from last period as it is (then next)")
        case .carriedLine:
            LocalizedText(
                ja: "未確認: %@ の回答を引き継いでいます。変わりなければ Enter、変わったら %@",
                en: "Unconfirmed: carried from %@. Enter if nothing changed, %@ if it did")
        case .noteWaits:
            LocalizedText(
                ja: "メモを保存しました。%@ で回答すると、その回答のメモになります",
                en: "Note saved; it becomes the answer's note when you answer with %@")
        case .providerSuggestions: LocalizedText(ja: "Tab で入力済みの委託先: %@", en: "Tab for those named before: %@")
        case .pendingNotesKept:
            LocalizedText(
                ja: "回答前に書いたメモが %@ 件あります（ファイルに保存済み。回答するとその回答のメモになります）",
                en:
                    "%@ notes written before answering are kept in the file; each becomes its control's note when answered"
            )
        case .typedTextKept:
            LocalizedText(
                ja: "入力中だった文字は回答前のメモとして保存しました",
                en: "What was being typed is kept as a note written before answering")
        case .pendingNoteLabel: LocalizedText(ja: "メモ（回答前に書いたもの）", en: "Note (written before answering)")
        case .overviewAnswered: LocalizedText(ja: "回答済み", en: "Answered")
        case .overviewScore: LocalizedText(ja: "スコア", en: "Score")
        case .digitsHint: LocalizedText(ja: "%@ で回答、%@ で回答を消します", en: "Answer with %@; %@ clears the answer")
        case .keyGroupWelcome: LocalizedText(ja: "はじめの画面", en: "Welcome screen")
        case .keyStart: LocalizedText(ja: "始める", en: "Start")
        case .footStart: LocalizedText(ja: "始める", en: "start")
        case .keyDetails:
            LocalizedText(
                ja: "組織名・サイト・カート・決済代行・回答者・期間を変える",
                en: "Change the organization, site, cart, payment provider, assessor and period")
        case .welcomeTitle: LocalizedText(ja: "ようこそ", en: "Welcome")
        case .welcomeBody:
            LocalizedText(
                ja: """
                    お店のセキュリティ対策を、質問に一つずつ答えて点検します。目安は30分ほどです。
                    手元にあると答えやすいもの: カート・モールの管理画面にログインできる状態、決済代行会社との契約内容、サーバーや保守を頼んでいる会社の連絡先。
                    回答はその都度このファイルに保存されます。q でいつでも終了でき、次に開くと続きから再開します。
                    わからない質問は 4（わからない）と答え、あとで h の「わからないときの確認方法」で確かめられます。
                    はじめに、お店の名前や使っているカートなどの基本情報と、お店の形態（前提条件）を聞きます。
                    """,
                en: """
                    Answer one question at a time to check your shop's security; it takes about 30 minutes.
                    Good to have at hand: a login to your cart's or marketplace's admin screen, your payment provider's contract, and the contact of whoever runs your server or maintains the site.
                    Every answer is saved to this file at once. Press q at any time; opening the file again resumes where you stopped.
                    If you do not know an answer, press 4 (don't know) and find out later with h (how to find out).
                    First come a few details such as the shop's name and its cart, then how the shop is run (the profile).
                    """)
        case .detailsOrganization: LocalizedText(ja: "お店（会社）の名前", en: "The shop or company name")
        case .detailsSite:
            LocalizedText(ja: "点検するサイト（例: shop.example.jp）", en: "The site assessed (e.g. shop.example.jp)")
        case .detailsCart:
            LocalizedText(
                ja: "使っているカート・プラットフォームの名前（例: Shopify、BASE、EC-CUBE 4.2）",
                en: "The cart or platform the shop runs on (e.g. Shopify, BASE, EC-CUBE 4.2)")
        case .detailsPaymentProvider:
            LocalizedText(ja: "カード決済を任せている決済代行会社の名前", en: "The payment provider that takes card payments")
        case .detailsAssessor: LocalizedText(ja: "回答する人の名前", en: "Who answers")
        case .detailsPeriod: LocalizedText(ja: "点検の期間（例: 2026-Q4）", en: "The period assessed (e.g. 2026-Q4)")
        case .detailsHint:
            LocalizedText(
                ja: "空のままでも次へ進めます。Esc で残りを飛ばせます（あとで i で入力できます）",
                en: "It may stay empty. Esc skips the rest (i asks them again later)")
        case .footDetails: LocalizedText(ja: "情報", en: "details")
        case .footUndo: LocalizedText(ja: "戻す", en: "undo")
        case .footPlan: LocalizedText(ja: "計画", en: "plan")
        case .keyAddEvidence:
            LocalizedText(ja: "証跡を追加する（何を、どこに）", en: "Add evidence (what, and where it is)")
        case .keyEditEvidence:
            LocalizedText(
                ja: "最後の証跡を直す（空にすると削除）", en: "Edit the last evidence (emptied, it is removed)")
        case .footEvidence: LocalizedText(ja: "証跡", en: "evidence")
        case .promptEvidence:
            LocalizedText(
                ja: "証跡（何を、どこに。例: 決済代行会社の非保持化確認書 2026-10、共有フォルダー）",
                en: "Evidence (what, and where it is; e.g. the payment provider's letter, 2026-10, shared folder)")
        case .promptEditEvidence:
            LocalizedText(ja: "証跡を直す（空にすると削除します）", en: "Edit the evidence (empty removes it)")
        case .evidenceRemoved: LocalizedText(ja: "証跡を削除しました", en: "Removed the evidence")
        case .evidenceLabel: LocalizedText(ja: "証跡", en: "Evidence")
        case .noEvidenceToEdit:
            LocalizedText(ja: "証跡はまだありません。v で追加します", en: "No evidence yet; v adds one")
        case .planOffer:
            LocalizedText(
                ja: "必須の %@ が未対応です。担当と期限を決めますか（t）",
                en: "Mandatory %@ is not in place. Set who fixes it by when? (t)")
        case .badPeriod:
            LocalizedText(
                ja: "四半期として読めません。2026-Q4、2026年Q4、2026-4Q のように入力してください（Q1〜Q4）",
                en: "Not a quarter; type it as 2026-Q4, 2026Q4 or 2026-4Q (Q1 to Q4)")
        case .halfWidthPlease:
            LocalizedText(
                ja: "半角で入力してください（日本語入力をオフにしてください）",
                en: "Type keys in half-width (turn the Japanese input method off)")
        case .pasteIgnored:
            LocalizedText(
                ja: "貼り付けた文字は入力欄でだけ使えます（キーとしては扱いません）",
                en: "Pasted text is only taken in a text field (it is never used as keys)")
        case .detailsPeriodHint:
            LocalizedText(
                ja: "空のままにすると今の期間のままです。Esc で残りを飛ばせます（あとで i で入力できます）",
                en: "Left empty, the period stays as it is. Esc skips the rest (i asks them again later)")
        case .keyUndo: LocalizedText(ja: "直前の変更を元に戻す", en: "Undo the last change")
        case .undone: LocalizedText(ja: "元に戻しました（保存済み）", en: "Undone (saved)")
        case .nothingToUndo: LocalizedText(ja: "元に戻す変更はありません", en: "Nothing to undo")
        case .confirmClearQuestion:
            LocalizedText(
                ja: "この回答のメモ・証跡・計画も消えます。消しますか？", en: "The note, evidence and plan of this answer go too. Clear it?")
        case .confirmClearHint: LocalizedText(ja: "ほかのキー やめる", en: "any other key keep")
        case .keyConfirmClear:
            LocalizedText(
                ja: "回答をメモ・証跡・計画ごと消す（ほかのキーはやめる）",
                en: "Clear the answer with its note, evidence and plan (any other key keeps it)")
        case .footConfirmClear: LocalizedText(ja: "消す", en: "clear")
        case .keyGroupKeyHelp: LocalizedText(ja: "このキーの一覧で", en: "In this list of keys")
        case .keyGroupConfirmClear: LocalizedText(ja: "回答を消すか確かめるとき", en: "When asked whether to clear an answer")
        case .clearCancelled: LocalizedText(ja: "消しませんでした", en: "Kept the answer")
        case .createdFile: LocalizedText(ja: "新しいファイルを作成しました: %@", en: "Created a new file: %@")
        case .confirmNeedsCarried:
            LocalizedText(ja: "%@ で回答してください", en: "Answer with %@")
        case .keyPlan: LocalizedText(ja: "担当と期限を決める（対策計画）", en: "Set who fixes it by when (action plan)")
        case .promptPlanOwner:
            LocalizedText(ja: "担当者の名前を入力してください（空にすると計画を削除）", en: "Who will fix it? (leave it empty to remove the plan)")
        case .promptPlanDue:
            LocalizedText(
                ja: "期限を入力してください（例: 2027-01-31。空欄なら期限未定）",
                en: "By when? (e.g. 2027-01-31; leave empty for no date yet)")
        case .badDue: LocalizedText(ja: "2027-01-31 のような日付を入力してください", en: "Type a date such as 2027-01-31")
        case .planCleared: LocalizedText(ja: "計画を削除しました", en: "Removed the plan")
        case .planHint: LocalizedText(ja: "t で担当と期限を決められます", en: "Press t to set who fixes it by when")
        case .mandatoryNotApplicableWarning:
            LocalizedText(
                ja: "必須項目です。「該当しない」と答えても満たしたことにならず、レベルは上がりません",
                en: "A mandatory measure: answering not applicable does not meet it, and the level stays capped")
        case .mandatoryNotApplicableAnswered:
            LocalizedText(
                ja: "必須項目を該当なしとしています。レベルの条件は満たされません",
                en: "A mandatory measure answered not applicable: the level's condition is not met")
        }
    }
}
