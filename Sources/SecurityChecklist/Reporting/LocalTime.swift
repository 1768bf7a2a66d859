/// How a report writes moments: in the reader's time zone. The library reads no environment, so
/// the caller resolves the zone (`TZ`, `--tz`) and passes its offsets in.
public struct LocalTime: Sendable {
    /// The zone's name as the reader knows it, e.g. `Asia/Tokyo` or `UTC`.
    public var name: String
    /// Seconds east of UTC at a moment (daylight saving time moves it).
    public var offset: @Sendable (Timestamp) -> Int

    /// A zone with the given name and offsets.
    public init(name: String, offset: @escaping @Sendable (Timestamp) -> Int) {
        self.name = name
        self.offset = offset
    }

    /// Coordinated Universal Time.
    public static let utc = LocalTime(name: "UTC") { _ in 0 }

    /// A zone that is always `seconds` east of UTC.
    public static func fixed(name: String, seconds: Int) -> LocalTime {
        LocalTime(name: name) { _ in seconds }
    }

    /// `2026-11-30 14:05 (UTC+09:00)`: the moment in this zone, to the minute, with its offset.
    public func dateTime(_ moment: Timestamp) -> String {
        let seconds = offset(moment)
        let shifted = Timestamp(secondsSince1970: moment.secondsSince1970 + Int64(seconds)).description
        let day = shifted.prefix(10)
        let time = shifted.dropFirst(11).prefix(5)
        return "\(day) \(time) (\(Self.offsetText(seconds)))"
    }

    /// The moment's calendar day in this zone, `YYYY-MM-DD`.
    public func date(_ moment: Timestamp) -> String {
        Timestamp(secondsSince1970: moment.secondsSince1970 + Int64(offset(moment))).dateText
    }

    /// `UTC+09:00`, `UTC−03:30`, `UTC`.
    static func offsetText(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return "UTC" + (seconds > 0 ? "+" : "-") + String(repeating: "0", count: 2 - min(2, hours.count)) + hours + ":"
            + String(repeating: "0", count: 2 - rest.count) + rest
    }
}
