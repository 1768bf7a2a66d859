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
        var display: String
        if let name {
            guard isKnown(name) else { throw Failure(CLIPhrase.unknownTimeZone(language, name)) }
            setenv("TZ", name, 1)
            display = name
        } else if let variable = Environment.variable("TZ"), !variable.isEmpty {
            let zone = variable.hasPrefix(":") ? String(variable.dropFirst()) : variable
            if isKnown(zone) {
                display = zone
            } else {
                // The C library would silently use UTC; the report must not name a zone it did
                // not use.
                Console.error(
                    "ecsec: \(Phrase.warning(language)): "
                        + TerminalText.sanitize(CLIPhrase.unknownTimeZoneVariable(language, zone)))
                setenv("TZ", "UTC0", 1)
                display = "UTC"
            }
        } else {
            display = systemZoneName() ?? ""
        }
        tzset()
        if display.isEmpty { display = abbreviation() }
        return LocalTime(name: display.isEmpty ? "UTC" : display) { moment in
            var seconds = time_t(moment.secondsSince1970)
            var parts = tm()
            guard localtime_r(&seconds, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        }
    }

    /// Whether the C library can use `name`: a compiled zone of the tz database (a `TZif`
    /// file, so `zone.tab` or `/etc/passwd` is refused), or a POSIX rule such as `JST-9` or
    /// `EST5EDT,M3.2.0,M11.1.0` whose offsets stay within ±14 hours.
    static func isKnown(_ name: String) -> Bool {
        guard !name.isEmpty, !name.contains("..") else { return false }
        let folder = Environment.variable("TZDIR") ?? "/usr/share/zoneinfo"
        let path = name.hasPrefix("/") ? name : folder + "/" + name
        if fileStatus(path)?.type == S_IFREG {
            return (try? DocumentFile.read(path).prefix(4).elementsEqual("TZif".utf8)) ?? false
        }
        return isPOSIXRule(name)
    }

    /// `std offset [dst [offset] [,rule]]` (POSIX TZ), each name three or more letters (or
    /// `<+09>`), each offset `[+-]hh[:mm[:ss]]` within ±14 hours.
    static func isPOSIXRule(_ rule: String) -> Bool {
        var rest = Substring(rule)
        func name() -> Bool {
            if rest.first == "<" {
                guard let end = rest.firstIndex(of: ">") else { return false }
                let inside = rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
                return inside.count >= 3
                    && inside.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-") }
            }
            let letters = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(letters.count)
            return letters.count >= 3
        }
        func offset() -> Bool {
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            var parts: [Int] = []
            while true {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                guard (1...2).contains(digits.count), let value = Int(digits) else { return false }
                parts.append(value)
                rest = rest.dropFirst(digits.count)
                guard parts.count < 3, rest.first == ":" else { break }
                rest = rest.dropFirst()
            }
            let seconds = parts[0] * 3600 + (parts.count > 1 ? parts[1] * 60 : 0) + (parts.count > 2 ? parts[2] : 0)
            return parts.dropFirst().allSatisfy { $0 < 60 } && seconds <= 14 * 3600
        }
        guard name(), offset() else { return false }
        if rest.isEmpty { return true }
        if rest.first != "," {
            guard name() else { return false }
            if let first = rest.first, first != "," {
                guard first == "+" || first == "-" || first.isNumber, offset() else { return false }
            }
        }
        if rest.isEmpty { return true }
        return rest.first == ","
            && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || ",./:+-".contains($0)) }
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
