/// Compares two assessments, following renamed or merged controls through `replaces`.
///
/// Attribution (weighted model): with N = Σ weight × credit and D = Σ weight over each side's
/// applicable controls, a changed control's impact is 100 × (w_new × c_new − w_old × c_old) / D_new
/// (a side where the control is absent, out of scope or N/A contributes 0). The impacts add up to
/// 100 × (N_new − N_old) / D_new; the rest of the delta, 100 × N_old × (1/D_new − 1/D_old) plus the
/// effect of weight-only changes, is ``AssessmentDiff/applicabilityEffect``. When both sides have
/// the same applicable controls and weights it is 0 and each impact is 100 × w × Δcredit / Σw.
/// Points model: impact = points_new − points_old (0 where absent or out of scope).
public enum Differ {
    /// - Parameters:
    ///   - old: The earlier assessment.
    ///   - oldChecklist: The checklist (version) it answers.
    ///   - new: The later assessment.
    ///   - newChecklist: The checklist (version) it answers; `replaces` is read from it.
    ///   - includeNotes: also list controls whose only change is the note (kind `note`).
    ///   - asOf: "today" for stale answers in `new`.
    public static func diff(
        old: Assessment, oldChecklist: Checklist, new: Assessment, newChecklist: Checklist,
        includeNotes: Bool = false, asOf: Timestamp? = nil
    ) -> AssessmentDiff {
        let oldReport = Scorer.score(old, with: oldChecklist)
        let newReport = Scorer.score(new, with: newChecklist, asOf: asOf)
        let oldControls = Dictionary(oldChecklist.controls.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldOrder = Dictionary(
            oldChecklist.controls.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Pair each new control with its old counterpart: the same id, else the first id it replaces.
        var pairs: [(old: Control?, new: Control?)] = []
        var matchedOld = Set<ControlID>()
        for control in newChecklist.controls {
            let counterpart = oldControls[control.id] ?? control.replaces.lazy.compactMap { oldControls[$0] }.first
            if let counterpart { matchedOld.insert(counterpart.id) }
            pairs.append((counterpart, control))
        }
        for control in oldChecklist.controls where !matchedOld.contains(control.id) {
            pairs.append((control, nil))
        }

        let oldSide = SideModel(assessment: old, checklist: oldChecklist)
        let newSide = SideModel(assessment: new, checklist: newChecklist)

        var changes: [AssessmentDiff.Change] = []
        var order: [Int] = []
        for (offset, pair) in pairs.enumerated() {
            let fromStatus = pair.old.map { StatusOrUnanswered(old.answers[$0.id]?.status) } ?? .unanswered
            let toStatus = pair.new.map { StatusOrUnanswered(new.answers[$0.id]?.status) } ?? .unanswered
            let fromInScope = pair.old.map { $0.applies(to: old.profile) }
            let toInScope = pair.new.map { $0.applies(to: new.profile) }
            let kind: AssessmentDiff.Kind
            switch (pair.old, pair.new) {
            case (nil, _?): kind = .added
            case (_?, nil): kind = .removed
            case (let o?, let n?):
                // The same answer on a control that only entered or left scope is not a changed
                // answer: its effect is the applicability effect's, as the profile's.
                if fromStatus == toStatus, fromInScope != toInScope { continue }
                let before = oldSide.credit(o, status: old.answers[o.id]?.status)
                let after = newSide.credit(n, status: new.answers[n.id]?.status)
                if let before, let after, before != after {
                    kind = after > before ? .improved : .regressed
                } else if fromStatus != toStatus || fromInScope != toInScope || (before == nil) != (after == nil) {
                    kind = .changed
                } else if includeNotes, old.answers[o.id]?.note != new.answers[n.id]?.note {
                    kind = .note
                } else {
                    continue
                }
            case (nil, nil): continue
            }
            let impact =
                newSide.contribution(
                    pair.new, status: pair.new.flatMap { new.answers[$0.id]?.status }, denominator: newSide)
                - oldSide.contribution(
                    pair.old, status: pair.old.flatMap { old.answers[$0.id]?.status }, denominator: newSide)
            let control = pair.new ?? pair.old!
            // A control that replaced an older one names it; the section is the newer one's.
            var previousControl: ControlID?
            if let old = pair.old, let new = pair.new, old.id != new.id { previousControl = old.id }
            let section =
                pair.new.flatMap { newChecklist.section(containing: $0.id) }
                ?? pair.old.flatMap { oldChecklist.section(containing: $0.id) }
            changes.append(
                AssessmentDiff.Change(
                    control: control.id, previousControl: previousControl, section: section?.id,
                    priority: control.priority, kind: kind, from: fromStatus, to: toStatus,
                    fromInScope: fromInScope, toInScope: toInScope, impact: impact, impactTenths: 0,
                    fromNote: pair.old.flatMap { old.answers[$0.id]?.note },
                    toNote: pair.new.flatMap { new.answers[$0.id]?.note }))
            order.append(pair.new != nil ? offset : (oldOrder[control.id] ?? offset) + pairs.count)
        }

        let delta: Int64? =
            if let a = oldReport.overall.score, let b = newReport.overall.score { b.tenths - a.tenths } else { nil }
        let exactDelta: Score? =
            if let a = oldReport.overall.score, let b = newReport.overall.score { b - a } else { nil }
        let impactsSum = changes.reduce(Score.zero) { $0 + $1.impact }
        let effect = exactDelta.map { $0 - impactsSum } ?? .zero
        // Round impacts and the remainder together so they add up to the printed delta.
        let rounded = Score.apportion(
            changes.map(\.impact) + [effect], totalTenths: delta ?? (impactsSum + effect).tenths)
        for index in changes.indices { changes[index].impactTenths = rounded[index] }
        let effectTenths = rounded.last ?? 0

        let rank: [AssessmentDiff.Kind: Int] = [
            .regressed: 0, .improved: 1, .changed: 2, .added: 3, .removed: 4, .note: 5,
        ]
        let sorted = zip(changes, order).sorted { a, b in
            let (x, y) = (a.0, b.0)
            if x.kind != y.kind { return rank[x.kind]! < rank[y.kind]! }
            if x.kind == .regressed, x.impact != y.impact { return x.impact < y.impact }
            if x.kind == .improved, x.impact != y.impact { return x.impact > y.impact }
            return a.1 < b.1
        }.map(\.0)

        func groups<ID>(_ a: [ScoreReport.GroupScore<ID>], _ b: [ScoreReport.GroupScore<ID>]) -> [AssessmentDiff
            .GroupDelta]
        {
            var ids = b.map(\.id.rawValue)
            for group in a where !ids.contains(group.id.rawValue) { ids.append(group.id.rawValue) }
            return ids.map { id in
                let from = a.first { $0.id.rawValue == id }?.score
                let to = b.first { $0.id.rawValue == id }?.score
                let delta: Int64? = if let from, let to { to.tenths - from.tenths } else { nil }
                return AssessmentDiff.GroupDelta(id: id, from: from, to: to, deltaTenths: delta)
            }
        }

        func side(_ assessment: Assessment, _ report: ScoreReport) -> AssessmentDiff.Side {
            AssessmentDiff.Side(
                assessment: assessment.id, period: assessment.period, checklist: report.checklist,
                score: report.overall.score, level: report.overall.level?.id, mandatoryMet: report.overall.mandatoryMet,
                mandatoryNotApplicable: report.overall.mandatory.notApplicable, complete: report.overall.complete)
        }
        let oldMissing = Set(oldReport.missingMandatory)
        let newMissing = Set(newReport.missingMandatory)
        var opened: [ControlID] = []
        var closed: [ControlID] = []
        for pair in pairs {
            let before = pair.old.map { oldMissing.contains($0.id) } ?? false
            let after = pair.new.map { newMissing.contains($0.id) } ?? false
            guard let id = pair.new?.id ?? pair.old?.id, before != after else { continue }
            if after { opened.append(id) } else { closed.append(id) }
        }
        var diff = AssessmentDiff(
            from: side(old, oldReport), to: side(new, newReport), deltaTenths: delta,
            sections: groups(oldReport.sections, newReport.sections), tags: groups(oldReport.tags, newReport.tags),
            changes: sorted, applicabilityEffect: effect, applicabilityEffectTenths: effectTenths,
            stale: newReport.stale, asOf: asOf, mandatoryOpened: opened, mandatoryClosed: closed,
            warnings: warnings(old: old, new: new), includesNotes: includeNotes,
            mappings: newChecklist.controls.flatMap { control in
                control.replaces.filter { oldControls[$0] != nil && $0 != control.id }.map {
                    AssessmentDiff.Mapping(from: $0, to: control.id)
                }
            })
        if let before = old.probe, let after = new.probe {
            diff.scripts = ScriptChange(
                before: before.scripts.filter(\.cardPath), after: after.scripts.filter(\.cardPath))
        }
        return diff
    }

    /// What suggests the two files are not one shop's consecutive periods.
    static func warnings(old: Assessment, new: Assessment) -> [AssessmentDiff.Warning] {
        var warnings: [AssessmentDiff.Warning] = []
        if old.id == new.id { warnings.append(.init(code: .sameAssessmentId, values: [old.id.rawValue])) }
        let before = old.organization.singleLine
        let after = new.organization.singleLine
        if !before.isEmpty, !after.isEmpty, before != after {
            warnings.append(.init(code: .differentOrganization, values: [before, after]))
        }
        if let previous = new.previous, previous.id != old.id {
            warnings.append(.init(code: .notPrevious, values: [previous.id.rawValue, old.id.rawValue]))
        }
        return warnings
    }

    /// One side's scoring facts needed for attribution.
    struct SideModel {
        let assessment: Assessment
        let checklist: Checklist
        let rules: Scorer.Rules
        /// Σ weight over applicable controls, in thousandths (weighted model).
        let weightSum: Int64

        init(assessment: Assessment, checklist: Checklist) {
            self.assessment = assessment
            self.checklist = checklist
            rules = Scorer.Rules(checklist: checklist)
            var sum: Int64 = 0
            for control in checklist.controls where control.applies(to: assessment.profile) {
                if AnswerStatus.weightedHalfCredit(assessment.answers[control.id]?.status) != nil {
                    sum += checklist.weight(of: control).thousandths
                }
            }
            weightSum = sum
        }

        /// Credit (weighted: halves; points: thousandths of a point), or nil when the control
        /// does not count (out of scope, or N/A in the weighted model).
        func credit(_ control: Control, status: AnswerStatus?) -> Int64? {
            guard control.applies(to: assessment.profile) else { return nil }
            switch rules.model {
            case .weighted: return AnswerStatus.weightedHalfCredit(status)
            case .points(let table, _): return table[StatusOrUnanswered(status)] ?? 0
            }
        }

        /// The control's contribution to the score's numerator, over `denominator`'s weight sum.
        func contribution(_ control: Control?, status: AnswerStatus?, denominator: SideModel) -> Score {
            guard let control, let credit = credit(control, status: status) else { return .zero }
            switch rules.model {
            case .weighted:
                guard denominator.weightSum > 0 else { return .zero }
                return Score(
                    numerator: 50 * checklist.weight(of: control).thousandths * credit,
                    denominator: denominator.weightSum)
            case .points:
                return Score(numerator: credit, denominator: 1000)
            }
        }
    }
}
