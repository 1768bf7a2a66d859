import Crypto

/// SHA-1, only for name-based (version 5) UUIDs, which RFC 4122 defines with SHA-1. Not used
/// for anything security-relevant; swift-crypto computes it (ADR 9).
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] { Array(Insecure.SHA1.hash(data: message)) }
}

/// Name-based UUIDs (RFC 4122 version 5), so exports get the same ids every time.
package enum NameBasedUUID {
    /// The UUID for `name` in the namespace `namespace` (itself a UUID), lower case.
    package static func make(namespace: String, name: String) -> String {
        // The URL namespace as a fallback.
        var bytes = parse(namespace) ?? parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")!
        bytes += Array(name.utf8)
        var hash = Array(SHA1.hash(bytes).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50
        hash[8] = (hash[8] & 0x3F) | 0x80
        let characters = Array(Hex.encode(hash))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }

    static func parse(_ text: String) -> [UInt8]? {
        let hex = Array(text.filter { $0 != "-" })
        guard hex.count == 32 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: 32, by: 2) {
            guard let byte = UInt8(String(hex[i...i + 1]), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
