/// What backs an answer: a text saying what and where (「決済代行会社の非保持化確認書 2026-10」),
/// a file recorded by name, size and SHA-256 (never its content), or both; with the time it
/// was recorded.
///
/// In the file, an item is an object `{"text"?, "file"?: {"path", "size", "sha256"},
/// "recordedAt"}`; a plain string is a text recorded before items had a date (files of earlier
/// releases), and is written back as a string.
public struct Evidence: Sendable, Hashable {
    /// What and where, in the owner's words.
    public var text: String?
    /// The file, when one was recorded.
    public var file: EvidenceFile?
    /// When it was recorded; `nil` only for a text from a file of an earlier release.
    public var recordedAt: Timestamp?

    /// An evidence item; give a text, a file or both.
    public init(text: String? = nil, file: EvidenceFile? = nil, recordedAt: Timestamp?) {
        self.text = text
        self.file = file
        self.recordedAt = recordedAt
    }

    /// One line: the text, then the file's name, size and hash (the first 12 hex digits when
    /// `shortHash`, as printed; all 64 otherwise).
    public func line(shortHash: Bool = false) -> String {
        var parts: [String] = []
        if let text { parts.append(text) }
        if let file {
            let hash = shortHash ? String(file.sha256.prefix(12)) + "…" : file.sha256
            parts.append("\(file.path) (\(file.size) B, SHA-256 \(hash))")
        }
        return parts.joined(separator: " — ")
    }

    /// 「2026-10-05 記録、2か月前」: when it was recorded and how long ago at `asOf`; `nil` for
    /// an item without a date.
    public func age(asOf: Timestamp, language: Language) -> String? {
        guard let recordedAt else { return nil }
        let days = max(0, Int((asOf.secondsSince1970 - recordedAt.secondsSince1970) / 86_400))
        let ago =
            switch days {
            case 0: Phrase.today(language)
            case 1: Phrase.oneDayAgo(language)
            case ..<60: Phrase.daysAgo(language, days)
            default: Phrase.monthsAgo(language, days * 12 / 365)
            }
        return Phrase.evidenceAge(language, recordedAt.dateText, ago)
    }

    /// Whether the item is older than `days` at `asOf` (an item without a date is).
    public func isOlder(than days: Int, asOf: Timestamp) -> Bool {
        guard let recordedAt else { return true }
        return asOf.secondsSince1970 - recordedAt.secondsSince1970 > Int64(days) * 86_400
    }
}

/// A file recorded as evidence: where it is (relative to the assessment when it is beside it
/// or below), its size in bytes and its SHA-256 in lowercase hex.
public struct EvidenceFile: Sendable, Hashable {
    /// The path as recorded.
    public var path: String
    /// Its size in bytes.
    public var size: Int
    /// Its SHA-256, 64 lowercase hex digits.
    public var sha256: String

    /// A recorded file.
    public init(path: String, size: Int, sha256: String) {
        self.path = path
        self.size = size
        self.sha256 = sha256
    }

    /// Whether `text` is 64 lowercase hex digits.
    static func isHexDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension Evidence: ExpressibleByStringLiteral {
    /// A text without a date, as files of earlier releases hold them.
    public init(stringLiteral text: String) { self.init(text: text, recordedAt: nil) }
}
