/// CSV that Excel (including Japanese Excel) and LibreOffice open correctly and safely.
package enum CSV {
    /// Rows as an RFC 4180 document: UTF-8 with a byte-order mark, CRLF line ends, every field
    /// quoted when it holds a comma, quote or line break, and cells starting with `=`, `+`, `-`,
    /// `@`, tab or CR prefixed with `'` so no spreadsheet runs them as a formula (a plain number
    /// such as `-2.0` is left alone: it cannot be a formula).
    package static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// One RFC 4180 line ending in CRLF. `forSpreadsheets` applies what ``document(_:)`` does
    /// for people (control characters made visible, formulas neutralized); without it a value
    /// is only quoted, so a database gets it back exactly (NUL, which PostgreSQL text cannot
    /// hold, becomes U+FFFD).
    package static func line(_ fields: [String], forSpreadsheets: Bool) -> String {
        fields.map { forSpreadsheets ? field($0) : quoted($0.replacingAll("\u{0}", with: "\u{FFFD}")) }
            .joined(separator: ",") + "\r\n"
    }

    /// The value, in double quotes when it holds a comma, quote or line break.
    static func quoted(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
        }
        return text
    }

    package static func field(_ value: String) -> String {
        var text = TerminalText.sanitize(value, keepNewlines: true)
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isPlainNumber(text)
        {
            text = "'" + text
        }
        return quoted(text)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var output = ""
        for character in self { if character == target { output += replacement } else { output.append(character) } }
        return output
    }
}
