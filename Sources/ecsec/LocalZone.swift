import SecurityChecklist

#if canImport(Glibc)
    import Glibc
#endif

/// The reader's time zone for reports: `--tz`, else `TZ`, else the system's (`/etc/localtime`),
/// resolved by the C library so daylight saving time and the tz database apply.
enum LocalZone {
    /// The zone `name` (an IANA name such as `Asia/Tokyo`, or a POSIX rule such as `JST-9`), or
    /// the environment's when `nil`.
    /// - Throws: ``Failure`` for a name the tz database does not know.
    static func resolve(_ name: String?, _ language: Language) throws -> LocalTime {
        if let name {
            guard isKnown(name) else { throw Failure(CLIPhrase.unknownTimeZone(language, name)) }
            setenv("TZ", name, 1)
        }
        tzset()
        let display =
            name ?? Environment.variable("TZ").map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 }
            ?? systemZoneName() ?? abbreviation()
        return LocalTime(name: display.isEmpty ? "UTC" : display) { moment in
            var seconds = time_t(moment.secondsSince1970)
            var parts = tm()
            guard localtime_r(&seconds, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        }
    }

    /// Whether the C library can use `name`: a file in the tz database, or a POSIX rule that
    /// starts with a zone abbreviation and an offset (`JST-9`, `UTC0`).
    static func isKnown(_ name: String) -> Bool {
        let folder = Environment.variable("TZDIR") ?? "/usr/share/zoneinfo"
        let path = name.hasPrefix("/") ? name : folder + "/" + name
        if !name.contains(".."), fileStatus(path)?.type == S_IFREG { return true }
        let letters = name.prefix { $0.isASCII && $0.isLetter }
        let rest = name.dropFirst(letters.count)
        return letters.count >= 3 && !name.contains("/")
            && (rest.first.map { $0 == "+" || $0 == "-" || $0.isNumber } ?? false)
    }

    /// `Asia/Tokyo` from `/etc/localtime → /usr/share/zoneinfo/Asia/Tokyo`.
    static func systemZoneName() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/etc/localtime", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let range = target.firstRange(of: "zoneinfo/") else { return nil }
        return String(target[range.upperBound...])
    }

    /// The current abbreviation, e.g. `JST`.
    static func abbreviation() -> String {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil, let zone = parts.tm_zone else { return "UTC" }
        return String(cString: zone)
    }
}
