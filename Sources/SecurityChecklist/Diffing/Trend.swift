/// Scores of one shop over many periods, and the controls that regressed along the way.
public struct Trend: Sendable, Hashable {
    /// The format identifier of the JSON form (``TrendSet``'s, with one series).
    public static let schema = TrendSet.schema

    /// The shop, as its latest period names it.
    public var organization: String

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
        return Trend(
            organization: ordered.last?.assessment.organization ?? "", points: points, regressions: regressions)
    }
}

/// Trends of one or more shops: the files are grouped into one series per shop, so two shops'
/// quarters never interleave into one line.
public struct TrendSet: Sendable, Hashable {
    /// The format identifier of the JSON form.
    public static let schema = "ecsec/trend@2"

    /// One series per shop, in the order their first file was given.
    public var series: [Trend]
    /// What the grouping did not follow or found doubtful, for the caller to show (not part of
    /// the JSON form).
    public var warnings: [Warning] = []

    /// A link between two files that the grouping did not follow, or a copy.
    public struct Warning: Sendable, Hashable {
        public enum Code: Sendable, Hashable {
            /// `source` names `other` as its previous period, but the two name different
            /// organizations: the link is not followed (one shop's file started from another's).
            case previousOfOtherOrganization
            /// `source` and `other` share an assessment id: one is a copy of the other.
            case sameAssessmentID
        }
        public var code: Code
        /// The file the warning is about.
        public var source: String
        /// The other file.
        public var other: String

        /// The warning in `language`.
        public func text(_ language: Language) -> String {
            switch code {
            case .previousOfOtherOrganization: Phrase.trendPreviousOtherShop(language, source, other)
            case .sameAssessmentID: Phrase.trendSameAssessment(language, source, other)
            }
        }
    }

    /// Groups `items` into series — files of the same organization (compared on one line,
    /// spaces folded), and files linked by `previous` or sharing an assessment id when their
    /// organizations agree (or one is blank) — and computes each series' ``Trend``. A
    /// `previous` link between two organizations is not followed: a shop whose file was
    /// started from another shop's (`new --from`, then a new `--organization`) is its own
    /// series, with a warning.
    public static func compute(_ items: [(source: String, assessment: Assessment, checklist: Checklist)]) -> TrendSet {
        var parent = Array(items.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        func sameShop(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (items[a].assessment.organization.singleLine, items[b].assessment.organization.singleLine)
            return x.isEmpty || y.isEmpty || x == y
        }
        var warnings: [Warning] = []
        var byOrganization: [String: Int] = [:]
        var byID: [AssessmentID: Int] = [:]
        for (index, item) in items.enumerated() {
            let organization = item.assessment.organization.singleLine
            if let other = byOrganization[organization] {
                join(index, other)
            } else {
                byOrganization[organization] = index
            }
            if let other = byID[item.assessment.id] {
                warnings.append(Warning(code: .sameAssessmentID, source: item.source, other: items[other].source))
                if sameShop(index, other) { join(index, other) }
            } else {
                byID[item.assessment.id] = index
            }
        }
        for (index, item) in items.enumerated() {
            guard let previous = item.assessment.previous, let other = byID[previous.id], other != index else {
                continue
            }
            if sameShop(index, other) {
                join(index, other)
            } else {
                warnings.append(
                    Warning(code: .previousOfOtherOrganization, source: item.source, other: items[other].source))
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in items.indices {
            let key = root(index)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        return TrendSet(
            series: order.map { key in Trend.compute(groups[key]!.map { items[$0] }) }, warnings: warnings)
    }
}
