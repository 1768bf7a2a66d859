import Glibc
import SecurityChecklist

struct PlanCommand: Command {
    static let name = "plan"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Who fixes a gap by when.", "対策の担当と期限。"),
        discussion: HelpText.reflow(
            """
            Formats (--format):
            \(Format.helpList)

            With only FILE, lists every planned item of the assessment: overdue first (judged
            as of --as-of, default today), then by due date. With a CONTROL and --owner (and
            --due, or --due none while the date is undecided), sets that control's plan; --clear removes it. A plan belongs to an answer:
            answer the control first (ecsec answer accepts --owner and --due too). Plans are
            kept when the control is answered again.

            Examples:
              ecsec plan shop-2026-Q4.json OPS-21 --owner "佐藤" --due 2027-01-31
              ecsec plan shop-2026-Q4.json OPS-21 --owner "佐藤" --due 2027-01-31 \\
                  --plan-note "Ask the cart provider how"
              ecsec plan shop-2026-Q4.json
              ecsec plan shop-2026-Q4.json --format csv -o plan.csv
              ecsec plan shop-2026-Q4.json OPS-21 --clear
            """,
            ja: """
                出力形式（--format）:
                \(Format.helpList)

                FILE だけを指定すると、計画のある項目をすべて一覧します: 期限切れ（--as-of の日付、既定は
                今日で判定）を先に、次に期限の順。CONTROL と --owner（と --due。期限が未定なら --due 未定）
                を指定すると、その項目の計画を設定します。--clear で削除します。計画は回答に付くものなので、
                先に回答してください（ecsec answer でも --owner と --due を指定できます）。答え直しても
                計画は残ります。

                例:
                  ecsec plan shop-2026-Q4.json OPS-21 --owner "佐藤" --due 2027-01-31
                  ecsec plan shop-2026-Q4.json OPS-21 --owner "佐藤" --due 2027-01-31 \\
                      --plan-note "カート事業者に方法を聞く"
                  ecsec plan shop-2026-Q4.json OPS-21 --owner "佐藤" --due 未定
                  ecsec plan shop-2026-Q4.json
                  ecsec plan shop-2026-Q4.json --format csv -o plan.csv
                  ecsec plan shop-2026-Q4.json OPS-21 --clear
                """)
    )

    enum Format: String, OutputFormat {
        case text, json, csv

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "every plan with its owner, due date and whether it is overdue",
                    "すべての計画と、その担当・期限・期限切れかどうか")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/plan@2, Schemas/plan.schema.json)",
                    "同じ内容をプログラム向けに（ecsec/plan@2、Schemas/plan.schema.json）")
            case .csv:
                HelpText.text(
                    "one row per plan for Excel (UTF-8 with BOM)",
                    "計画ごとに1行の Excel 向けの形式（BOM付き UTF-8）")
            }
        }
    }

    var file: String = ""
    var control: String?
    var planOptions = PlanOptions()
    var clear = false
    var format: Format = .text
    var outputOption = OutputOption()
    var checklistOption = ChecklistOption()
    var languageOption = LanguageOption()
    var asOf = AsOfOption()

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .argument(
            \.control, "control",
            help: .text("The control whose plan to set or clear, e.g. OPS-21.", "計画を設定・削除する項目（例: OPS-21）。")),
        .group(\.planOptions),
        .flag(\.clear, "clear", help: .text("Remove the control's plan.", "その項目の計画を削除します。")),
        .option(\.format, "format", help: Format.optionHelp),
        .group(\.outputOption),
        .group(\.checklistOption),
        .group(\.languageOption),
        .group(\.asOf),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            guard let control else {
                guard !clear, !planOptions.isGiven else { throw Failure(CLIPhrase.planNeedsControl(language)) }
                try list(language)
                return
            }
            let lock = try FileLock.acquire(for: file, processID: getpid())
            defer { lock.release() }
            var (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            let id = ControlID(control.foldingWidth.trimmingSpaces)
            let now = Environment.now()
            do {
                if clear {
                    guard !planOptions.isGiven else { throw Failure(CLIPhrase.clearWithPlan(language)) }
                    try assessment.setPlan(nil, for: id, in: checklist, at: now)
                } else {
                    let plan = try planOptions.plan(updating: assessment.answers[id]?.plan, language)
                    guard let plan else { throw Failure(CLIPhrase.planNeedsOwner(language)) }
                    try assessment.setPlan(plan, for: id, in: checklist, at: now)
                }
            } catch let error as AssessmentEditError {
                throw Failure("\(file): " + error.commandLineMessage(in: language))
            }
            try Documents.save(assessment, to: file)
            if let plan = assessment.answers[id]?.plan {
                Console.message(
                    "\(id): " + Phrase.planLine(language, plan.owner, plan.dueText(language)) + " — "
                        + CLIPhrase.saved(language, file))
            } else {
                Console.message(CLIPhrase.planCleared(language, id))
            }
        }
    }

    func list(_ language: Language) throws {
        let (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
        let plans = PlanList(assessment: assessment, checklist: checklist, asOf: asOf.today)
        switch format {
        case .json: try outputOption.write(plans.jsonText(), inputs: [file], language)
        case .csv: try outputOption.write(plans.csvText(language: language), exactly: true, inputs: [file], language)
        case .text:
            let styled = outputOption.toStandardOutput
            try outputOption.write(
                plans.text(
                    checklist: checklist, language: language,
                    style: styled ? Environment.style(for: 1) : .plain,
                    width: styled ? min(Environment.columns(1), 120) : 80),
                inputs: [file], language)
        }
    }
}

/// `--owner NAME --due YYYY-MM-DD [--plan-note TEXT]`, shared by `answer` and `plan`.
struct PlanOptions: ParameterSet {
    var owner: NonBlankText?
    var due: DueArgument?
    var planNote: String?

    static let parameters: [Parameter<Self>] = [
        .option(
            \.owner, "owner",
            help: .text(
                "Who closes the gap (sets the plan; --due may come later).", "対策の担当者（計画を設定します。--due は後からでも構いません）。")),
        .option(
            \.due, "due",
            help: .text("By when, or none while undecided (期限未定).", "期限。未定なら none または 未定。", valueName: "YYYY-MM-DD")),
        .option(
            \.planNote, "plan-note", help: .text("What is to be done, if more than the control says.", "項目の説明に加えて行うこと。")
        ),
    ]

    /// Whether any plan option was given.
    var isGiven: Bool { owner != nil || due != nil || planNote != nil }

    /// The plan the options describe on top of `existing` (an option not given keeps its
    /// value); `nil` when no option was given.
    /// - Throws: ``Failure`` when the plan would lack an owner.
    func plan(updating existing: Plan?, _ language: Language) throws -> Plan? {
        guard isGiven else { return nil }
        guard let owner = owner?.text ?? existing?.owner else { throw Failure(CLIPhrase.planNeedsOwner(language)) }
        let due = due.map(\.timestamp) ?? existing?.due
        return Plan(owner: owner, due: due, note: planNote ?? existing?.note)
    }
}
