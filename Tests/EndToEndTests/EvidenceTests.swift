import Foundation
import TestSupport
import Testing

/// Evidence files recorded by name, size and SHA-256: kept relative beside the assessment,
/// re-hashed by `evidence --check` and `verify`, a missing file refused before anything is saved.
@Suite("Evidence files")
struct EvidenceTests {
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")

    @Test func aFileIsRecordedAndCheckedAgain() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        try FileManager.default.createDirectory(atPath: scratch.file("evidence"), withIntermediateDirectories: true)
        try scratch.write("evidence/確認書.pdf", "%PDF-1.4 non-retention letter")
        let recorded = try Runner.run([
            "answer", file, "CARD-01", "delegated", "--provider", "Example Pay", "--evidence", "非保持化確認書 2026-10",
            "--evidence-file", scratch.file("evidence/確認書.pdf"),
        ])
        #expect(recorded.status == 0, "\(recorded)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try scratch.read("shop.json").utf8)) as? [String: Any])
        let answers = try #require(document["answers"] as? [String: [String: Any]])
        let items = try #require(answers["CARD-01"]?["evidence"] as? [[String: Any]])
        let record = try #require(items.last?["file"] as? [String: Any])
        let expectedHash = try Runner.run(["-c", "sha256sum '\(scratch.file("evidence/確認書.pdf"))'"], binary: "/bin/sh")
            .stdout.split(separator: " ").first.map(String.init)
        #expect(record["path"] as? String == "evidence/確認書.pdf", "relative to the assessment's folder")
        #expect(record["sha256"] as? String == expectedHash && record["size"] as? Int == 29)
        #expect(items.first?["text"] as? String == "非保持化確認書 2026-10" && items.first?["recordedAt"] is String)

        let same = try Runner.run(["evidence", file, "--check", "--lang", "en"])
        #expect(same.status == 0 && same.stdout.contains("ok    the file is the one recorded"), "\(same)")
        // Every report names the file with its hash.
        for format in ["markdown", "csv", "oscal"] {
            let report = try Runner.run(["report", file, "--format", format])
            #expect(report.stdout.contains(try #require(expectedHash)), "\(format)")
        }

        try scratch.write("evidence/確認書.pdf", "%PDF-1.4 a different letter")
        let changed = try Runner.run(["evidence", file, "--check", "--lang", "ja"])
        #expect(changed.status == 1 && changed.stdout.contains("記録の後で変わっています"), "\(changed)")
        let verified = try Runner.run(["verify", file, "--signature", scratch.file("none.sig"), "--lang", "en"])
        #expect(verified.status == 1 && verified.stdout.contains("FAIL  evidence file evidence/確認書.pdf changed"))

        try FileManager.default.removeItem(atPath: scratch.file("evidence/確認書.pdf"))
        let missing = try Runner.run(["evidence", file, "--check", "--lang", "en"])
        #expect(missing.status == 1 && missing.stdout.contains("evidence file evidence/確認書.pdf is missing"))
    }

    @Test(arguments: ["ja", "en"])
    func aMissingEvidenceFileChangesNothing(lang: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let before = try scratch.bytes("shop.json")
        let result = try Runner.run([
            "answer", file, "MGT-05", "implemented", "--evidence-file", scratch.file("nowhere.pdf"), "--lang", lang,
        ])
        #expect(result.status == 1 && result.stderr.hasPrefix("ecsec: ") && result.stderr.contains("nowhere.pdf"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(try scratch.bytes("shop.json") == before)
    }
}

/// `report --format card-declaration` on the example shop's card answers: the answer to give on
/// the payment provider's declaration, never 実施 for a partial, unknown or unanswered measure.
@Suite("The payment provider's declaration")
struct CardDeclarationTests {
    static let card = Repository.path("Examples/card/shop-card-2026-Q4.json")

    @Test(arguments: ["ja", "en"])
    func theExampleShopsDeclaration(lang: String) throws {
        let result = try Runner.run([
            "report", Self.card, "--format", "card-declaration", "--lang", lang, "--as-of", "2026-12-01", "--tz", "UTC",
        ])
        #expect(result.status == 0, "\(result)")
        try Golden.check(result.stdout, "card-declaration-\(lang).md")
        // Item by item: CS-27 (partial), CS-18 (unknown) and CS-25 (unanswered) are not 実施.
        let items = result.stdout.components(separatedBy: "\n")
        func declared(_ id: String) -> String? {
            guard let index = items.firstIndex(where: { $0.contains("(\(id),") }) else { return nil }
            return items[index + 1]
        }
        let implemented = lang == "ja" ? "**実施" : "**Implemented"
        for id in ["CS-01", "CS-10", "CS-12", "CS-26"] {
            #expect(declared(id)?.contains(implemented) == true, "\(id): \(declared(id) ?? "missing")")
        }
        for id in ["CS-27", "CS-18", "CS-25"] {
            #expect(declared(id)?.contains(implemented) == false, "\(id): \(declared(id) ?? "missing")")
        }
    }

    @Test func otherChecklistsAreRefused() throws {
        let result = try Runner.run([
            "report", Repository.path("Examples/quarters/shop-2026-Q4.json"), "--format", "card-declaration", "--lang",
            "ja",
        ])
        #expect(result.status == 1 && result.stderr.contains("card-security-ec-merchant"), "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
