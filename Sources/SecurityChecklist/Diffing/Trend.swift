/// Scores of one shop over many periods, and the controls that regressed along the way.
public struct Trend: Sendable, Hashable {
    /// The format identifier of the JSON form.
    public static let schema = "ecsec/trend@1"

    /// One period's figures.
    public struct Point: Sendable, Hashable {
        /// How the caller names the file (its path).
        public var source: String
        /// The period.
        public var period: String?
        /// The overall score.
        public var score: Score?
        /// The highest possible score.
        public var maximum: Score
        /// The level reached.
        public var level: LevelID?
        /// In-scope controls answered.
        public var answered: Int
        /// Controls in scope.
        public var inScope: Int
        /// Mandatory measures missing.
        public var mandatoryMissing: Int
    }

    /// A control that lost credit between two consecutive periods.
    public struct Regression: Sendable, Hashable {
        /// The control.
        public var control: ControlID
        /// The earlier period.
        public var fromPeriod: String?
        /// The later period.
        public var toPeriod: String?
        /// The earlier answer.
        public var from: StatusOrUnanswered
        /// The later answer.
        public var to: StatusOrUnanswered
        /// Its impact on the score, in tenths of a point.
        public var impactTenths: Int64
    }

    /// Periods in order.
    public var points: [Point]
    /// Regressions in period order.
    public var regressions: [Regression]

    /// Orders the assessments by period (then creation time, then source), scores each, and
    /// diffs each with the next. Periods compare as text, so `2026-Q1` < `2026-Q2` < `2027-Q1`.
    public static func compute(_ items: [(source: String, assessment: Assessment, checklist: Checklist)]) -> Trend {
        let ordered = items.sorted { a, b in
            let (x, y) = (a.assessment.period ?? "\u{10FFFF}", b.assessment.period ?? "\u{10FFFF}")
            if x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) }
            if a.assessment.createdAt != b.assessment.createdAt {
                return a.assessment.createdAt < b.assessment.createdAt
            }
            return a.source.utf8.lexicographicallyPrecedes(b.source.utf8)
        }
        let points = ordered.map { item in
            let report = Scorer.score(item.assessment, with: item.checklist)
            return Point(
                source: item.source, period: item.assessment.period, score: report.overall.score,
                maximum: report.overall.maximum,
                level: report.overall.level?.id, answered: report.overall.counts.answered,
                inScope: report.overall.counts.inScope,
                mandatoryMissing: report.missingMandatory.count)
        }
        var regressions: [Regression] = []
        for (old, new) in zip(ordered, ordered.dropFirst()) {
            let diff = Differ.diff(
                old: old.assessment, oldChecklist: old.checklist, new: new.assessment, newChecklist: new.checklist)
            for change in diff.changes where change.kind == .regressed {
                regressions.append(
                    Regression(
                        control: change.control, fromPeriod: old.assessment.period, toPeriod: new.assessment.period,
                        from: change.from, to: change.to, impactTenths: change.impactTenths))
            }
        }
        return Trend(points: points, regressions: regressions)
    }
}
