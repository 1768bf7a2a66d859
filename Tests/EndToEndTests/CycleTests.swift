import Foundation
import TestSupport
import Testing

/// The quarterly cycle through the real binary: the next quarter from the last, its details,
/// and the warnings that keep two shops or a copied file from passing for a series.
@Suite("ecsec: the quarterly cycle")
struct CycleTests {
    static let q3 = Repository.path("Examples/quarters/shop-2026-Q3.json")
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("new --from starts the next quarter", arguments: ["ja", "en"])
    func newFrom(lang: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("shop-2027-Q1.json")
        let created = try Runner.run(["new", file, "--from", Self.q4, "--lang", lang])
        #expect(created.status == 0, "\(created)")
        // Q4 answered ipa-ec-site 1.0; Q1 moves to 1.2, the answers following what replaced them.
        #expect(created.stdout.contains("2027-Q1") && created.stdout.contains("ipa-ec-site 1.2"), "\(created.stdout)")
        let next = try Self.json(try scratch.read("shop-2027-Q1.json"))
        let previous = try Self.json(String(contentsOfFile: Self.q4, encoding: .utf8))
        #expect(next["id"] as? String != previous["id"] as? String)
        #expect(next["createdAt"] as? String != previous["createdAt"] as? String)
        #expect(next["period"] as? String == "2027-Q1")
        // The chain: the previous file's answers hash, as an independent SHA-256 of its
        // canonical JSON (Python's json and hashlib) computes it.
        let hash = try Self.independentAnswersHash(Self.q4)
        #expect(
            next["previous"] as? [String: String] == [
                "id": previous["id"] as! String, "period": "2026-Q4", "answersHash": hash,
            ])
        for key in ["organization", "site", "assessor"] { #expect(next[key] as? String == previous[key] as? String) }
        #expect(next["profile"] as? [String: String] == previous["profile"] as? [String: String])
        let answers = try #require(next["answers"] as? [String: [String: Any]])
        // 31 answers become 37: OPS-09 continues as OPS-21, 22, 23; BLD-05 as BLD-15 and OPS-16;
        // OPS-13 as OPS-26 and 27 (1.1); OPS-05 as OPS-28 and 29, OPS-07 as OPS-31 and 32, CARD-01
        // as CARD-05 (1.2). The answers of MGT-05 and BLD-06 (no control since 1.1) are kept.
        #expect((previous["answers"] as? [String: Any])?.count == 31 && answers.count == 37)
        for id in ["OPS-21", "OPS-22", "OPS-23"] { #expect(answers[id]?["note"] as? String == "全管理者アカウントで二要素認証を有効化") }
        #expect(answers["MGT-05"] != nil && answers["BLD-06"] != nil)
        #expect(answers.values.allSatisfy { $0["carriedFrom"] as? String == "2026-Q4" })
        #expect((answers["OPS-31"]?["plan"] as? [String: String])?["owner"] == "店長 佐藤")
        #expect(try scratch.mode("shop-2027-Q1.json") == 0o600)

        let score = try Self.json(try Runner.run(["score", file, "--format", "json"]).stdout)
        // In scope 53 (the new profile questions are unanswered), 34 of them carried: every
        // carried answer but BLD-07's (a shop taking cards).
        #expect((score["overall"] as? [String: Any])?["carried"] as? Int == 34)
        let text = try Runner.run(["score", file, "--lang", lang]).stdout
        #expect(text.contains(lang == "ja" ? "前回から引き継いで未確認: 34件" : "carried over, unconfirmed: 34"))
        // Answering again (the same status) confirms; the diff with Q4 has no warning.
        _ = try Runner.run(["answer", file, "OPS-31", "notImplemented", "--note", "USBを紛失"])
        let after = try Self.json(try Runner.run(["score", file, "--format", "json"]).stdout)
        #expect((after["overall"] as? [String: Any])?["carried"] as? Int == 33)
        let diff = try Self.json(try Runner.run(["diff", Self.q4, file, "--format", "json"]).stdout)
        #expect((diff["warnings"] as? [Any])?.isEmpty == true)
        let notes = try Runner.run(["diff", Self.q4, file, "--notes", "--lang", lang]).stdout
        #expect(notes.contains(": USBを紛失"), "\(notes)")
    }

    @Test("bad input to new --from: one line, exit 1, nothing written", arguments: ["ja", "en"])
    func badFrom(lang: String) throws {
        let scratch = try Scratch()
        try scratch.write("broken.json", "{\"schema\": ")
        let noPeriod = scratch.file("noperiod.json")
        _ = try Runner.run(["new", noPeriod, "--organization", "Shop"])
        let cases: [([String], String)] = [
            (["--from", scratch.file("missing.json")], "missing.json"),
            (["--from", scratch.file("broken.json")], "broken.json"),
            (["--from", Self.q4, "--checklist", "card-security-ec-merchant"], "card-security-ec-merchant"),
            (["--from", Self.q4, "--period", " "], "--period"),
            (["--from", noPeriod], "--period"),
        ]
        for (arguments, mention) in cases {
            let result = try Runner.run(["new", scratch.file("next.json")] + arguments + ["--lang", lang])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.hasPrefix("ecsec: ") && result.stderr.contains(mention), "\(arguments): \(result)")
            #expect(!FileManager.default.fileExists(atPath: scratch.file("next.json")), "\(arguments)")
        }
    }

    /// The cart and payment provider by name: set with `set` (or `new`), carried by `new --from`,
    /// printed with the details of every report so a reader knows which services the shop uses.
    @Test func theCartAndPaymentProviderAreNamedOnTheReport() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop-2026-Q4.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let set = try Runner.run([
            "set", file, "--cart", "  Shopify\n", "--payment-provider", "GMOペイメントゲートウェイ", "--lang", "ja",
        ])
        #expect(set.status == 0 && set.stdout.contains("カート・プラットフォーム: Shopify"), "\(set)")
        let document = try Self.json(try scratch.read("shop-2026-Q4.json"))
        #expect(document["cart"] as? String == "Shopify" && document["paymentProvider"] as? String == "GMOペイメントゲートウェイ")
        for (format, expected) in [
            ("html", "<th>決済代行会社</th><td>GMOペイメントゲートウェイ</td>"), ("md", "| カート・プラットフォーム | Shopify |"),
        ] {
            let report = try Runner.run(["report", file, "--format", format, "--lang", "ja"])
            #expect(report.status == 0 && report.stdout.contains(expected), "\(format): \(report.stdout.prefix(3000))")
        }
        let next = scratch.file("shop-2027-Q1.json")
        #expect(try Runner.run(["new", next, "--from", file]).status == 0)
        let carried = try Self.json(try scratch.read("shop-2027-Q1.json"))
        #expect(carried["cart"] as? String == "Shopify" && carried["paymentProvider"] as? String == "GMOペイメントゲートウェイ")
        #expect(try Runner.run(["set", next, "--cart", ""]).status == 0)
        #expect(try Self.json(try scratch.read("shop-2027-Q1.json"))["cart"] == nil, "an empty value removes it")
        let fresh = scratch.file("other.json")
        let created = try Runner.run([
            "new", fresh, "--organization", "茶舗", "--cart", "BASE", "--payment-provider", "BASE",
        ])
        #expect(created.status == 0, "\(created)")
        #expect(try Self.json(try scratch.read("other.json"))["cart"] as? String == "BASE")
    }

    /// The answers hash of `path` as Python computes it (RFC 8785 for these files: ASCII keys).
    static func independentAnswersHash(_ path: String) throws -> String {
        let script = """
            import json, sys, hashlib
            d = json.load(open(sys.argv[1], encoding="utf-8"))
            c = json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            print("sha256:" + hashlib.sha256(c).hexdigest())
            """
        let result = try Runner.run(["-c", script, path], binary: "/usr/bin/python3")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `score --format json` and every report carry the same answers hash as an independent
    /// implementation computes; a re-indented copy has the same, an edited one another.
    @Test func theAnswersHashIsPrintedAndIndependent() throws {
        let hash = try Self.independentAnswersHash(Self.q4)
        let score = try Self.json(try Runner.run(["score", Self.q4, "--format", "json"]).stdout)
        #expect(score["answersHash"] as? String == hash && hash.hasPrefix("sha256:") && hash.count == 71)
        for format in ["html", "markdown", "csv", "oscal"] {
            let report = try Runner.run(["report", Self.q4, "--format", format, "--lang", "ja"])
            #expect(report.status == 0 && report.stdout.contains(hash), "\(format) does not print the hash")
        }
        let scratch = try Scratch()
        let copy = scratch.file("copy.json")
        let reindented = try Runner.run(
            [
                "-c", "import json,sys; d=json.load(open(sys.argv[1])); json.dump(d, open(sys.argv[2],'w'), indent=4)",
                Self.q4, copy,
            ], binary: "/usr/bin/python3")
        #expect(reindented.status == 0)
        #expect(
            try Self.json(try Runner.run(["score", copy, "--format", "json"]).stdout)["answersHash"] as? String == hash)
        _ = try Runner.run(["answer", copy, "MGT-05", "partial"])
        let edited =
            try Self.json(try Runner.run(["score", copy, "--format", "json"]).stdout)["answersHash"] as? String
        let independent = try Self.independentAnswersHash(copy)
        #expect(edited != hash && edited == independent)
    }

    @Test func setChangesTheDetailsAndRespectsTheLock() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let set = try Runner.run([
            "set", file, "--period", "2027-Q1", "--assessor", "副店長 田中", "--site", "", "--lang", "en",
        ])
        #expect(set.status == 0, "\(set)")
        let document = try Self.json(try scratch.read("shop.json"))
        #expect(document["period"] as? String == "2027-Q1" && document["assessor"] as? String == "副店長 田中")
        #expect(document["site"] == nil && document["organization"] as? String == "さくら雑貨店")
        #expect(set.stdout.contains("Period: 2027-Q1"))
        let before = try scratch.bytes("shop.json")
        let blank = try Runner.run(["set", file, "--period", "", "--lang", "ja"])
        #expect(blank.status == 1 && blank.stderr.contains("--period"))
        try scratch.write(".shop.json.lock", "999999999\n")  // held by nobody: taken over
        #expect(try Runner.run(["set", file, "--organization", "さくら雑貨店"]).status == 0)
        #expect(try scratch.bytes("shop.json") == before)

        // Held by another process (as `ecsec assess` holds it): refused, file untouched.
        let lock = open(scratch.file(".shop.json.lock"), O_RDWR | O_CREAT, 0o600)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }
        let held = try Runner.run(["set", file, "--period", "2027-Q2", "--lang", "ja"])
        #expect(held.status == 1 && held.stderr.contains("別の ecsec"), "\(held)")
        #expect(try scratch.bytes("shop.json") == before)
    }

    /// A `previous` that is not an assessment id is refused when read, with its path.
    @Test func aBrokenPreviousIsRefused() throws {
        let scratch = try Scratch()
        var text = try String(contentsOfFile: Self.q4, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"profile\": {", with: "\"previous\": {\"id\": \"last quarter\"},\n  \"profile\": {")
        try scratch.write("broken.json", text)
        let result = try Runner.run(["validate", scratch.file("broken.json")])
        #expect(
            result.status == 1 && result.stderr.contains("$.previous.id: \"last quarter\" is not a UUID"), "\(result)")
    }

    @Test func copiesAndOtherShopsAreReported() throws {
        let scratch = try Scratch()
        let copy = scratch.file("copy.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: copy)
        _ = try Runner.run(["set", copy, "--period", "2027-Q1"])
        let diff = try Runner.run(["diff", Self.q4, copy, "--lang", "ja"]).stdout
        #expect(diff.contains("注意: 2つのファイルが同じ評価ID"), "\(diff)")
        let other = scratch.file("other.json")
        _ = try Runner.run(["new", other, "--organization", "もみじ商店", "--period", "2026-Q4"])
        let json = try Self.json(try Runner.run(["diff", Self.q3, other, "--format", "json"]).stdout)
        #expect((json["warnings"] as? [[String: Any]])?.map { $0["code"] as? String } == ["differentOrganization"])
        let next = scratch.file("next.json")
        _ = try Runner.run(["new", next, "--from", Self.q4])
        let notPrevious = try Self.json(try Runner.run(["diff", Self.q3, next, "--format", "json"]).stdout)
        #expect((notPrevious["warnings"] as? [[String: Any]])?.map { $0["code"] as? String } == ["notPrevious"])

        try FileManager.default.copyItem(atPath: Self.q4, toPath: scratch.file("q4.json"))
        let summary = try Self.json(try Runner.run(["summary", scratch.path, "--format", "json"]).stdout)
        let entry = try #require((summary["checklists"] as? [[String: Any]])?.first)
        let duplicates = try #require(entry["duplicateIds"] as? [[String: Any]])
        #expect(duplicates.map { $0["id"] as? String } == ["0b7c7c1e-5d0a-4c52-9a43-2f0d1c8e9a02"])
        #expect(duplicates.first?["files"] as? Int == 2)
        let text = try Runner.run(["summary", scratch.path, "--lang", "en"]).stdout
        #expect(text.contains("warning: files sharing an assessment id (copies?):"), "\(text)")
        #expect(text.contains("0b7c7c1e-5d0a-4c52-9a43-2f0d1c8e9a02 (2)"))
    }

    @Test func oscalOfACopyHasItsOwnUUIDs() throws {
        let scratch = try Scratch()
        let copy = scratch.file("copy.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: copy)
        _ = try Runner.run(["set", copy, "--period", "2027-Q1"])
        func uuids(_ file: String) throws -> Set<String> {
            let text = try Runner.run(["report", file, "--format", "oscal"]).stdout
            return Set(
                text.split(separator: "\n").filter { $0.contains("\"uuid\"") }.map {
                    String($0.split(separator: "\"")[3])
                })
        }
        let original = try uuids(Self.q4)
        let copied = try uuids(copy)
        #expect(original.count > 40 && original.isDisjoint(with: copied))
        #expect(try uuids(copy) == copied)
    }
}
