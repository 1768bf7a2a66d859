import Glibc
import SecurityChecklist

struct SetCommand: Command {
    static let name = "set"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Change the shop's details.", "組織名・期間などを変更します。"),
        discussion: HelpText.reflow(
            """
            Changes the organization, site, cart, payment provider, assessor or period of FILE;
            what is not given stays. An empty value ("") removes the site, cart, payment provider
            or assessor. The cart and payment provider are printed on the report, so a reader
            knows which services the shop relies on. Without options, shows the current values.
            Takes the file's lock like every command that writes, and leaves the file as it
            was on any error.

            Examples:
              ecsec set shop-2027-Q1.json --period 2027-Q1 --assessor "佐藤"
              ecsec set shop.json --cart "Shopify" --payment-provider "Shopify Payments"
              ecsec set shop.json
            """,
            ja: """
                FILE の組織名・サイト・カート・決済代行会社・回答者・期間を変更します。指定しないものは
                そのままです。空の値（""）でサイト・カート・決済代行会社・回答者を削除します。カートと
                決済代行会社は報告書に載るので、読む人はお店がどのサービスに頼っているかがわかります。
                オプションなしでは現在の値を表示します。書き込むほかのコマンドと同じくファイルのロックを
                取り、エラーのときはファイルを変更しません。

                例:
                  ecsec set shop-2027-Q1.json --period 2027-Q1 --assessor "佐藤"
                  ecsec set shop.json --cart "Shopify" --payment-provider "Shopify Payments"
                  ecsec set shop.json
                """)
    )

    var file: String = ""
    var organization: String?
    var site: String?
    var cart: String?
    var paymentProvider: String?
    var assessor: String?
    var period: PeriodArgument?
    var checklistOption = ChecklistOption()
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .assessmentFile(\.file),
        .option(\.organization, "organization", help: .text("The shop or company name.", "お店（会社）の名前。")),
        .option(
            \.site, "site",
            help: .text(
                "The site assessed, e.g. shop.example.jp (\"\" removes it).", "点検するサイト（例: shop.example.jp。\"\" で削除）。")),
        .option(
            \.cart, "cart",
            help: .text(
                "The cart or shop platform by name, e.g. Shopify, BASE, EC-CUBE 4.2 (\"\" removes it).",
                "カート・プラットフォームの名前（例: Shopify、BASE、EC-CUBE 4.2。\"\" で削除）。")),
        .option(
            \.paymentProvider, "payment-provider",
            help: .text("The payment provider by name (\"\" removes it).", "決済代行会社の名前（\"\" で削除）。")),
        .option(\.assessor, "assessor", help: .text("Who answers (\"\" removes it).", "回答する人（\"\" で削除）。")),
        .option(\.period, "period", help: .text("The period assessed, e.g. 2027-Q1.", "点検の期間（例: 2027-Q1）。")),
        .group(\.checklistOption),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let given: [Any?] = [organization, site, cart, paymentProvider, assessor, period]
            guard given.contains(where: { $0 != nil }) else {
                let (assessment, _) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
                show(assessment, language)
                return
            }
            let lock = try FileLock.acquire(for: file, processID: getpid())
            defer { lock.release() }
            var (assessment, _) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            if assessment.setDetails(
                organization: organization, site: site, cart: cart, paymentProvider: paymentProvider,
                assessor: assessor, period: period?.text, at: Environment.now())
            {
                try Documents.save(assessment, to: file)
            }
            show(assessment, language)
            Console.message(CLIPhrase.saved(language, file))
        }
    }

    func show(_ assessment: Assessment, _ language: Language) {
        let rows: [(Phrase, String?)] = [
            (.metaOrganization, assessment.organization), (.metaSite, assessment.site), (.metaCart, assessment.cart),
            (.metaPaymentProvider, assessment.paymentProvider),
            (.metaAssessor, assessment.assessor), (.metaPeriod, assessment.period),
        ]
        for (label, value) in rows { Console.message("\(label(language)): \(value ?? "-")") }
    }
}
