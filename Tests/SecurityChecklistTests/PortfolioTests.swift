import Testing

@testable import SecurityChecklist

@Suite("Portfolio (ecsec summary)")
struct PortfolioTests {
    static func portfolio(_ scores: [[String: AnswerStatus]]) throws -> Portfolio {
        let checklist = try Fixture.scoringChecklist()
        var portfolio = Portfolio(checklist: ChecklistReference(id: checklist.id, version: checklist.version))
        for answers in scores {
            let assessment = Assessment.fixture(checklist, answers: answers)
            portfolio.add(Scorer.score(assessment, with: checklist), assessment: assessment)
        }
        return portfolio
    }

    @Test func quartilesHistogramLevelsAndGaps() throws {
        // Scores by hand (Σw = 16.5): all implemented 100.0; A+D only 60.6; nothing 0.0; A+B+D+E 93.9.
        let all: [String: AnswerStatus] = [
            "A": .implemented, "B": .implemented, "C": .implemented, "D": .implemented, "E": .implemented,
        ]
        let portfolio = try Self.portfolio([
            all, ["A": .implemented, "D": .implemented], [:],
            ["A": .implemented, "B": .implemented, "D": .delegated, "E": .implemented],
        ])
        #expect(portfolio.count == 4)
        #expect(portfolio.quantile(0.5) == 606)  // nearest rank: 2nd of 4
        #expect(portfolio.quantile(0.25) == 0)
        #expect(portfolio.quantile(0.75) == 939)
        #expect(portfolio.quantile(1) == 1000)
        #expect(portfolio.histogram.map { "\($0.from):\($0.shops)" } == ["0:1", "60:1", "90:2"])
        #expect(portfolio.levels == ["A": 2, "C": 1, "D": 1])
        #expect(portfolio.mandatoryMet == 3)
        #expect(portfolio.mandatoryMissing == ["A": 1, "D": 1])
        #expect(portfolio.missing["C"] == 3)
        #expect(portfolio.providers["Provider"] == Portfolio.ProviderCount(shops: 1, controls: 1))
    }

    /// One rule for providers: a delegated answer counts only on an in-scope control, in the
    /// score and in the summary alike (the summary counted out-of-scope ones).
    @Test func providersCountOnlyInScopeAnswersAsTheScoreDoes() throws {
        let checklist = try Fixture.scoringChecklist()
        // D applies only to self-hosted shops: out of scope for a hosted one.
        let hosted = Assessment.fixture(
            checklist, profile: ["hosting": "cloud"], answers: ["B": .delegated, "D": .delegated])
        let report = Scorer.score(hosted, with: checklist)
        #expect(report.delegated.map(\.control) == ["B"])
        var portfolio = Portfolio(checklist: ChecklistReference(id: checklist.id, version: checklist.version))
        portfolio.add(report, assessment: hosted)
        #expect(portfolio.providers["Provider"] == Portfolio.ProviderCount(shops: 1, controls: 1))
    }

    @Test func mergingEqualsAddingEverythingInOnePortfolio() throws {
        let shops: [[String: AnswerStatus]] = (0..<12).map { n in
            [
                "A": AnswerStatus.allCases[n % 6], "B": AnswerStatus.allCases[(n + 1) % 6],
                "E": AnswerStatus.allCases[(n * 5) % 6],
            ]
        }
        let whole = try Self.portfolio(shops)
        var merged = try Self.portfolio(Array(shops[..<5]))
        merged.merge(try Self.portfolio(Array(shops[5...])))
        #expect(merged.count == whole.count)
        #expect(merged.scoreCounts == whole.scoreCounts)
        #expect(merged.missing == whole.missing)
        #expect(merged.providers == whole.providers)
        #expect(merged.levels == whole.levels)
    }
}

/// The database rows round-trip exactly: quoted, never altered.
@Suite("Assessment rows")
struct AssessmentRowTests {
    @Test func csvQuotesButNeverAltersValues() throws {
        let checklist = try Fixture.scoringChecklist()
        var assessment = Assessment.fixture(checklist, profile: ["hosting": "self"], answers: ["A": .implemented])
        assessment.organization = "=SUM(1), \"Shop\"\nline\u{0}"
        let row = AssessmentRow(
            file: "a,b.json", assessment: assessment, report: Scorer.score(assessment, with: checklist))
        let line = row.csvLine()
        #expect(
            line.hasPrefix(
                "\"a,b.json\",00000000-0000-4000-8000-000000000001,,\"=SUM(1), \"\"Shop\"\"\nline\u{FFFD}\","))
        #expect(line.hasSuffix("\r\n"))
        #expect(AssessmentRow.csvHeader.split(separator: ",").count == AssessmentRow.csvColumns.count)
        #expect(row.openMandatory == ["D"] && !row.mandatoryMet && !row.complete)
    }

    @Test func ndjsonIsOneLineOfTheRowSchema() throws {
        let checklist = try Fixture.scoringChecklist()
        let assessment = Assessment.fixture(checklist, answers: ["A": .implemented, "B": .partial])
        let line = AssessmentRow(
            file: "x.json", assessment: assessment, report: Scorer.score(assessment, with: checklist)
        )
        .ndjsonLine()
        #expect(line.hasSuffix("}\n") && line.dropLast().firstIndex(of: "\n") == nil)
        let value = try JSONParser.parse(Array(line.utf8))
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object["schema"] == .string(AssessmentRow.schema))
        #expect(object["previous"] == .null)
    }
}
