/// What an owner types for a period or a date, in the forms a Japanese keyboard and habit
/// produce, read into the one form the files store. Files themselves are read strictly
/// (`YYYY-MM-DD`, any period text); these are for what people type.
public enum TypedInput {
    /// The quarter `text` names, as `YYYY-Qn`: `2026-Q4`, `2026Q4`, `2026 q4`, `2026/Q4`,
    /// `2026年Q4`, `2026-4Q`, `2026年第4四半期`, full-width too (`２０２６－Ｑ４`). `nil` when it
    /// names no quarter (`Q4`, `2026-Q5`, `2026-13`).
    public static func quarter(_ text: String) -> String? {
        let folded = text.foldingWidth.uppercased().filter { !$0.isWhitespace }
        let digits = folded.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), (1900...9998).contains(year) else { return nil }
        var rest = Substring(folded.dropFirst(4))
        while let first = rest.first, "-/._年".contains(first) { rest = rest.dropFirst() }
        var number: Substring
        if rest.hasPrefix("Q") {
            number = rest.dropFirst()
        } else if rest.hasSuffix("Q") {
            number = rest.dropLast()
        } else if rest.hasPrefix("第"), rest.hasSuffix("四半期") {
            number = rest.dropFirst().dropLast(3)
        } else if rest.hasSuffix("四半期") {
            number = rest.dropLast(3)
        } else {
            return nil
        }
        if number.hasSuffix("期") { number = number.dropLast() }
        guard number.count == 1, let quarter = Int(number), (1...4).contains(quarter) else { return nil }
        return "\(year)-Q\(quarter)"
    }

    /// The calendar day `text` names: `2027-03-31`, `2027-3-31`, `2027/3/31`, `2027.3.31`,
    /// `2027年3月31日`, full-width too. `nil` when it names no day of the supported years.
    public static func date(_ text: String) -> Timestamp? {
        let folded = text.foldingWidth.filter { !$0.isWhitespace }
        var parts: [Int] = []
        var current = ""
        for character in folded {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if "-/.年月日".contains(character), !current.isEmpty {
                parts.append(Int(current) ?? -1)
                current = ""
            } else {
                return nil
            }
        }
        if !current.isEmpty { parts.append(Int(current) ?? -1) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        guard let day = Timestamp(date: pad(parts[0], 4) + "-" + pad(parts[1], 2) + "-" + pad(parts[2], 2)),
            day.dateText == pad(parts[0], 4) + "-" + pad(parts[1], 2) + "-" + pad(parts[2], 2),
            Timestamp.supportedYears.contains(day.year)
        else { return nil }
        return day
    }
}
