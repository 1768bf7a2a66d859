import Testing

@testable import SecurityChecklist

/// What owners type for a period or a day, read into the one form files store.
@Suite("Typed periods and dates")
struct TypedInputTests {
    @Test(arguments: [
        ("2026-Q4", "2026-Q4"), ("2026Q4", "2026-Q4"), ("2026 q4", "2026-Q4"), ("2026/Q4", "2026-Q4"),
        ("2026年Q4", "2026-Q4"), ("2026-4Q", "2026-Q4"), ("2026年第4四半期", "2026-Q4"), ("2026年4Q", "2026-Q4"),
        ("２０２６－Ｑ４", "2026-Q4"), ("２０２６年Ｑ１", "2026-Q1"), (" 2027-Q1\n", "2027-Q1"), ("2026.Q2", "2026-Q2"),
    ])
    func quartersAreReadInTheFormsOwnersType(_ typed: String, _ stored: String) {
        #expect(TypedInput.quarter(typed) == stored, "\(typed)")
    }

    @Test(arguments: ["Q4", "2026-Q5", "2026-Q0", "2026-13", "26-Q4", "2026", "2026-Q44", "今期", "", "20260-Q1"])
    func impossibleQuartersAreRefused(_ typed: String) {
        #expect(TypedInput.quarter(typed) == nil, "\(typed)")
    }

    @Test(arguments: [
        ("2027-03-31", "2027-03-31"), ("2027-3-31", "2027-03-31"), ("2027/3/31", "2027-03-31"),
        ("2027.3.31", "2027-03-31"), ("2027年3月31日", "2027-03-31"), ("２０２７－０３－３１", "2027-03-31"),
        ("２０２７/３/３１", "2027-03-31"), ("2028-2-29", "2028-02-29"),
    ])
    func datesAreReadInTheFormsOwnersType(_ typed: String, _ stored: String) {
        #expect(TypedInput.date(typed)?.dateText == stored, "\(typed)")
    }

    @Test(arguments: [
        "2027-02-30", "2027-13-01", "2027-0-10", "3/31", "2027-03", "tomorrow", "3000-01-01", "2027--03-31",
    ])
    func impossibleDatesAreRefused(_ typed: String) {
        #expect(TypedInput.date(typed) == nil, "\(typed)")
    }
}
