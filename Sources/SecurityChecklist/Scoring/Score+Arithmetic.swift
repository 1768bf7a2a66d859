extension Score {
    /// Zero points.
    public static let zero = Score(numerator: 0, denominator: 1)

    /// The exact sum; a result whose reduced parts exceed 64 bits is within 10⁻¹⁵ of itself.
    public static func + (lhs: Score, rhs: Score) -> Score { combine(lhs, rhs, +) }

    /// The exact difference; a result whose reduced parts exceed 64 bits is within 10⁻¹⁵ of itself.
    public static func - (lhs: Score, rhs: Score) -> Score { combine(lhs, rhs, -) }

    /// `lhs ± rhs` over the least common denominator, in 128-bit arithmetic: no input a file
    /// may carry can overflow it.
    private static func combine(_ lhs: Score, _ rhs: Score, _ operation: (Int128, Int128) -> Int128) -> Score {
        let common = Int128(Score.gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let left = Int128(lhs.denominator) / common
        let right = Int128(rhs.denominator) / common
        return Score(
            exactly: operation(Int128(lhs.numerator) * right, Int128(rhs.numerator) * left),
            over: left * Int128(rhs.denominator))
    }

    /// `numerator / denominator` reduced. When even the reduced fraction does not fit in 64-bit
    /// parts (sums over very large custom checklists), both parts are halved until it does: the
    /// value then differs from the exact one by less than 10⁻¹⁵ of itself, far below the tenths
    /// every output shows.
    init(exactly numerator: Int128, over denominator: Int128) {
        var (n, d) = (numerator, denominator)
        if d < 0 { (n, d) = (-n, -d) }
        let divisor = Self.gcd128(n.magnitude, d.magnitude)
        n /= Int128(divisor)
        d /= Int128(divisor)
        while n.magnitude > UInt128(Int64.max) || d > Int128(Int64.max) {
            n /= 2
            d = max(1, d / 2)
        }
        self.init(numerator: Int64(n), denominator: Int64(d))
    }

    private static func gcd128(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// A score from tenths: `Score(tenths: 625)` is 62.5.
    public init(tenths: Int64) { self.init(numerator: tenths, denominator: 10) }

    /// The text with an explicit sign for deltas: `+6.2`, `-2.0`, `0.0`.
    public var signedDescription: String {
        tenths > 0 ? "+" + description : description
    }

    /// Rounds each value to tenths (largest remainder) so the rounded values add up exactly to
    /// `total` tenths. Used so printed impacts sum to the printed delta.
    /// - Complexity: O(n log n).
    public static func apportion(_ values: [Score], totalTenths total: Int64) -> [Int64] {
        guard !values.isEmpty else { return [] }
        // Floor of each value in tenths, then hand out the remaining tenths by largest remainder.
        var floors: [Int64] = []
        var remainders: [(index: Int, remainder: Score)] = []
        for (index, value) in values.enumerated() {
            let scaled = Score(exactly: Int128(value.numerator) * 10, over: Int128(value.denominator))
            let floor =
                scaled.numerator >= 0
                ? scaled.numerator / scaled.denominator
                : -((-scaled.numerator + scaled.denominator - 1) / scaled.denominator)
            floors.append(floor)
            remainders.append((index, scaled - Score(numerator: floor, denominator: 1)))
        }
        var missing = total - floors.reduce(0, +)
        let order = remainders.sorted {
            $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index
        }
        var result = floors
        if missing > 0 {
            for item in order.prefix(Int(min(missing, Int64(order.count)))) { result[item.index] += 1 }
            missing -= min(missing, Int64(order.count))
            if missing > 0 { result[order[0].index] += missing }
        } else if missing < 0 {
            for item in order.reversed().prefix(Int(min(-missing, Int64(order.count)))) { result[item.index] -= 1 }
            missing += min(-missing, Int64(order.count))
            if missing < 0 { result[order.last!.index] += missing }
        }
        return result
    }
}

extension Score {
    /// The score as a fraction of `maximum` (0...1), for bars.
    public func fraction(of maximum: Score) -> Double {
        guard maximum.numerator != 0 else { return 0 }
        return (Double(numerator) / Double(denominator)) / (Double(maximum.numerator) / Double(maximum.denominator))
    }
}
