import ArgumentParser
import SecurityChecklist

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an empty assessment file. / 新しい評価ファイルを作成します。",
        discussion: """
            The file is created with mode 0600 (it lists the shop's weaknesses) and never
            overwrites an existing file.

            Profile keys tailor the checklist to the shop (see `ecsec checklists --format json`
            for each checklist's questions). For ipa-ec-site:
              platform      mall | cart-asp | package | scratch
              hosting       provider | rental | iaas | onprem
              cardHandling  none | provider | own-servers
              wordpress     yes | no
              members       yes | no

            Example:
              ecsec new shop-2026-Q4.json --organization "Example Shop" --period 2026-Q4 \\
                  --profile platform=cart-asp --profile hosting=provider
            """
    )

    @Argument(help: "The assessment file to create.")
    var file: String

    @Option(help: "A shipped checklist id or the path of a checklist file.", completion: shippedChecklistIDs)
    var checklist: String = "ipa-ec-site"

    @Option(help: "The shop or company name.")
    var organization: String = ""

    @Option(help: "The site assessed, e.g. shop.example.jp.")
    var site: NonBlankText?

    @Option(help: "Who answers.")
    var assessor: NonBlankText?

    @Option(help: "The period assessed, e.g. 2026-Q4.")
    var period: NonBlankText?

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile answer as key=value; repeat for each key.", valueName: "key=value"))
    var profile: [ProfileEntry] = []

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            let checklist = try Documents.checklist(self.checklist, language)
            var profileValues: [ProfileKey: ProfileValue] = [:]
            for entry in profile { profileValues[entry.key] = entry.value }
            let assessment: Assessment
            do {
                assessment = try Assessment.new(
                    id: Environment.newAssessmentID(), checklist: checklist, organization: organization,
                    site: site?.text,
                    assessor: assessor?.text, period: period?.text, profile: profileValues, now: Environment.now())
            } catch let error as AssessmentEditError {
                throw Failure("--profile: " + error.message(in: language))
            }
            try Documents.save(assessment, to: file, mode: .createNew)
            let inScope = assessment.controlsInScope(of: checklist).count
            Console.message(
                CLIPhrase.created(language, file) + " (\(checklist.id) \(checklist.version), "
                    + CLIPhrase.controlsCount(language, inScope) + ")")
            if let first = assessment.controlsInScope(of: checklist).first {
                Console.message(CLIPhrase.nextSteps(language, "ecsec answer \(file) \(first.id) implemented"))
            }
        }
    }
}
