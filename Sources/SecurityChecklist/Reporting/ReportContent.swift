/// Everything a hand-over report shows, gathered once from an assessment, its checklist and its
/// score, in the order every format presents it.
public struct ReportContent: Sendable {
    /// The assessment reported on.
    public let assessment: Assessment
    /// Its checklist.
    public let checklist: Checklist
    /// Its score, computed once.
    public let report: ScoreReport
    /// The language of the report.
    public let language: Language

    /// Scores `assessment` as of `asOf` for a report in `language`.
    public init(assessment: Assessment, checklist: Checklist, asOf: Timestamp, language: Language) {
        self.assessment = assessment
        self.checklist = checklist
        self.report = Scorer.score(assessment, with: checklist, asOf: asOf)
        self.language = language
    }

    /// In-scope controls with their sections, in checklist order.
    public var inScope: [(section: Section, control: Control)] {
        checklist.sections.flatMap { section in
            section.controls.filter { $0.applies(to: assessment.profile) }.map { (section, $0) }
        }
    }

    /// In-scope controls answered N/A, with their reasons.
    public var notApplicable: [(control: Control, reason: String)] {
        report.notApplicable.compactMap { item in checklist.control(item.control).map { ($0, item.reason) } }
    }

    /// Delegated in-scope controls grouped by provider (providers sorted).
    public var byProvider: [(provider: String, controls: [Control])] {
        report.providerGroups.map { group in (group.provider, group.controls.compactMap { checklist.control($0) }) }
    }

    func sectionTitle(_ id: SectionID) -> String {
        checklist.sections.first { $0.id == id }?.title[language] ?? id.rawValue
    }
    func tagTitle(_ id: TagID) -> String { checklist.tag(id)?.title[language] ?? id.rawValue }

    /// Credit as a report shows it: `1`, `0.5`, `0` (weighted) or the points; empty for N/A.
    func credit(_ status: AnswerStatus?) -> String {
        switch checklist.scoring.model {
        case .weighted:
            switch AnswerStatus.weightedHalfCredit(status) {
            case 2: return "1"
            case 1: return "0.5"
            case 0: return "0"
            default: return ""
            }
        case .points(let table):
            return table[StatusOrUnanswered(status)]?.description ?? ""
        }
    }

    var staleIDs: Set<ControlID> { Set(report.stale.map(\.control)) }
}
