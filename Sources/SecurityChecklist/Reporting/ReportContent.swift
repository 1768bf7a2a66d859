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
    /// The zone dates and times are written in.
    public let localTime: LocalTime
    /// The comparison with the previous quarter, when one was given.
    public let comparison: AssessmentDiff?
    /// The previous quarter's checklist (titles of controls it alone has).
    public let previousChecklist: Checklist?
    /// The statement the owner signs at the end of the Markdown and HTML reports; `nil` leaves
    /// the statement and signature block out.
    public let statement: String?
    /// The assessment's answers hash (``Assessment/answersHash``): what ties every report
    /// format to one answers file. Computed once; a report prints it in several places.
    public let answersHash: String

    /// Scores `assessment` as of `asOf` for a report in `language`.
    /// - Parameters:
    ///   - assessment: The assessment reported on.
    ///   - checklist: Its checklist.
    ///   - asOf: "Today" for stale answers and overdue plans.
    ///   - language: The report's language.
    ///   - previous: The previous quarter's assessment and its checklist: the report then
    ///     compares with it. The caller checks it is the same shop and checklist.
    ///   - localTime: The zone created, updated and answered dates are written in.
    ///   - statement: The text the owner signs; ``defaultStatement(_:)`` when not given.
    ///   - includeStatement: `false` leaves the statement and signature block out.
    public init(
        assessment: Assessment, checklist: Checklist, asOf: Timestamp, language: Language,
        previous: (assessment: Assessment, checklist: Checklist)? = nil, localTime: LocalTime = .utc,
        statement: String? = nil, includeStatement: Bool = true
    ) {
        self.assessment = assessment
        self.checklist = checklist
        self.report = Scorer.score(assessment, with: checklist, asOf: asOf)
        self.language = language
        self.localTime = localTime
        self.comparison = previous.map { previous in
            Differ.diff(
                old: previous.assessment, oldChecklist: previous.checklist, new: assessment, newChecklist: checklist,
                includeNotes: false, asOf: asOf)
        }
        self.previousChecklist = previous?.checklist
        self.statement = includeStatement ? (statement ?? Self.defaultStatement(language)) : nil
        self.answersHash = assessment.answersHash
    }

    /// 上記のとおり自己点検を実施しました。 / We carried out this self-assessment as stated above.
    public static func defaultStatement(_ language: Language) -> String { Phrase.defaultStatement(language) }

    /// In-scope controls with their sections, in checklist order.
    public var inScope: [(section: Section, control: Control)] {
        checklist.sections.flatMap { section in
            section.controls.filter { $0.applies(to: assessment.profile) }.map { (section, $0) }
        }
    }

    /// Controls the profile takes out of scope, with their sections, in checklist order.
    public var excluded: [(section: Section, control: Control)] {
        checklist.sections.flatMap { section in
            section.controls.filter { !$0.applies(to: assessment.profile) }.map { (section, $0) }
        }
    }

    /// The scope in words: each profile question asked of this shop with the answer given
    /// (未回答 when none).
    public var scope: [(question: String, answer: String)] {
        checklist.askedQuestions(given: assessment.profile).map { question in
            let answer = assessment.profile[question.key].map { value in
                question.option(value)?.label[language] ?? value.rawValue
            }
            return (question.question[language], answer ?? AnswerStatus.unansweredLabel[language])
        }
    }

    /// The glossary entries the in-scope controls' texts use, in glossary order.
    public var glossary: [GlossaryEntry] {
        let texts = assessment.controlsInScope(of: checklist).flatMap { $0.texts(language) }
        return checklist.glossaryEntries(in: texts, language: language)
    }

    /// Every in-scope control with its references: where each requirement and priority comes from.
    public var sources: [(control: Control, references: [Reference])] {
        assessment.controlsInScope(of: checklist).map { ($0, $0.references) }
    }

    /// The documents the in-scope controls cite, and the secondary sources behind them, each
    /// once, in the order first cited.
    public var citedDocuments: [Citation] {
        var seen = Set<String>()
        var documents: [Citation] = []
        for (_, references) in sources {
            for reference in references {
                let citations = [reference.citation] + reference.secondary
                for citation in citations where seen.insert(citation.source).inserted { documents.append(citation) }
            }
        }
        return documents
    }

    /// One row per reference of each in-scope control, for the appendix's table: the control
    /// (on its first reference only), the document and item, and the two marks (`-` in files
    /// that predate them).
    var sourceRows: [(control: String, reference: String, requirement: String, priority: String)] {
        sources.flatMap { control, references in
            references.enumerated().map { offset, reference in
                (
                    offset == 0 ? "\(control.id) \(control.title[language])" : "",
                    reference.source + " " + reference.item,
                    reference.requirementFrom?.label[language] ?? "-",
                    reference.priorityFrom?.label[language] ?? "-"
                )
            }
        }
    }

    /// The provenance marks the in-scope controls' references use, in declaration order.
    public var provenanceUsed: [Provenance] {
        let used = Set(
            sources.flatMap { $0.references.flatMap { [$0.requirementFrom, $0.priorityFrom] } }.compactMap { $0 })
        return Provenance.allCases.filter(used.contains)
    }

    /// In-scope controls answered N/A, with their reasons.
    public var notApplicable: [(control: Control, reason: String)] {
        report.notApplicable.compactMap { item in checklist.control(item.control).map { ($0, item.reason) } }
    }

    /// Delegated in-scope controls grouped by provider (providers sorted).
    public var byProvider: [(provider: String, controls: [Control])] {
        report.providerGroups.map { group in (group.provider, group.controls.compactMap { checklist.control($0) }) }
    }

    /// One row of the register: an in-scope control and everything recorded about it.
    public struct RegisterRow: Sendable {
        /// The section the control is in.
        public var section: Section
        /// The control.
        public var control: Control
        /// Its answer, if any.
        public var answer: Answer?
        /// Whether the answer is due for re-checking.
        public var stale: Bool
        /// Whether its plan is past due.
        public var overdue: Bool
    }

    /// One row per in-scope control, in checklist order: what every format's register lists.
    public var register: [RegisterRow] {
        let stale = staleIDs
        return inScope.map { item in
            let answer = assessment.answers[item.control.id]
            return RegisterRow(
                section: item.section, control: item.control, answer: answer, stale: stale.contains(item.control.id),
                overdue: answer?.plan.map { isOverdue($0) } ?? false)
        }
    }

    /// The action plan: in-scope controls with a plan, overdue first, then by due date.
    public var plans: [PlanList.Item] {
        PlanList(assessment: assessment, checklist: checklist, asOf: report.asOf ?? assessment.updatedAt).items
    }

    /// Whether a plan is past due on the report's as-of day.
    func isOverdue(_ plan: Plan) -> Bool { report.asOf.map { plan.isOverdue(asOf: $0) } ?? false }

    /// The detail a register row shows beside the status: the reason (N/A) or the provider.
    func detail(_ answer: Answer?) -> String {
        guard let answer, let detail = answer.status.requiredDetail else { return "" }
        return answer.value(of: detail) ?? ""
    }

    func sectionTitle(_ id: SectionID) -> String {
        checklist.sections.first { $0.id == id }?.title[language] ?? id.rawValue
    }
    func tagTitle(_ id: TagID) -> String { checklist.tag(id)?.title[language] ?? id.rawValue }

    /// A control's title in the checklist, else in the previous quarter's.
    func controlTitle(_ id: ControlID) -> String {
        (checklist.control(id) ?? previousChecklist?.control(id))?.title[language] ?? ""
    }

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

    /// One evidence item as reports print it: the text, the file (name, size, SHA-256 — its
    /// first 12 hex digits when `shortHash`, for print) and the day it was recorded.
    func evidenceLine(_ item: Evidence, shortHash: Bool = false) -> String {
        let day = item.recordedAt.map { " (" + Phrase.recordedOn(language, localTime.date($0)) + ")" } ?? ""
        return item.line(shortHash: shortHash) + day
    }

    var staleIDs: Set<ControlID> { Set(report.stale.map(\.control)) }

    /// Label and value rows describing the assessment, shared by Markdown and HTML.
    func metadataRows() -> [(String, String)] {
        let L = language
        var rows: [(String, String)] = [(Phrase.metaOrganization(L), assessment.organization)]
        if let site = assessment.site { rows.append((Phrase.metaSite(L), site)) }
        if let cart = assessment.cart { rows.append((Phrase.metaCart(L), cart)) }
        if let provider = assessment.paymentProvider { rows.append((Phrase.metaPaymentProvider(L), provider)) }
        if let period = assessment.period { rows.append((Phrase.metaPeriod(L), period)) }
        if let previous = assessment.previous, let hash = previous.answersHash {
            rows.append((Phrase.metaPreviousHash(L), (previous.period.map { $0 + " " } ?? "") + hash))
        }
        if let assessor = assessment.assessor { rows.append((Phrase.metaAssessor(L), assessor)) }
        rows.append((Phrase.metaChecklist(L), "\(checklist.title[L]) (\(checklist.id) \(checklist.version))"))
        rows.append((Phrase.metaCreated(L), localTime.dateTime(assessment.createdAt)))
        rows.append((Phrase.metaUpdated(L), localTime.dateTime(assessment.updatedAt)))
        if let asOf = report.asOf { rows.append((Phrase.metaAsOf(L), asOf.dateText)) }
        rows.append((Phrase.metaTimeZone(L), localTime.name))
        rows.append((Phrase.metaAnswersHash(L), answersHash))
        rows.append((Phrase.metaAssessmentID(L), assessment.id.rawValue))
        return rows
    }

    /// The scope rows: each profile question and its answer, and how many controls it excluded.
    func scopeRows() -> [(String, String)] {
        let L = language
        var rows = scope.map { ($0.question, $0.answer) }
        rows.append(
            (Phrase.scopeCounts(L), Phrase.scopeCountsValue(L, inScope.count, excluded.count)))
        return rows
    }
}
