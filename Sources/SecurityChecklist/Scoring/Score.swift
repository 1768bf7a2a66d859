/// An exact score: a fraction of integers, so rounding and levels never depend on binary
/// floating point. Printed rounded half away from zero to one decimal (`62.5`, `60.0`).
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator of the reduced fraction; negative for negative scores.
    public let numerator: Int64
    /// Always positive.
    public let denominator: Int64

    /// The fraction `numerator / denominator`, reduced. `denominator` must not be 0.
    public init(numerator: Int64, denominator: Int64) {
        precondition(denominator != 0, "a score's denominator is never 0")
        let sign: Int64 = denominator < 0 ? -1 : 1
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    /// The exact value of a ``Decimal3``.
    public init(_ decimal: Decimal3) { self.init(numerator: decimal.thousandths, denominator: 1000) }

    /// The score times ten, rounded half away from zero: `62.45` → `625`.
    public var tenths: Int64 {
        // In 128 bits: numerator × 20 may not fit in 64.
        let scaled = UInt128(numerator.magnitude) * 10
        let rounded = (scaled * 2 + UInt128(denominator.magnitude)) / (UInt128(denominator.magnitude) * 2)
        return numerator < 0 ? -Int64(rounded) : Int64(rounded)
    }

    /// One decimal: `62.5`, `60.0`, `-1.0`.
    public var description: String {
        let value = tenths
        return (value < 0 ? "-" : "") + "\(value.magnitude / 10).\(value.magnitude % 10)"
    }

    /// Compares exactly, without rounding.
    public static func < (lhs: Score, rhs: Score) -> Bool {
        lhs.numerator.multipliedFullWidth(by: rhs.denominator) < rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    }

    /// Equal values are equal fractions (scores are kept reduced).
    public static func == (lhs: Score, rhs: Score) -> Bool {
        lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
    }

    /// Hashes the reduced fraction.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}
