import SecurityChecklist

struct NewCommand: Command {
    static let name = "new"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Create an assessment file.", "評価ファイルを作成します。"),
        discussion: HelpText.reflow(
            """
            The file is created with mode 0600 (it lists the shop's weaknesses) and never
            overwrites an existing file.

            With --from PREV, the next period starts from the last: a new id, `previous`
            naming PREV, the same organization, site, cart, payment provider, assessor and profile, and every answer
            carried over (note, evidence, reason, provider and plan) and marked 未確認 until
            it is confirmed (Enter in ecsec assess) or answered again. The period defaults to
            the quarter after PREV's (2026-Q4 → 2027-Q1); the answers move to the newest
            version of the checklist, following controls that replace old ones.

            Profile keys tailor the checklist to the shop (see `ecsec checklists --format json`
            for each checklist's questions). For ipa-ec-site:
              platform      mall | cart-asp | package | scratch
              hosting       provider | rental | iaas | onprem
              cardHandling  none | provider | own-servers
              wordpress     yes | no
              members       yes | no

            Examples:
              ecsec new shop-2026-Q4.json --organization "Example Shop" --period 2026-Q4 \\
                  --profile platform=cart-asp --profile hosting=provider
              ecsec new shop-2027-Q1.json --from shop-2026-Q4.json
            """,
            ja: """
                ファイルは権限 0600 で作成され（お店の弱点が書かれるため）、既存のファイルは上書きしません。

                --from PREV を付けると、次の期間を前の期間から始めます: 新しいID、PREV を指す previous、
                同じ組織名・サイト・カート・決済代行会社・回答者・前提条件、そしてすべての回答（メモ、証跡、
                理由、委託先、計画を含む）を引き継ぎ、確認する（ecsec assess で Enter）か答え直すまで
                「未確認」とします。期間の既定は PREV の次の四半期（2026-Q4 → 2027-Q1）。回答は
                チェックリストの最新版に移り、古い項目を置き換える項目に引き継がれます。

                前提条件のキーで、チェックリストをお店に合わせます（各チェックリストの質問は
                ecsec checklists --format json を参照）。ipa-ec-site の場合:
                  platform      mall | cart-asp | package | scratch
                  hosting       provider | rental | iaas | onprem
                  cardHandling  none | provider | own-servers
                  wordpress     yes | no
                  members       yes | no

                例:
                  ecsec new shop-2026-Q4.json --organization "さくら雑貨店" --period 2026-Q4 \\
                      --profile platform=cart-asp --profile hosting=provider
                  ecsec new shop-2027-Q1.json --from shop-2026-Q4.json
                """)
    )

    var file: String = ""
    var from: String?
    var checklist: String?
    var organization: String?
    var site: NonBlankText?
    var cart: NonBlankText?
    var paymentProvider: NonBlankText?
    var assessor: NonBlankText?
    var period: PeriodArgument?
    var profileOption = ProfileOption()
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .argument(\.file, "file", help: .text("The assessment file to create.", "作成する評価ファイル。")),
        .option(
            \.from, "from",
            help: .text(
                "Start from this assessment of the previous period (see above).",
                "前の期間のこの評価から始めます（上の説明を参照）。", valueName: "PREV"), completion: .file(extensions: ["json"])),
        .option(
            \.checklist, "checklist",
            help: .text(
                "A shipped checklist id or the path of a checklist file (default: ipa-ec-site, or PREV's).",
                "同梱のチェックリストのID、またはチェックリストのファイル（既定: ipa-ec-site、または PREV のもの）。"), completion: shippedChecklistIDs),
        .option(\.organization, "organization", help: .text("The shop or company name.", "お店（会社）の名前。")),
        .option(
            \.site, "site", help: .text("The site assessed, e.g. shop.example.jp.", "点検するサイト（例: shop.example.jp）。")),
        .option(
            \.cart, "cart",
            help: .text(
                "The cart or shop platform by name, e.g. Shopify, BASE, EC-CUBE 4.2.",
                "カート・プラットフォームの名前（例: Shopify、BASE、EC-CUBE 4.2）。")),
        .option(\.paymentProvider, "payment-provider", help: .text("The payment provider by name.", "決済代行会社の名前。")),
        .option(\.assessor, "assessor", help: .text("Who answers.", "回答する人。")),
        .option(\.period, "period", help: .text("The period assessed, e.g. 2026-Q4.", "点検の期間（例: 2026-Q4）。")),
        .group(\.profileOption),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            if let from {
                try createNext(from: from, language)
                return
            }
            let checklist = try Documents.checklist(self.checklist ?? "ipa-ec-site", language)
            var profileValues: [ProfileKey: ProfileValue] = [:]
            for entry in profileOption.entries { profileValues[entry.key] = entry.value }
            var assessment: Assessment
            do {
                assessment = try Assessment.new(
                    id: Environment.newAssessmentID(), checklist: checklist, organization: organization ?? "",
                    site: site?.text,
                    assessor: assessor?.text, period: period?.text, profile: profileValues, now: Environment.now())
                assessment.setDetails(
                    cart: cart?.text, paymentProvider: paymentProvider?.text, at: assessment.createdAt)
            } catch let error as AssessmentEditError {
                throw Failure("--profile: " + error.message(in: language))
            }
            try Documents.save(assessment, to: file, mode: .createNew)
            announce(assessment, checklist, language)
        }
    }

    /// The next period's assessment carried from the file `from` onto the newest version of
    /// its checklist, as `new --from` makes it (not saved yet); `assess` offers the same.
    static func nextAssessment(
        from: String, checklist override: String?, period: String?, profile: [ProfileEntry], _ language: Language
    ) throws -> (next: Assessment, checklist: Checklist, previous: Assessment, period: String) {
        let (previous, previousChecklist) = try Documents.assessment(
            from, checklist: nil, fallback: override, language)
        // PREV is read against the version it answers; the next period moves to the newest.
        let checklist =
            try override.map { try Documents.checklist($0, language) }
            ?? ShippedChecklists.checklist(previous.checklist.id) ?? previousChecklist
        guard checklist.id == previous.checklist.id else {
            throw Failure(
                CLIPhrase.differentChecklists(language, from, previous.checklist.id, "--checklist", checklist.id))
        }
        guard let nextPeriod = period ?? previous.period.flatMap(Assessment.nextPeriod(after:)) else {
            throw Failure(CLIPhrase.periodNeeded(language, from, previous.period ?? "-"))
        }
        switch carry(previous, to: checklist, period: nextPeriod, profile: profile) {
        case .success(let carried): return (carried, checklist, previous, nextPeriod)
        case .failure(let error): throw Failure("\(from): " + error.message(in: language))
        }
    }

    /// `new --from PREV`: the next period, carried from PREV onto the newest checklist version.
    func createNext(from: String, _ language: Language) throws {
        var (next, checklist, previous, nextPeriod) = try Self.nextAssessment(
            from: from, checklist: self.checklist, period: period?.text, profile: profileOption.entries, language)
        if let organization { next.organization = organization }
        if let site { next.site = site.text }
        next.setDetails(cart: cart?.text, paymentProvider: paymentProvider?.text, at: next.createdAt)
        if let assessor { next.assessor = assessor.text }
        next.updatedAt = next.createdAt
        try Documents.save(next, to: file, mode: .createNew)
        let carried = next.unconfirmed(in: checklist).count
        Console.message(
            CLIPhrase.createdFrom(
                language, file, from, previous.period ?? "-", nextPeriod, "\(checklist.id) \(checklist.version)",
                carried))
        Console.message(CLIPhrase.nextSteps(language, "ecsec assess \(file)"))
    }

    /// The next period's assessment with the `--profile` answers given applied.
    static func carry(
        _ previous: Assessment, to checklist: Checklist, period: String, profile: [ProfileEntry]
    ) -> Result<Assessment, AssessmentEditError> {
        Result { () throws(AssessmentEditError) -> Assessment in
            var next = try previous.nextPeriod(
                id: Environment.newAssessmentID(), checklist: checklist, period: period, now: Environment.now())
            for entry in profile {
                try next.setProfile(entry.key, to: entry.value, in: checklist, at: next.createdAt)
            }
            return next
        }
    }

    func announce(_ assessment: Assessment, _ checklist: Checklist, _ language: Language) {
        do {
            let inScope = assessment.controlsInScope(of: checklist).count
            Console.message(
                CLIPhrase.created(language, file) + " (\(checklist.id) \(checklist.version), "
                    + Phrase.controlsCount(language, inScope) + ")")
            // Answering in the terminal UI, one question at a time, is the next step (a line
            // such as `ecsec answer … implemented` read as advice to mark something done).
            Console.message(CLIPhrase.nextSteps(language, "ecsec assess \(file)"))
        }
    }
}
