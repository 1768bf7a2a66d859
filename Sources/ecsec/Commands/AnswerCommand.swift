import Glibc
import SecurityChecklist

struct AnswerCommand: Command {
    static let name = "answer"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Record one answer.", "回答を1件記録します。"),
        discussion: HelpText.reflow(
            """
            STATUS is one of:
              implemented     実施している
              partial         一部実施している
              notImplemented  実施していない
              unknown         わからない
              notApplicable   該当しない (needs --reason)
              delegated       委託先・サービス提供者が実施 (needs --provider)
              unanswered      clears the answer

            The Japanese labels above (実施している, 一部, 該当しない, ...) and the English ones
            are accepted too, and full-width input (ＢＬＤ－０４) is read as typed on an IME.

            The note, evidence and plan already recorded are kept unless you pass --note,
            --evidence or --owner/--due (--note "" removes the note). --owner and --due set who
            closes the gap by when (see ecsec plan). The file is replaced atomically and keeps its mode; on
            any error it is left untouched.

            Examples:
              ecsec answer shop.json OPS-21 implemented --note "2FA on every admin account"
              ecsec answer shop.json BLD-12 delegated --provider "Example Cart Inc."
              ecsec answer shop.json OPS-11 notApplicable --reason "We don't use WordPress"
              ecsec answer shop.json OPS-31 partial --owner "佐藤" --due 2027-01-31
            """,
            ja: """
                STATUS（回答）は次のいずれかです:
                  implemented     実施している
                  partial         一部実施している
                  notImplemented  実施していない
                  unknown         わからない
                  notApplicable   該当しない（--reason が必要）
                  delegated       委託先・サービス提供者が実施（--provider が必要）
                  unanswered      回答を消す

                上の日本語（実施している、一部、該当しない…）や、実施済み・済・はい・いいえ・未対応・対象外
                も使えます。全角の入力（ＢＬＤ－０４）もそのまま読みます。

                記録済みのメモ・証跡・計画は、--note、--evidence、--owner/--due を指定しない限り残ります
                （--note "" でメモを消します）。--owner と --due は、誰がいつまでに対策するかを決めます
                （ecsec plan を参照）。ファイルはアトミックに置き換えられ、権限も保たれます。エラーのときは
                ファイルを変更しません。

                例:
                  ecsec answer shop.json OPS-21 implemented --note "全管理者アカウントで二段階認証"
                  ecsec answer shop.json BLD-12 delegated --provider "Example Cart株式会社"
                  ecsec answer shop.json OPS-11 notApplicable --reason "WordPressを使っていない"
                  ecsec answer shop.json OPS-31 partial --owner "佐藤" --due 2027-01-31
                """)
    )

    var file: String = ""
    var control: String = ""
    var status = StatusArgument(.unanswered)
    var note: String?
    var reason: String?
    var provider: String?
    var evidence: [NonBlankText] = []
    var evidenceFiles: [String] = []
    var planOptions = PlanOptions()
    var checklistOption = ChecklistOption()
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .argument(\.control, "control", help: .text("The control id, e.g. BLD-03.", "項目ID（例: BLD-03）。")),
        .argument(\.status, "status", help: .text("The answer (see above).", "回答（上の一覧を参照）。")),
        .option(\.note, "note", help: .text("A note for this answer.", "この回答のメモ。")),
        .option(
            \.reason, "reason",
            help: .text("Why the control does not apply (for notApplicable).", "該当しない理由（notApplicable のとき）。")),
        .option(
            \.provider, "provider",
            help: .text("Who does it for the shop (for delegated).", "お店に代わって実施している委託先（delegated のとき）。")),
        .option(
            \.evidence, "evidence",
            help: .text("Evidence: a document, screen or ticket; repeat for more.", "証跡: 文書・画面・チケットなど。複数あれば繰り返し指定します。")),
        .option(
            \.evidenceFiles, "evidence-file",
            help: .text(
                "A file that backs the answer: its name, size and SHA-256 are recorded, not its content; repeat for more.",
                "回答の裏付けになるファイル。中身ではなく、名前・大きさ・SHA-256 を記録します。複数あれば繰り返し指定します。"), completion: .file(extensions: [])),
        .group(\.planOptions),
        .group(\.checklistOption),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            // Refuse while `ecsec assess` has the file open, and keep two scripts from racing.
            let lock = try FileLock.acquire(for: file, processID: getpid())
            defer { lock.release() }
            var (assessment, checklist) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            let id = ControlID(control.foldingWidth.trimmingSpaces)
            let now = Environment.now()
            var answer: Answer?
            do {
                if let status = status.value.status {
                    let plan = try planOptions.plan(updating: assessment.answers[id]?.plan, language)
                    // Each file is read and hashed before anything is saved: a missing file changes nothing.
                    let files = try evidenceFiles.map { try Documents.evidenceFile($0, for: file) }
                    let items =
                        evidence.map { Evidence(text: $0.text, recordedAt: now) }
                        + files.map { Evidence(file: $0, recordedAt: now) }
                    answer = try assessment.record(
                        status, for: id, note: note, reason: reason, provider: provider,
                        evidence: items.isEmpty ? nil : items, plan: plan, in: checklist, at: now)
                } else if note != nil || reason != nil || provider != nil || !evidence.isEmpty || !evidenceFiles.isEmpty
                    || planOptions.isGiven
                {
                    throw Failure(CLIPhrase.unansweredWithText(language))
                } else {
                    try assessment.setAnswer(nil, for: id, in: checklist, at: now)
                }
            } catch let error as AssessmentEditError {
                throw Failure("\(file): " + error.commandLineMessage(in: language))
            }
            try Documents.save(assessment, to: file)
            if let answer { warnAbout(answer, id: id, assessment: assessment, checklist: checklist, language) }
            if let answer {
                Console.message(
                    "\(id): \(answer.status) (\(answer.status.label[language])) — " + CLIPhrase.saved(language, file))
            } else {
                Console.message(CLIPhrase.cleared(language, id))
            }
        }
    }

    /// Says what the answer will not do: count, when the control is out of scope; keep a
    /// `--reason` or `--provider` that its status does not take.
    func warnAbout(
        _ answer: Answer, id: ControlID, assessment: Assessment, checklist: Checklist, _ language: Language
    ) {
        let warning = "ecsec: " + Phrase.warning(language) + ": "
        if let control = checklist.control(id), !control.applies(to: assessment.profile) {
            let keys = control.appliesWhen.filter { condition in
                assessment.profile[condition.key].map { !condition.values.contains($0) } ?? false
            }.map { "\($0.key)=\(assessment.profile[$0.key]?.rawValue ?? "")" }
            Console.error(warning + CLIPhrase.outOfScope(language, id, keys.joined(separator: ", ")))
        }
        for (detail, given) in [(AnswerDetail.reason, reason), (.provider, provider)] where given != nil {
            guard answer.status.requiredDetail != detail else { continue }
            let status = AnswerStatus.allCases.first { $0.requiredDetail == detail }?.rawValue ?? ""
            Console.error(warning + CLIPhrase.detailIgnored(language, "--" + detail.rawValue, status, answer.status))
        }
    }
}
