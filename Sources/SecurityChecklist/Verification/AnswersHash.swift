import Crypto

extension Assessment {
    /// The answers hash: `sha256:` and the lowercase hex SHA-256 of the assessment's canonical
    /// JSON (RFC 8785, the JSON Canonicalization Scheme) — everything the file says, independent
    /// of its layout.
    /// Every report prints it, so a printed page is tied to one answers file; anyone can
    /// recompute it from the file with a JCS implementation and `sha256sum`, without ecsec.
    public var answersHash: String { Self.answersHash(of: jsonValue) }

    /// The answers hash of an assessment file's JSON text as it was read.
    package static func answersHash(of value: JSONValue) -> String {
        "sha256:" + Hex.sha256(CanonicalJSON.bytes(value))
    }

    /// Whether `text` is an answers hash: `sha256:` and 64 lowercase hex digits.
    public static func isAnswersHash(_ text: String) -> Bool {
        text.hasPrefix("sha256:") && EvidenceFile.isHexDigest(String(text.dropFirst(7)))
    }

}
