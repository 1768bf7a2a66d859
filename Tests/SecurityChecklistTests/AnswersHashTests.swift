import TestSupport
import Testing

@testable import SecurityChecklist

/// The answers hash against test vectors made by an independent implementation (Python's json
/// and hashlib; `Fixtures/answers-hash/README.md`): the same for a re-formatted copy, another
/// after one answer changes, and the canonical bytes byte for byte.
@Suite("Answers hash")
struct AnswersHashTests {
    static func load(_ name: String) throws -> Assessment {
        let path = Repository.path("Tests/SecurityChecklistTests/Fixtures/answers-hash/" + name)
        return try Assessment(json: DocumentFile.read(path), source: name)
    }

    @Test(arguments: [
        ("shop-2026-Q4.json", "sha256:e6a52ca65cdc32bfda6fcfb267bd989fa27e7a177e0f5770da80b40d7c03787d"),
        ("shop-2026-Q4-reformatted.json", "sha256:e6a52ca65cdc32bfda6fcfb267bd989fa27e7a177e0f5770da80b40d7c03787d"),
        ("shop-2026-Q4-edited.json", "sha256:3e808f4830c8a8296528e41fd1b2008ac69e2c6cc27fefe9da377e54646ab311"),
    ])
    func theHashMatchesTheVectors(file: String, hash: String) throws {
        #expect(try Self.load(file).answersHash == hash)
    }

    @Test func theCanonicalFormIsRFC8785() throws {
        let path = Repository.path("Tests/SecurityChecklistTests/Fixtures/answers-hash/shop-2026-Q4.canonical.json")
        let expected = try DocumentFile.read(path)
        #expect(CanonicalJSON.bytes(try Self.load("shop-2026-Q4.json").jsonValue) == expected)
        // Keys in UTF-16 order (U+FF61 sorts after U+1F600 in code points, before it in UTF-16),
        // control characters escaped as JSON.stringify does, integers as integers.
        let value = try JSONParser.parse(#"{"\uD83D\uDE00":1,"｡":2,"a":"\u0001\n\"\\é","n":[-0,10]}"#)
        let text = String(decoding: CanonicalJSON.bytes(value), as: UTF8.self)
        #expect(text == #"{"a":"\u0001\n\"\\é","n":[0,10],"😀":1,"｡":2}"#)
    }
}
