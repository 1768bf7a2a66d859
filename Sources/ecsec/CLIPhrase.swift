import SecurityChecklist

/// The command line's own messages.
enum CLIPhrase: PhraseTable {
    case skippedFile
    case blankValue
    case outputIsInput
    case outputFailed
    case created, nextSteps, saved, cleared, valid, profileEntryFormat, unknownStatus
    case unansweredWithText, noSuchChecklist, checklistNotShipped, badDate, badDue, badPeriod, differentChecklists
    case needsTerminal, unusableTerminal, notShippedWarning, summaryProgress
    case unknownTimeZone, nothingOpen, previousOtherShop, previousSameAssessment, planNeedsControl, clearWithPlan
    case planNeedsOwner, planCleared, periodNeeded, createdFrom, similarFiles, goodbye, unknownStatusNear
    case outOfScope, detailIgnored, unknownOption, unknownOptionNear, missingArgument, missingValue
    case unknownCommand, unknownCommandNear, unknownTimeZoneVariable, savedDespiteOutput, moreGaps, optionHint,
        formatMismatch, offerCarry, invalidValue, invalidValueOneOf, declarationNeedsCard
    case unexpectedArgument, flagWithValue, errorLabel, helpLabel, usageLabel, seeHelp
    // The words of a help page around the commands' own texts.
    case helpOverview, helpUsage, helpArguments, helpOptions, helpSubcommands, helpDefaultSubcommand, helpValues,
        helpDefault, helpValuesAndDefault, showHelp, showVersion, seeSubcommandHelp

    var text: LocalizedText {
        switch self {
        case .skippedFile: LocalizedText(ja: "読み飛ばし: %@: %@", en: "skipped %@: %@")
        case .blankValue: LocalizedText(ja: "%@ に空の値は指定できません", en: "%@ needs a value that is not empty")
        case .planNeedsControl:
            LocalizedText(
                ja: "--owner・--due・--clear には項目ID（例: OPS-21）が必要です",
                en: "--owner, --due and --clear need a control id (e.g. OPS-21)")
        case .clearWithPlan:
            LocalizedText(ja: "--clear と --owner・--due は同時に指定できません", en: "--clear cannot go with --owner or --due")
        case .declarationNeedsCard:
            LocalizedText(
                ja: "%@: card-declaration は %@ の回答から作ります（このファイルは %@ の回答です）。ecsec new --checklist %@ で作った評価に使ってください",
                en:
                    "%@: card-declaration is made from %@ answers (this file answers %@); use it on an assessment made with ecsec new --checklist %@"
            )
        case .planNeedsOwner:
            LocalizedText(
                ja: "計画には担当（--owner）が必要です。期限（--due YYYY-MM-DD）は後から決めても構いません",
                en: "a plan needs an owner (--owner); the due date (--due YYYY-MM-DD) may come later")
        case .unknownOption: LocalizedText(ja: "オプション %@ はありません", en: "unknown option '%@'")
        case .unexpectedArgument: LocalizedText(ja: "余分な引数「%@」があります", en: "unexpected argument '%@'")
        case .flagWithValue:
            LocalizedText(ja: "%@ に値（「%@」）は指定できません", en: "the option '%@' takes no value, but '%@' was given")
        case .errorLabel: LocalizedText(ja: "エラー: ", en: "Error: ")
        case .helpLabel: LocalizedText(ja: "説明:  ", en: "Help:  ")
        case .usageLabel: LocalizedText(ja: "使い方: ", en: "Usage: ")
        case .seeHelp: LocalizedText(ja: "詳しくは %@ --help をご覧ください", en: "See '%@ --help' for more information.")
        case .helpOverview: LocalizedText(ja: "概要: ", en: "OVERVIEW: ")
        case .helpUsage: LocalizedText(ja: "使い方: ", en: "USAGE: ")
        case .helpArguments: LocalizedText(ja: "引数:", en: "ARGUMENTS:")
        case .helpOptions: LocalizedText(ja: "オプション:", en: "OPTIONS:")
        case .helpSubcommands: LocalizedText(ja: "サブコマンド:", en: "SUBCOMMANDS:")
        case .helpDefaultSubcommand: LocalizedText(ja: "%@（既定）", en: "%@ (default)")
        case .helpValues: LocalizedText(ja: "（値: %@）", en: " (values: %@)")
        case .helpDefault: LocalizedText(ja: "（既定値: %@）", en: " (default: %@)")
        case .helpValuesAndDefault: LocalizedText(ja: "（値: %@、既定値: %@）", en: " (values: %@; default: %@)")
        case .showHelp: LocalizedText(ja: "このヘルプを表示します。", en: "Show help information.")
        case .showVersion: LocalizedText(ja: "バージョンを表示します。", en: "Show the version.")
        case .seeSubcommandHelp:
            LocalizedText(
                ja: "各コマンドの説明は ecsec help %@<subcommand> で表示します。",
                en: "See 'ecsec help %@<subcommand>' for detailed help.")
        case .unknownOptionNear:
            LocalizedText(ja: "オプション %@ はありません。%@ のことですか？", en: "unknown option '%@'; did you mean '%@'?")
        case .missingArgument: LocalizedText(ja: "%@ を指定してください", en: "missing %@")
        case .missingValue: LocalizedText(ja: "%@ の後ろに値を指定してください", en: "%@ needs a value")
        case .unknownCommand:
            LocalizedText(ja: "コマンド %@ はありません（使えるもの: %@）", en: "there is no command '%@' (there are: %@)")
        case .unknownCommandNear:
            LocalizedText(ja: "コマンド %@ はありません。%@ のことですか？", en: "there is no command '%@'; did you mean '%@'?")
        case .goodbye:
            LocalizedText(
                ja: "回答は %@ に保存しました。続きは ecsec assess %@、報告書は ecsec report %@ -o %@",
                en:
                    "Your answers are saved in %@. Resume with ecsec assess %@; make a report with ecsec report %@ -o %@"
            )
        case .similarFiles:
            LocalizedText(
                ja: "%@ はありません。この場所にある評価ファイル: %@。どれかを開くか、新しく作るときは --new を付けてください",
                en: "%@ does not exist; assessments here: %@. Open one of them, or add --new to create a new file")
        case .periodNeeded:
            LocalizedText(
                ja: "%@ の期間（%@）からは次の期間を決められません。--period で指定してください（例: 2027-Q1）",
                en: "cannot tell the period after %@'s (%@); give it with --period (e.g. 2027-Q1)")
        case .createdFrom:
            LocalizedText(
                ja: "%@ を %@（%@）から作成しました: 期間 %@、%@、引き継いだ回答 %@件（確認するまで「未確認」）",
                en:
                    "Created %@ from %@ (%@): period %@, %@, %@ answers carried over (unconfirmed until you confirm them)"
            )
        case .planCleared: LocalizedText(ja: "%@ の計画を削除しました", en: "Removed the plan of %@")
        case .invalidValue:
            LocalizedText(ja: "「%@」は %@ に使えません", en: "the value '%@' is invalid for %@")
        case .invalidValueOneOf:
            LocalizedText(ja: "「%@」は %@ に使えません。使える値: %@", en: "the value '%@' is invalid for %@; valid values: %@")
        case .offerCarry:
            LocalizedText(
                ja: "%@（%@）の回答を引き継いで %@ を始めますか？ Enter: 引き継ぐ / n: 空のファイルで始める > ",
                en: "Start from the answers of %@ (%@) for %@? Enter: carry them over / n: start an empty file > ")
        case .formatMismatch:
            LocalizedText(
                ja: "--format %@ と出力先 %@ の拡張子が合いません。どちらかを直してください（--format を省くと拡張子から決めます）",
                en:
                    "--format %@ does not match the extension of %@; change one (without --format the extension decides)"
            )
        case .moreGaps:
            LocalizedText(
                ja: "ほか %@件。すべて表示するには --top %@ を付けてください",
                en: "%@ more; add --top %@ to list them all")
        case .optionHint: LocalizedText(ja: "（%@ で指定します）", en: " (give it with %@)")
        case .unknownTimeZoneVariable:
            LocalizedText(
                ja: "環境変数 TZ のタイムゾーン「%@」がわかりません。時刻は UTC で書きます",
                en: "the time zone \"%@\" in TZ is not one the system knows; times are written in UTC")
        case .savedDespiteOutput:
            LocalizedText(
                ja: "%@ は保存しました。ただし標準出力に書けませんでした（%@）",
                en: "%@ was saved, but standard output could not be written (%@)")
        case .unknownTimeZone:
            LocalizedText(
                ja: "タイムゾーン「%@」がわかりません。Asia/Tokyo のような名前で指定してください",
                en: "unknown time zone \"%@\"; give a name such as Asia/Tokyo")
        case .nothingOpen:
            LocalizedText(
                ja: "%@ には未達の項目がないため、POA&M（対策計画）に載せるものがありません",
                en: "%@ has no open gap, so there is nothing for a plan of action and milestones")
        case .previousOtherShop:
            LocalizedText(
                ja: "--previous %@ は別の組織（%@）の評価です。比較できるのは同じ組織（%@）の評価だけです",
                en: "--previous %@ is another organization's assessment (%@, not %@); compare the same shop's periods")
        case .previousSameAssessment:
            LocalizedText(
                ja: "--previous %@ は %@ と同じ評価（同じ評価ID）です。前の期間のファイルを指定してください",
                en: "--previous %@ is the same assessment as %@ (the same id); give the previous period's file")
        case .outputIsInput:
            LocalizedText(
                ja: "-o %@ は入力ファイル %@ と同じファイルです。上書きしないよう、別の出力先を指定してください",
                en: "-o %@ is the input file %@; choose another output file so the input is not overwritten")
        case .outputFailed:
            LocalizedText(
                ja: "標準出力に書き込めませんでした（%@）。出力は不完全です",
                en: "could not write to standard output (%@); the output is incomplete")
        case .created: LocalizedText(ja: "%@ を作成しました", en: "Created %@")
        case .nextSteps: LocalizedText(ja: "次に: %@", en: "Next: %@")
        case .saved: LocalizedText(ja: "%@ に保存しました", en: "Saved to %@")
        case .cleared: LocalizedText(ja: "%@ の回答を消去しました", en: "Cleared the answer to %@")
        case .valid: LocalizedText(ja: "問題なし", en: "valid")
        case .profileEntryFormat:
            LocalizedText(
                ja: "--profile %@: key=value の形で指定してください（例: --profile platform=cart-asp）",
                en: "--profile %@: expected key=value, e.g. --profile platform=cart-asp")
        case .unknownStatusNear:
            LocalizedText(
                ja: "回答「%@」は使えません。もしかして %@？ 使える値: %@",
                en: "unknown status \"%@\"; did you mean %@? Valid values: %@")
        case .outOfScope:
            LocalizedText(
                ja: "%@ は前提条件（%@）により対象外です。回答は記録しましたが、点数には数えません",
                en: "%@ is out of scope for this shop's profile (%@): the answer is recorded but does not count")
        case .detailIgnored:
            LocalizedText(
                ja: "%@ は %@ のときだけ記録します。今回の回答（%@）では記録していません",
                en: "%@ is recorded only with %@; it was not recorded with %@")
        case .unknownStatus: LocalizedText(ja: "回答「%@」は使えません。使える値: %@", en: "unknown status \"%@\"; valid values: %@")
        case .unansweredWithText:
            LocalizedText(
                ja: "unanswered は回答を消します。--note、--reason、--provider、--evidence、--owner、--due とは一緒に使えません",
                en:
                    "unanswered clears the answer; --note, --reason, --provider, --evidence, --owner and --due cannot go with it"
            )
        case .noSuchChecklist:
            LocalizedText(
                ja: "同梱のチェックリスト「%@」も、その名前のファイルもありません。同梱のチェックリスト: %@",
                en: "no shipped checklist \"%@\" and no file by that name; shipped checklists: %@")
        case .checklistNotShipped:
            LocalizedText(
                ja: "チェックリスト「%@」は ecsec に同梱されていません。--checklist でファイルを指定してください",
                en: "checklist \"%@\" is not shipped with ecsec; pass its file with --checklist PATH")
        case .badDate:
            LocalizedText(
                ja: "%@ %@: 日付として読めません。2026-12-31、2026/12/31、2026年12月31日 のように指定してください",
                en: "%@ %@: not a date; give it as 2026-12-31, 2026/12/31 or 2026年12月31日")
        case .badDue:
            LocalizedText(
                ja: "%@ %@: 日付として読めません。2027-01-31、2027/1/31、2027年1月31日 のように、期限が未定なら 未定 と指定してください",
                en: "%@ %@: not a date; give it as 2027-01-31, 2027/1/31 or 2027年1月31日, or none for no date yet")
        case .badPeriod:
            LocalizedText(
                ja: "%@ %@: 四半期として読めません。2026-Q4、2026Q4、2026年Q4、2026-4Q のように指定してください（Q1〜Q4）",
                en: "%@ %@: not a quarter; give it as 2026-Q4, 2026Q4, 2026年Q4 or 2026-4Q (Q1 to Q4)")
        case .differentChecklists:
            LocalizedText(
                ja: "%@ はチェックリスト「%@」、%@ は「%@」の回答です。同じチェックリストの評価どうししか比べられません",
                en:
                    "%@ answers checklist \"%@\" but %@ answers \"%@\"; only assessments of the same checklist can be compared"
            )
        case .needsTerminal:
            LocalizedText(
                ja: "ecsec assess は端末の画面で使います。スクリプトからは ecsec answer FILE CONTROL-ID STATUS を使ってください",
                en: "ecsec assess needs an interactive terminal; for scripts use: ecsec answer FILE CONTROL-ID STATUS")
        case .unusableTerminal:
            LocalizedText(
                ja:
                    "端末の種類「%@」では画面を表示できません（例: TERM=xterm-256color）。スクリプトからは ecsec answer FILE CONTROL-ID STATUS を使ってください",
                en:
                    "the terminal type \"%@\" cannot be used for the interactive screen (set TERM, e.g. TERM=xterm-256color); for scripts use: ecsec answer FILE CONTROL-ID STATUS"
            )
        case .notShippedWarning:
            LocalizedText(
                ja: "チェックリスト「%@」は同梱されていません。回答まで確かめるには --checklist でファイルを指定してください",
                en: "checklist \"%@\" is not shipped; pass --checklist PATH to check the answers against it")
        case .summaryProgress: LocalizedText(ja: "%@ 件を処理中", en: "%@ files read")
        }
    }
}
