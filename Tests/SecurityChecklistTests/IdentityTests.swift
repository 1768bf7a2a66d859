import Testing

@testable import SecurityChecklist

/// Known-answer tests: the OSCAL UUIDs are only stable if SHA-1 and the name-based UUIDs are
/// exactly the published algorithms.
@Suite("SHA-1 and name-based UUIDs")
struct IdentityTests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// FIPS 180 / RFC 3174 test vectors.
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (String(repeating: "a", count: 1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
    ])
    func sha1KnownAnswers(message: String, digest: String) {
        #expect(Self.hex(SHA1.hash(Array(message.utf8))) == digest)
    }

    /// Messages around the 55/56/64-byte padding boundaries hash like any other length.
    @Test func sha1PaddingBoundaries() {
        let expected = [
            55: "c1c8bbdc22796e28c0e15163d20899b65621d65a", 56: "c2db330f6083854c99d4b5bfb6e8f29f201be699",
            63: "03f09f5b158a7a8cdad920bddc29b81c18a551f5", 64: "0098ba824b5c16427bd7a1122a5a442a25ec644d",
        ]
        for (length, digest) in expected {
            #expect(Self.hex(SHA1.hash(Array(String(repeating: "a", count: length).utf8))) == digest, "\(length) bytes")
        }
    }

    /// RFC 4122 version 5 (SHA-1) UUIDs, as Python's `uuid.uuid5` computes them.
    @Test(arguments: [
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"),
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"),
        ("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://example.jp/ア", "cb9b9318-5de6-56b6-bdfd-3c5ef8505aed"),
    ])
    func nameBasedUUIDs(namespace: String, name: String, uuid: String) {
        #expect(NameBasedUUID.make(namespace: namespace, name: name) == uuid)
    }
}
