/// Small word helpers for messages: quoting and "did you mean".
extension String {
    /// Empty or only whitespace. Fast for the usual text that starts with a visible ASCII character.
    var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        // A first scalar that is not whitespace makes a first character that is not (Japanese
        // text): answered without breaking the text into characters.
        if let first = unicodeScalars.first, !first.properties.isWhitespace { return false }
        return allSatisfy(\.isWhitespace)
    }
}

extension String {
    /// The text as a Japanese keyboard's full-width input means it: full-width ASCII
    /// (`ＢＬＤ０４`) as ASCII, the ideographic space as a space, and the dashes an IME produces
    /// (－ − ‐ ‑ ‒ – — ― ー) as `-`. The compatibility folding of NFKC for what ids, dates and
    /// status names use; other text is unchanged.
    package var foldingWidth: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x2010...0x2015, 0x2212, 0x30FC, 0xFF70: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

package func quoted(_ text: String) -> String {
    var output = ""
    JSONWriter.appendString(text, into: &output)
    return output
}

/// The candidate within edit distance 2 of `word`, for "did you mean" hints.
package func closest(to word: String, among candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
    let target = Array(word.lowercased())
    let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < word.count else { return nil }
    return best.0
}
