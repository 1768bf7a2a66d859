/// Making text from files safe and measurable for a terminal.
package enum TerminalText {
    /// Text with every control character, escape sequence introducer and bidirectional override
    /// replaced by a visible escape (`\x1B`, `\u{202E}`), so nothing from a file can move the
    /// cursor, change colours or reorder what the user reads.
    /// - Parameter keepNewlines: keep `\n` as a line break; otherwise it becomes a space.
    package static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                output.append(contentsOf: (keepNewlines ? "\n" : " ").unicodeScalars)
            } else if scalar == "\t" {
                output.append(" ")
            } else if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let escaped =
                    scalar.value <= 0xFF
                    ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    : "\\u{" + hex + "}"
                output.append(contentsOf: escaped.unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Columns a terminal uses for `text`: East Asian wide and full-width characters take 2,
    /// combining marks and other zero-width characters 0, the rest 1. Sanitize first: control
    /// characters are counted as 0 here.
    package static func width(_ text: String) -> Int {
        // Summed scalar by scalar while every scalar stands alone as a character (nearly all
        // Japanese and English text), which gives the same count without breaking graphemes.
        var total = 0
        for scalar in text.unicodeScalars {
            guard let columns = standaloneWidth(scalar.value) else { return characterWidth(text) }
            total += columns
        }
        return total
    }

    /// The width summed character by character (the rule; ``width(_:)`` takes a shortcut).
    static func characterWidth(_ text: String) -> Int {
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// The width of a scalar that is always a character by itself, so that summing scalars
    /// equals summing characters; nil for a scalar that may join others into one character
    /// (marks, emoji sequences, variation selectors, half-width voiced marks, jamo, CR). The
    /// common ranges are answered without a Unicode property lookup.
    private static func standaloneWidth(_ value: UInt32) -> Int? {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF: 1
        // A carriage return joins a line feed; combining marks and the ideographic tone marks
        // (two of which are spacing) join the character before them.
        case 0x0D, 0x300...0x36F, 0x302A...0x302F, 0x3099...0x309A: nil
        case 0x00...0x1F, 0x7F...0x9F: 0
        case 0x3041...0x3096, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF60, 0xAC00...0xD7A3: 2
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2460...0x25FF, 0x3000...0x303F:
            width(of: Unicode.Scalar(value)!)
        default: nil
        }
    }

    /// The value of the scalar `character` consists of, when it is only one.
    private static func onlyScalar(of character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return nil
        }
        return first.value
    }

    /// Columns for one character (grapheme cluster): the width of its first non-zero scalar,
    /// at most 2 (emoji sequences are drawn as one 2-column glyph).
    package static func width(of character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        if let scalar = onlyScalar(of: character), let columns = standaloneWidth(scalar) { return columns }
        var result = 0
        for scalar in character.unicodeScalars {
            let scalarWidth = width(of: scalar)
            if scalarWidth > 0 {
                result = scalarWidth
                break
            }
        }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }), result == 1 { result = 2 }
        return result
    }

    /// Columns for one scalar.
    package static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, as glibc's wcwidth uses.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
        0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// `text` cut to at most `columns` display columns, never splitting a character; when cut,
    /// it ends with `...` (ASCII, so the width is the same in every terminal).
    package static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        let ellipsis = columns >= 4 ? "..." : ""
        let budget = columns - ellipsis.count
        var output = ""
        var used = 0
        for character in text {
            let characterWidth = width(of: character)
            if used + characterWidth > budget { break }
            output.append(character)
            used += characterWidth
        }
        return output + ellipsis
    }

    /// `text` padded with spaces to exactly `columns` (truncated first when longer).
    package static func pad(_ text: String, to columns: Int) -> String {
        let fitted = truncate(text, to: columns)
        return fitted + String(repeating: " ", count: max(0, columns - width(fitted)))
    }

    /// Lines of at most `columns` columns. Breaks at spaces, and between characters in
    /// Japanese text (not before closing punctuation such as 。、」 nor after opening brackets);
    /// keeps `\n` as a hard break; never splits a character; a word longer than a line is cut.
    package static func wrap(_ text: String, to columns: Int) -> [String] {
        wrap(text, to: columns, scalarShortcut: true)
    }

    /// ``wrap(_:to:)``, optionally without taking the scalar-by-scalar path (for tests).
    static func wrap(_ text: String, to columns: Int, scalarShortcut: Bool) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs(text) {
            let units = (scalarShortcut ? Units(scalarsOf: paragraph) : nil) ?? Units(charactersOf: paragraph)
            let count = units.widths.count
            var start = 0
            if count == 0 { lines.append("") }
            while start < count {
                var used = 0
                var index = start
                var lastBreak: Int?
                while index < count, used + units.widths[index] <= columns {
                    if index > start, units.canBreak(before: index) { lastBreak = index }
                    used += units.widths[index]
                    index += 1
                }
                if index == count {
                    lines.append(String(paragraph[units.bounds[start]...]))
                    break
                }
                var end = index > start && units.canBreak(before: index) ? index : (lastBreak ?? index)
                if end == start { end = start + 1 }
                var kept = end
                while kept > start, units.spaces[kept - 1] { kept -= 1 }
                lines.append(String(paragraph[units.bounds[start]..<units.bounds[kept]]))
                start = end
                while start < count, units.spaces[start] { start += 1 }
            }
        }
        return lines
    }

    /// The text's lines: split at each `\n` byte unless a `\r\n` makes one character of it.
    private static func paragraphs(_ text: String) -> [Substring] {
        guard !text.utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            text[$0.startIndex..<$0.endIndex]
        }
    }

    /// A paragraph as the characters wrapping works on: where each starts (and the end), its
    /// width, whether it is a space, and its scalar when it is one scalar (for the punctuation
    /// rules).
    private struct Units {
        var bounds: [Substring.Index] = []
        var widths: [Int] = []
        var spaces: [Bool] = []
        var scalars: [UInt32] = []

        /// Scalar by scalar, when every scalar is a character by itself; nil otherwise.
        init?(scalarsOf paragraph: Substring) {
            let view = paragraph.unicodeScalars
            var position = view.startIndex
            while position < view.endIndex {
                let value = view[position].value
                guard let width = standaloneWidth(value) else { return nil }
                bounds.append(position)
                widths.append(width)
                spaces.append(value == 0x20)
                scalars.append(value)
                position = view.index(after: position)
            }
            bounds.append(paragraph.endIndex)
        }

        init(charactersOf paragraph: Substring) {
            var position = paragraph.startIndex
            while position < paragraph.endIndex {
                let character = paragraph[position]
                bounds.append(position)
                widths.append(width(of: character))
                spaces.append(character.asciiValue == 0x20)
                scalars.append(onlyScalar(of: character) ?? UInt32.max)
                position = paragraph.index(after: position)
            }
            bounds.append(paragraph.endIndex)
        }

        /// Whether a line may start at unit `index`: at a space, or beside a wide character
        /// unless the punctuation forbids it (looked up only then: most pairs are narrow).
        func canBreak(before index: Int) -> Bool {
            if spaces[index] || spaces[index - 1] { return true }
            guard widths[index - 1] == 2 || widths[index] == 2 else { return false }
            return !noBreakBefore.contains(scalars[index]) && !noBreakAfter.contains(scalars[index - 1])
        }
    }

    private static let noBreakBefore = scalars(
        "、。，．・：；？！ー」』）］｝〕〉》】ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)]}:;!?%")
    private static let noBreakAfter = scalars("「『（［｛〔〈《【([{")

    private static func scalars(_ characters: String) -> Set<UInt32> { Set(characters.unicodeScalars.map(\.value)) }
}
