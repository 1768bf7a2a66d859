#if canImport(Glibc)
    import Glibc
#endif

extension String {
    /// Whether this string's UTF-8 bytes sort before `other`'s: the order of every sorted list
    /// in the files and outputs (stable across platforms and locales, unlike `<`). Compares
    /// the stored bytes directly when both are native strings (sorting 120,000 answer ids
    /// by `utf8.lexicographicallyPrecedes` was a tenth of a large save).
    package func utf8Precedes(_ other: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs -> Bool in
                let common = min(mine.count, theirs.count)
                let order = common == 0 ? 0 : memcmp(mine.baseAddress!, theirs.baseAddress!, common)
                return order != 0 ? order < 0 : mine.count < theirs.count
            }
        }
        if let result = fast ?? nil { return result }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }
}
