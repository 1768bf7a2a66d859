extension Score {
    /// Zero points.
    public static let zero = Score(numerator: 0, denominator: 1)

    /// The exact sum.
    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator)
    }

    /// The exact difference.
    public static func - (lhs: Score, rhs: Score) -> Score {
        Score(
            numerator: lhs.numerator * rhs.denominator - rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator)
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
            let scaled = Score(numerator: value.numerator * 10, denominator: value.denominator)
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
