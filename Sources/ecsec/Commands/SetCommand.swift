import ArgumentParser
import Glibc
import SecurityChecklist

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change the shop's details. / 組織名・期間などを変更",
        discussion: HelpText.reflow(
            """
            Changes the organization, site, assessor or period of FILE; what is not given stays.
            --site "" and --assessor "" remove them. Without options, shows the current values.
            Takes the file's lock like every command that writes, and leaves the file as it
            was on any error.

            Examples:
              ecsec set shop-2027-Q1.json --period 2027-Q1 --assessor "佐藤"
              ecsec set shop.json
            """)
    )

    @Argument(help: "The assessment file.", completion: .file(extensions: ["json"]))
    var file: String

    @Option(help: "The shop or company name.")
    var organization: String?

    @Option(help: "The site assessed, e.g. shop.example.jp (\"\" removes it).")
    var site: String?

    @Option(help: "Who answers (\"\" removes it).")
    var assessor: String?

    @Option(help: "The period assessed, e.g. 2027-Q1.")
    var period: PeriodArgument?

    @OptionGroup var checklistOption: ChecklistOption

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            guard organization != nil || site != nil || assessor != nil || period != nil else {
                let (assessment, _) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
                show(assessment, language)
                return
            }
            let lock = try FileLock.acquire(for: file, processID: getpid())
            defer { lock.release() }
            var (assessment, _) = try Documents.assessment(file, checklist: checklistOption.checklist, language)
            if assessment.setDetails(
                organization: organization, site: site, assessor: assessor, period: period?.text,
                at: Environment.now())
            {
                try Documents.save(assessment, to: file)
            }
            show(assessment, language)
            Console.message(CLIPhrase.saved(language, file))
        }
    }

    func show(_ assessment: Assessment, _ language: Language) {
        let rows: [(Phrase, String?)] = [
            (.metaOrganization, assessment.organization), (.metaSite, assessment.site),
            (.metaAssessor, assessment.assessor), (.metaPeriod, assessment.period),
        ]
        for (label, value) in rows { Console.message("\(label(language)): \(value ?? "-")") }
    }
}
