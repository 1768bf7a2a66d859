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
            if a.assessment.createdAt != b.assessment.createdAt { return a.assessment.createdAt < b.assessment.createdAt }
            return a.source.utf8.lexicographicallyPrecedes(b.source.utf8)
        }
        let points = ordered.map { item in
            let report = Scorer.score(item.assessment, with: item.checklist)
            return Point(
                source: item.source, period: item.assessment.period, score: report.overall.score, maximum: report.overall.maximum,
                level: report.overall.level?.id, answered: report.overall.counts.answered, inScope: report.overall.counts.inScope,
                mandatoryMissing: report.missingMandatory.count)
        }
        var regressions: [Regression] = []
        for (old, new) in zip(ordered, ordered.dropFirst()) {
            let diff = Differ.diff(old: old.assessment, oldChecklist: old.checklist, new: new.assessment, newChecklist: new.checklist)
            for change in diff.changes where change.kind == .regressed {
                regressions.append(Regression(
                    control: change.control, fromPeriod: old.assessment.period, toPeriod: new.assessment.period,
                    from: change.from, to: change.to, impactTenths: change.impactTenths))
            }
        }
        return Trend(points: points, regressions: regressions)
    }

    /// The `ecsec/trend@1` JSON document.
    public func jsonText() -> String {
        func number(_ score: Score?) -> JSONValue { score.map { .number(JSONNumber(text: $0.description)) } ?? .null }
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return JSONWriter.write(.object(JSONObject([
            ("schema", .string(Self.schema)),
            ("points", .array(points.map { point in
                .object(JSONObject([
                    ("file", .string(point.source)), ("period", text(point.period)), ("score", number(point.score)),
                    ("maximum", number(point.maximum)), ("level", text(point.level?.rawValue)), ("answered", .number(JSONNumber(point.answered))),
                    ("inScope", .number(JSONNumber(point.inScope))), ("mandatoryMissing", .number(JSONNumber(point.mandatoryMissing))),
                ]))
            })),
            ("regressions", .array(regressions.map { item in
                .object(JSONObject([
                    ("control", .string(item.control.rawValue)), ("fromPeriod", text(item.fromPeriod)), ("toPeriod", text(item.toPeriod)),
                    ("from", .string(item.from.description)), ("to", .string(item.to.description)),
                    ("impact", number(Score(tenths: item.impactTenths))),
                ]))
            })),
        ])))
    }

    /// CSV for spreadsheets: UTF-8 with a byte-order mark, RFC 4180 quoting, formulas neutralized.
    public func csvText(language L: Language) -> String {
        var rows = [[Phrase.periodColumn(L), Phrase.scoreColumn(L), Phrase.levelColumn(L), Phrase.answeredColumn(L), "inScope", Phrase.missingColumn(L), "file"]]
        for point in points {
            rows.append([point.period ?? "", point.score?.description ?? "", point.level?.rawValue ?? "", String(point.answered), String(point.inScope), String(point.mandatoryMissing), point.source])
        }
        return CSV.document(rows)
    }

    /// A table and a bar per period, then the regressions.
    package func text(checklist: Checklist, language L: Language, style: TextStyle = .plain, width: Int = 80) -> String {
        var lines = [style.apply(TerminalText.sanitize(checklist.title[L]) + " — " + Phrase.trendHeading(L), .bold), ""]
        let periodWidth = max(8, points.map { TerminalText.width(TerminalText.sanitize($0.period ?? "-")) }.max() ?? 0)
        let barWidth = max(10, min(30, width - periodWidth - 30))
        for point in points {
            let score = point.score?.description ?? "-"
            let fraction = point.score?.fraction(of: point.maximum) ?? 0
            let level = point.level?.rawValue ?? "-"
            lines.append(TerminalText.pad(TerminalText.sanitize(point.period ?? "-"), to: periodWidth) + "  "
                + String(repeating: " ", count: max(0, 6 - score.count)) + score + "  " + TerminalText.pad(TerminalText.sanitize(level), to: 3)
                + style.bar(fraction, width: barWidth) + "  \(point.answered)/\(point.inScope)")
        }
        if !regressions.isEmpty {
            lines.append("")
            lines.append(style.apply(Phrase.regressedAtSomePoint(L), .bold))
            for item in regressions {
                let title = TerminalText.sanitize(checklist.control(item.control)?.title[L] ?? "")
                let head = "  \(item.fromPeriod ?? "?") → \(item.toPeriod ?? "?")  \(item.control) "
                let tail = "  " + item.from.label[L] + " → " + item.to.label[L] + "  " + Score(tenths: item.impactTenths).signedDescription
                lines.append(TerminalText.sanitize(head) + TerminalText.truncate(title, to: max(10, width - TerminalText.width(head) - TerminalText.width(tail))) + tail)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Score {
    /// The score as a fraction of `maximum` (0...1), for bars.
    public func fraction(of maximum: Score) -> Double {
        guard maximum.numerator != 0 else { return 0 }
        return (Double(numerator) / Double(denominator)) / (Double(maximum.numerator) / Double(maximum.denominator))
    }
}
