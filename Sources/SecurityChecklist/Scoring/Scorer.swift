/// Computes a ``ScoreReport`` from a checklist and an assessment, exactly as the README states.
///
/// In scope: controls whose `appliesWhen` matches the assessment's profile (an unanswered profile
/// key keeps a control in scope). Only in-scope controls count anywhere.
///
/// Weighted model: credit implemented 1, delegated 1, partial 0.5, notImplemented / unknown /
/// unanswered 0; notApplicable is left out. score = 100 × Σ(weight × credit) / Σ(weight) over
/// the group's applicable controls; `nil` when Σ(weight) is 0.
///
/// Points model: score = Σ points[status] over the group's in-scope controls; maximum =
/// in-scope count × points[implemented].
///
/// What to fix first: mandatory gaps first, then by milestone (a control without one comes after
/// every milestone), then priority, then the gain, then checklist order.
///
/// Level: the first level whose `minScore` ≤ the score rounded to one decimal and, when it
/// `requiresAllMandatory`, whose mandatory condition holds.
public enum Scorer {
    /// Scores `assessment` against `checklist`.
    /// - Parameters:
    ///   - assessment: The answers and profile.
    ///   - checklist: The checklist they answer.
    ///   - asOf: "Today" for staleness; `nil` reports no stale answers. The library reads no clock.
    /// - Complexity: O(c × t) for c controls and t tags per control, plus sorting the gaps.
    public static func score(_ assessment: Assessment, with checklist: Checklist, asOf: Timestamp? = nil) -> ScoreReport
    {
        let rules = Rules(checklist: checklist)
        var overall = Accumulator()
        var sectionScores: [ScoreReport.GroupScore<SectionID>] = []
        var tagAccumulators: [TagID: Accumulator] = [:]
        tagAccumulators.reserveCapacity(checklist.tags.count)
        var inScopeControls: [InScope] = []
        inScopeControls.reserveCapacity(checklist.index.count)
        // What each in-scope answer adds to the report, gathered as it is looked up.
        var stale: [ScoreReport.StaleAnswer] = []
        var notApplicable: [ScoreReport.NotApplicableAnswer] = []
        var delegated: [ScoreReport.DelegatedAnswer] = []
        var carried = 0

        // Controls are read field by field (`controls[i].id`) rather than copied whole: a
        // control carries a dozen texts, and copying them dominated scoring many files.
        for section in checklist.sections {
            var sectionAccumulator = Accumulator()
            let controls = section.controls
            for i in controls.indices where Control.applies(controls[i].appliesWhen, to: assessment.profile) {
                let id = controls[i].id
                let answer = assessment.answers[id]
                let status = answer?.status
                if let answer {
                    if let asOf, let days = controls[i].reviewEveryDays {
                        let overdue = answer.answeredAt.days(until: asOf) - Int64(days)
                        if overdue > 0 {
                            stale.append(.init(control: id, answeredAt: answer.answeredAt, daysOverdue: overdue))
                        }
                    }
                    if answer.status.countsAsProvider {
                        delegated.append(.init(control: id, provider: answer.provider ?? ""))
                    }
                    if !answer.status.isApplicable {
                        notApplicable.append(
                            .init(control: id, priority: controls[i].priority, reason: answer.reason ?? ""))
                    }
                    if answer.carriedFrom != nil { carried += 1 }
                }
                let weight = controls[i].weight ?? rules.defaultWeight(for: controls[i].priority)
                overall.add(status, weight: weight, rules: rules)
                sectionAccumulator.add(status, weight: weight, rules: rules)
                let tags = controls[i].tags
                for tag in tags {
                    tagAccumulators[tag, default: Accumulator()].add(status, weight: weight, rules: rules)
                }
                inScopeControls.append(
                    InScope(
                        id: id, section: section.id, priority: controls[i].priority, weight: weight,
                        tags: tags, milestone: controls[i].milestone, status: status))
            }
            if sectionAccumulator.counts.inScope > 0 {
                sectionScores.append(
                    .init(
                        id: section.id, score: sectionAccumulator.score(rules),
                        maximum: sectionAccumulator.maximum(rules), counts: sectionAccumulator.counts))
            }
        }

        var tagOrder = checklist.tags.map(\.id)
        // Loaded checklists declare every tag they use; one built in code may not, and its
        // other tags follow in the order the controls first use them.
        if !tagAccumulators.keys.allSatisfy(tagOrder.contains) {
            for item in inScopeControls {
                for tag in item.tags where !tagOrder.contains(tag) { tagOrder.append(tag) }
            }
        }
        let tagScores = tagOrder.compactMap { tag -> ScoreReport.GroupScore<TagID>? in
            guard let accumulator = tagAccumulators[tag] else { return nil }
            return .init(
                id: tag, score: accumulator.score(rules), maximum: accumulator.maximum(rules),
                counts: accumulator.counts)
        }

        let missingMandatory = inScopeControls.filter { item in
            item.priority == .mandatory && !(item.status?.coversMandatory ?? false)
        }
        let mandatory = ScoreReport.MandatoryGaps(
            missing: missingMandatory.filter { $0.status.map { $0.isApplicable } ?? false }.map(\.id),
            unanswered: missingMandatory.filter { $0.status == nil }.map(\.id),
            notApplicable: missingMandatory.filter { $0.status.map { !$0.isApplicable } ?? false }.map(\.id))
        let mandatoryMet = missingMandatory.isEmpty
        let score = overall.score(rules)
        let level = score.flatMap { score in
            checklist.scoring.levels.first { level in
                (level.minScore.map { $0.thousandths <= score.tenths * 100 } ?? true)
                    && (!level.requiresAllMandatory || mandatoryMet)
            }
        }

        var gaps: [(gap: ScoreReport.Gap, order: Int, key: Int64)] = []
        for (offset, item) in inScopeControls.enumerated() {
            guard let missing = rules.missing(item.status) else { continue }
            let weight = item.weight
            let gain: Score
            switch rules.model {
            case .weighted:
                guard overall.weightSum > 0 else { continue }
                gain = Score(numerator: 50 * weight.thousandths * missing, denominator: overall.weightSum)
            case .points:
                gain = Score(numerator: missing, denominator: 1000)
            }
            let gap = ScoreReport.Gap(
                control: item.id, section: item.section, priority: item.priority,
                status: StatusOrUnanswered(item.status), gain: gain, milestone: item.milestone)
            gaps.append((gap, offset, weight.thousandths * missing))
        }
        // Mandatory first, then milestone (none: after every milestone), then priority, then
        // the gain, then checklist order. Without milestones this is priority, gain, order.
        // The small keys are sorted, not the gaps: moving a gap (it holds strings) was most of
        // the sort's cost in `summary`.
        let keys = gaps.map { item in
            (
                mandatory: item.gap.priority == .mandatory, milestone: item.gap.milestone ?? Int.max,
                priority: item.gap.priority, gain: item.key, order: item.order
            )
        }
        let ranked = keys.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.mandatory != b.mandatory { return a.mandatory }
            if a.milestone != b.milestone { return a.milestone < b.milestone }
            if a.priority != b.priority { return a.priority < b.priority }
            if a.gain != b.gain { return a.gain > b.gain }
            return a.order < b.order
        }
        gaps = ranked.map { gaps[$0] }

        var report = ScoreReport(
            checklist: ChecklistReference(id: checklist.id, version: checklist.version),
            assessment: .init(
                id: assessment.id, organization: assessment.organization, site: assessment.site,
                period: assessment.period),
            asOf: asOf,
            model: checklist.scoring.model.name,
            overall: .init(
                score: score, level: level, maximum: overall.maximum(rules), mandatoryMet: mandatoryMet,
                mandatory: mandatory, counts: overall.counts,
                carried: carried),
            sections: sectionScores, tags: tagScores, gaps: gaps.map(\.gap),
            unknowns: inScopeControls.filter { $0.status?.isToFindOut == true }.map(\.id),
            missingMandatory: missingMandatory.map(\.id), stale: stale, notApplicable: notApplicable,
            delegated: delegated)
        if let probe = assessment.probe {
            report.observations = ScoreReport.Observations(
                target: probe.target, startedAt: probe.startedAt,
                failed: probe.findings.count { $0.status == .fail },
                warnings: probe.findings.count { $0.status == .warn },
                passed: probe.findings.count { $0.status == .pass },
                conflicts: assessment.observationConflicts(in: checklist))
        }
        return report
    }

    /// What scoring needs of one in-scope control.
    struct InScope {
        var id: ControlID
        var section: SectionID
        var priority: Priority
        var weight: Decimal3
        var tags: [TagID]
        var milestone: Int?
        var status: AnswerStatus?
    }

    /// The scoring model resolved once per run.
    struct Rules {
        enum Model {
            case weighted
            case points([StatusOrUnanswered: Int64], implemented: Int64)
        }
        let model: Model
        /// ``Checklist/defaultWeight(for:)`` of each priority, read once rather than hashed for
        /// every control.
        let priorityWeights: [(Priority, Decimal3)]

        init(checklist: Checklist) {
            priorityWeights = Priority.allCases.map { ($0, checklist.defaultWeight(for: $0)) }
            switch checklist.scoring.model {
            case .weighted: model = .weighted
            case .points(let table):
                let milli = table.mapValues(\.thousandths)
                model = .points(milli, implemented: milli[.answered(.fullCredit)] ?? 0)
            }
        }

        func defaultWeight(for priority: Priority) -> Decimal3 {
            priorityWeights.first { $0.0 == priority }!.1
        }

        /// What is missing to full credit: halves (weighted) or thousandths of a point (points);
        /// `nil` when nothing is (met, or not applicable).
        func missing(_ status: AnswerStatus?) -> Int64? {
            switch model {
            case .weighted:
                guard let credit = AnswerStatus.weightedHalfCredit(status), credit < 2 else { return nil }
                return 2 - credit
            case .points(let table, let implemented):
                guard status?.isApplicable ?? true else { return nil }
                let earned = table[StatusOrUnanswered(status)] ?? 0
                return earned < implemented ? implemented - earned : nil
            }
        }
    }

    /// Running sums for one group of controls.
    struct Accumulator {
        var counts = ScoreReport.Counts(inScope: 0, applicable: 0, answered: 0, unknown: 0)
        /// Σ weight in thousandths over applicable controls (weighted).
        var weightSum: Int64 = 0
        /// Σ weight × credit in thousandths × halves (weighted).
        var earned: Int64 = 0
        /// Σ points in thousandths (points).
        var points: Int64 = 0

        mutating func add(_ status: AnswerStatus?, weight: Decimal3, rules: Rules) {
            counts.inScope += 1
            if status != nil { counts.answered += 1 }
            if status?.isToFindOut == true { counts.unknown += 1 }
            if status?.isApplicable ?? true { counts.applicable += 1 }
            switch rules.model {
            case .weighted:
                if let credit = AnswerStatus.weightedHalfCredit(status) {
                    weightSum += weight.thousandths
                    earned += weight.thousandths * credit
                }
            case .points(let table, _):
                points += table[StatusOrUnanswered(status)] ?? 0
            }
        }

        func score(_ rules: Rules) -> Score? {
            switch rules.model {
            case .weighted: weightSum == 0 ? nil : Score(numerator: 50 * earned, denominator: weightSum)
            case .points: Score(numerator: points, denominator: 1000)
            }
        }

        func maximum(_ rules: Rules) -> Score {
            switch rules.model {
            case .weighted: Score(numerator: 100, denominator: 1)
            case .points(_, let implemented): Score(numerator: Int64(counts.inScope) * implemented, denominator: 1000)
            }
        }
    }
}
