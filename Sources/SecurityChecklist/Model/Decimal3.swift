/// An exact decimal number with at most three fractional digits, stored in thousandths.
///
/// Weights, points and level thresholds are read into this type so scoring is exact integer
/// arithmetic: no binary floating point ever decides a rounding or a level.
public struct Decimal3: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times 1000.
    public let thousandths: Int64

    /// The largest magnitude accepted from a file: one million.
    public static let maximumMagnitude: Int64 = 1_000_000_000

    /// The value `thousandths / 1000`.
    public init(thousandths: Int64) { self.thousandths = thousandths }
    /// A whole number.
    public init(_ integer: Int) { self.thousandths = Int64(integer) * 1000 }

    /// Zero.
    public static let zero = Decimal3(thousandths: 0)

    /// Compares the values.
    public static func < (lhs: Decimal3, rhs: Decimal3) -> Bool { lhs.thousandths < rhs.thousandths }

    /// Parses JSON number text exactly. Fails for more than three fractional digits
    /// (after trailing zeros are dropped) or a magnitude over one million.
    public init?(jsonText text: String) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var inFraction = false
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        var exponentDigits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                    exponentDigits += 1
                    if exponent > 100 { return nil }
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                    if inFraction { fractionDigits += 1 }
                }
            case UInt8(ascii: "."):
                guard !inFraction, !inExponent else { return nil }
                inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !inExponent, !digits.isEmpty else { return nil }
                inExponent = true
            case UInt8(ascii: "+") where inExponent && exponentDigits == 0: exponentSign = 1
            case UInt8(ascii: "-") where inExponent && exponentDigits == 0: exponentSign = -1
            default: return nil
            }
        }
        guard !digits.isEmpty, !(inExponent && exponentDigits == 0) else { return nil }
        // value = digits × 10^(exponent − fractionDigits); we want value × 1000.
        var scale = exponentSign * exponent - fractionDigits + 3
        while scale < 0, digits.last == 0 {
            digits.removeLast()
            scale += 1
        }
        guard scale >= 0 else { return nil }
        while digits.count > 1, digits.first == 0 { digits.removeFirst() }
        guard digits.count + scale <= 13 else { return nil }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit) }
        for _ in 0..<scale { value *= 10 }
        guard value <= Self.maximumMagnitude else { return nil }
        self.thousandths = negative ? -value : value
    }

    /// The shortest decimal text: `5`, `2.5`, `-1`, `0.125`.
    public var description: String {
        let magnitude = thousandths.magnitude
        var text = String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (thousandths < 0 ? "-" : "") + text
    }
}
