import Testing

@testable import SecurityChecklist

@Suite("Exact numbers and times")
struct ValueTypeTests {
    @Test(
        "Decimal3 parses JSON number text exactly",
        arguments: [
            ("5", Int64(5000)), ("2.5", 2500), ("0.125", 125), ("-1", -1000), ("1e2", 100_000), ("2.50", 2500),
            ("1.2300", 1230), ("1000000", 1_000_000_000), ("25E-1", 2500),
        ])
    func decimal(text: String, thousandths: Int64) {
        #expect(Decimal3(jsonText: text)?.thousandths == thousandths)
    }

    @Test("Decimal3 refuses what it cannot hold exactly", arguments: ["0.0001", "1000001", "1e10", "abc", "", "-"])
    func decimalRejects(text: String) {
        #expect(Decimal3(jsonText: text) == nil)
    }

    @Test(
        "Score rounds half away from zero",
        arguments: [
            (Int64(145), Int64(100), "1.5"), (Int64(12345), Int64(1000), "12.3"), (Int64(1235), Int64(100), "12.4"),
            (Int64(-5), Int64(100), "-0.1"),
            (Int64(-4), Int64(100), "0.0"), (Int64(200), Int64(3), "66.7"), (Int64(100), Int64(1), "100.0"),
            (Int64(0), Int64(7), "0.0"), (Int64(625), Int64(10), "62.5"),
        ])
    func rounding(numerator: Int64, denominator: Int64, text: String) {
        #expect(Score(numerator: numerator, denominator: denominator).description == text)
    }

    @Test(
        "Timestamp parses and prints ISO 8601 UTC",
        arguments: [
            ("2026-11-22T09:30:00Z", "2026-11-22T09:30:00Z"),
            ("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z"),
            ("2026-01-01T00:00:00.123Z", "2026-01-01T00:00:00Z"),
            ("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00Z"),
            ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ])
    func timestamps(text: String, printed: String) {
        #expect(Timestamp(iso8601: text)?.description == printed)
    }

    @Test(
        "Timestamp rejects other forms",
        arguments: [
            "2026-11-22", "2026-11-22T09:30:00", "2026-11-22T09:30:00+09:00", "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-22T24:00:00Z", "2026-11-22 09:30:00Z",
        ])
    func badTimestamps(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func daysBetween() {
        let a = Timestamp(iso8601: "2026-01-01T12:00:00Z")!
        #expect(a.days(until: Timestamp(date: "2026-01-31")!) == 29)
        #expect(a.days(until: Timestamp(date: "2025-12-31")!) == -2)
    }

    @Test(
        "Version numbers compare numerically",
        arguments: [("1.10", "1.9", true), ("2", "1.99", true), ("1.0", "1", false)])
    func versions(a: String, b: String, greater: Bool) {
        #expect((VersionNumber(a)! > VersionNumber(b)!) == greater)
    }
}

/// An evidence item's age as the question screen, `ecsec evidence` and the reports print it.
@Suite("Evidence age")
struct EvidenceAgeTests {
    @Test(
        arguments: [
            (0, "2026-12-07 記録、今日", "recorded 2026-12-07, today"),
            (1, "2026-12-06 記録、1日前", "recorded 2026-12-06, 1 day ago"),
            (59, "2026-10-09 記録、59日前", "recorded 2026-10-09, 59 days ago"),
            (92, "2026-09-06 記録、3か月前", "recorded 2026-09-06, 3 months ago"),
        ])
    func age(days: Int, ja: String, en: String) throws {
        let today = try #require(Timestamp(iso8601: "2026-12-07T09:00:00Z"))
        let item = Evidence(
            text: "確認書", recordedAt: Timestamp(secondsSince1970: today.secondsSince1970 - Int64(days) * 86_400))
        #expect(item.age(asOf: today, language: .ja) == ja)
        #expect(item.age(asOf: today, language: .en) == en)
    }
}
