import ArgumentParser
import Glibc
import SecurityChecklist

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change the shop's details. / 組織名・期間などを変更",
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
            """)
    )

    @Argument(help: "The assessment file.", completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: "The shop or company name.")
    var organization: String?

    @Option(help: "The site assessed, e.g. shop.example.jp (\"\" removes it).")
    var site: String?

    @Option(help: "The cart or shop platform by name, e.g. Shopify, BASE, EC-CUBE 4.2 (\"\" removes it).")
    var cart: String?

    @Option(help: "The payment provider by name (\"\" removes it).")
    var paymentProvider: String?

    @Option(help: "Who answers (\"\" removes it).")
    var assessor: String?

    @Option(help: "The period assessed, e.g. 2027-Q1.")
    var period: PeriodArgument?

    @OptionGroup var checklistOption: ChecklistOption

    @OptionGroup var languageOption: LanguageOption

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
