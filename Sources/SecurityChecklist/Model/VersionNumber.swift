public struct VersionNumber: Sendable, Hashable, Comparable {
    /// The numbers between the dots, trailing zeros dropped (`1.0` is `[1]`).
    public let parts: [Int]

    /// Parses dotted non-negative integers; `nil` for anything else.
    public init?(_ text: String) {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        var parts: [Int] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.utf8.count <= 9, piece.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = Int(piece)
            else { return nil }
            parts.append(number)
        }
        while parts.count > 1, parts.last == 0 { parts.removeLast() }
        self.parts = parts
    }

    /// Compares number by number: `1.9` < `1.10`.
    public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}
