/// A moment in UTC to the second, written as ISO 8601 `2026-11-22T09:30:00Z`.
///
/// The library never reads the clock: callers pass `Timestamp(secondsSince1970:)` in.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64

    /// The moment `secondsSince1970` seconds after 1970-01-01T00:00:00Z.
    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// The years a file's timestamps may name: what OSCAL's date-time pattern allows (19xx–29xx)
    /// from the Unix epoch on. Every arithmetic on timestamps stays far from overflow.
    public static let supportedYears = 1970...2999

    /// The calendar year (UTC).
    public var year: Int { Self.civilFromDays(Int(secondsSince1970.floorDivided(by: 86_400))).0 }

    /// Earlier moments sort first.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ`; fractional seconds (`.123`) are accepted and dropped,
    /// and `+00:00` is accepted for `Z`. Other offsets are rejected: files store UTC.
    public init?(iso8601 text: String) {
        var text = text
        guard let seconds = text.withUTF8({ Self.secondsSince1970(iso8601: $0) }) else { return nil }
        self.secondsSince1970 = seconds
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` from UTF-8 bytes, as ``init(iso8601:)`` does from text.
    init?(iso8601 bytes: UnsafeBufferPointer<UInt8>) {
        guard let seconds = Self.secondsSince1970(iso8601: bytes) else { return nil }
        self.secondsSince1970 = seconds
    }

    /// The seconds an ISO 8601 UTC time stands for, read from its bytes without copying them
    /// (every answer in an assessment has one or two).
    private static func secondsSince1970(iso8601 bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 20 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), bytes[4] == UInt8(ascii: "-"),
            let month = number(5..<7), bytes[7] == UInt8(ascii: "-"),
            let day = number(8..<10), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let hour = number(11..<13), bytes[13] == UInt8(ascii: ":"),
            let minute = number(14..<16), bytes[16] == UInt8(ascii: ":"),
            let second = number(17..<19)
        else { return nil }
        var rest = 19
        if bytes[rest] == UInt8(ascii: ".") {
            rest += 1
            let digits = rest
            while rest < bytes.count, bytes[rest] >= 0x30, bytes[rest] <= 0x39 { rest += 1 }
            guard rest > digits else { return nil }
        }
        let zone = bytes[rest...]
        guard zone.elementsEqual("Z".utf8) || zone.elementsEqual("z".utf8) || zone.elementsEqual("+00:00".utf8)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Midnight UTC at the start of a `YYYY-MM-DD` date.
    public init?(date text: String) {
        self.init(iso8601: text + "T00:00:00Z")
        guard text.utf8.count == 10 else { return nil }
    }

    /// ISO 8601 UTC, e.g. `2026-11-22T09:30:00Z`.
    public var description: String {
        let days = Int(secondsSince1970.floorDivided(by: 86_400))
        let secondOfDay = Int(secondsSince1970 - Int64(days) * 86_400)
        let (year, month, day) = Self.civilFromDays(days)
        return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) + "T"
            + Self.pad(secondOfDay / 3600, 2) + ":" + Self.pad(secondOfDay % 3600 / 60, 2) + ":"
            + Self.pad(secondOfDay % 60, 2) + "Z"
    }

    /// The calendar date, `YYYY-MM-DD`.
    public var dateText: String { String(description.prefix(10)) }

    /// Whole days from `self` to `later` (negative when `later` is earlier), rounding down.
    public func days(until later: Timestamp) -> Int64 {
        (later.secondsSince1970 - secondsSince1970).floorDivided(by: 86_400)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int64 {
    package func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
