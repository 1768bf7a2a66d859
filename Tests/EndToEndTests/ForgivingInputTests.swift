import Foundation
import TestSupport
import Testing

/// What a Japanese keyboard types is accepted, typos are answered with a suggestion, and an
/// answer that will not do what the user expects says so.
@Suite("ecsec: input as a Japanese user types it")
struct ForgivingInputTests {
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")

    @Test(
        arguments: [
            (["ＢＬＤ－０４", "実施している"], "BLD-04", "implemented"),
            (["ＢＬＤ-04", "一部"], "BLD-04", "partial"),
            (["OPS－07", "Don't know"], "OPS-07", "unknown"),
            (["OPS-07", "ｎ／ａ", "--reason", "なし"], "OPS-07", "notApplicable"),
            (["MGT-01", "実施していない"], "MGT-01", "notImplemented"),
            (["MGT-01", "委託", "--provider", "保守会社"], "MGT-01", "delegated"),
        ] as [([String], String, String)])
    func acceptedAsTyped(_ arguments: [String], _ id: String, _ status: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let result = try Runner.run(["answer", file] + arguments + ["--lang", "ja"])
        #expect(result.status == 0, "\(result)")
        let document = try JSONSerialization.jsonObject(with: try scratch.bytes("shop.json")) as? [String: Any]
        let answers = try #require(document?["answers"] as? [String: [String: Any]])
        #expect(answers[id]?["status"] as? String == status)
    }

    @Test(arguments: [("ja", "もしかして implemented？"), ("en", "did you mean implemented?")])
    func statusTypoIsAnsweredWithASuggestion(lang: String, hint: String) throws {
        let result = try Runner.run(["answer", Self.q4, "OPS-07", "implemnted", "--lang", lang])
        #expect(result.status == 1 && result.stderr.contains(hint), "\(result)")
    }

    @Test func answersThatDoLessThanExpectedSayWhy() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let outOfScope = try Runner.run(["answer", file, "BLD-01", "implemented", "--lang", "en"])
        #expect(outOfScope.status == 0)
        #expect(outOfScope.stderr.contains("BLD-01 is out of scope for this shop's profile (platform=cart-asp)"))
        let provider = try Runner.run(["answer", file, "OPS-07", "partial", "--provider", "x", "--lang", "ja"])
        #expect(provider.status == 0)
        #expect(provider.stderr.contains("--provider は delegated のときだけ記録します"), "\(provider)")
        let document = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!document.contains(#""provider": "x""#))
    }
}

@Suite("ecsec checklists show")
struct QuestionSheetTests {
    static let cart = [
        "--profile", "platform=cart-asp", "--profile", "hosting=provider", "--profile", "cardHandling=provider",
        "--profile", "wordpress=no", "--profile", "members=yes",
    ]

    /// The sheet lists exactly the questions `assess` asks such a shop, in every format.
    @Test func everyQuestionForAProfile() throws {
        let json = try Runner.run(["checklists", "show", "ipa-ec-site", "--format", "json"] + Self.cart).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "ecsec/questions@1")
        let ids = (document["controls"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        let scratch = try Scratch()
        _ = try Runner.run(["new", scratch.file("a.json")] + Self.cart)
        let score = try Runner.run(["score", scratch.file("a.json"), "--format", "json"]).stdout
        let gaps = (try JSONSerialization.jsonObject(with: Data(score.utf8)) as? [String: Any])?["gaps"]
        let inScope = Set((gaps as? [[String: Any]] ?? []).compactMap { $0["control"] as? String })
        #expect(ids.count == 31 && Set(ids) == inScope)
        let all = try Runner.run(["checklists", "show", "ipa-ec-site", "--format", "json"]).stdout
        #expect(all.components(separatedBy: "\"priority\"").count - 1 == 45)

        let text = try Runner.run(["checklists", "show", "ipa-ec-site", "--lang", "ja"] + Self.cart).stdout
        #expect(text.contains("[必須] BLD-04  管理画面に接続できる端末を制限する") && text.contains("確認方法: "))
        let markdown = try Runner.run(["checklists", "show", "ipa-ec-site", "--format", "markdown", "--lang", "en"])
        #expect(
            markdown.stdout.contains("- [ ] **[Mandatory] BLD-04 Restrict which devices can reach the admin screen**"))
        let csv = try Runner.run(["checklists", "show", "ipa-5min-self-check", "--format", "csv", "--lang", "en"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Section,ID,Priority,Milestone,Control,Question,Why it matters,"))
        #expect(csv.stdout.components(separatedBy: "\r\n").count == 25 + 2)
        // The list keeps working as before.
        #expect(try Runner.run(["checklists", "--format", "json"]).stdout.contains("\"ecsec/checklists@1\""))
        let bad = try Runner.run(["checklists", "show", "ipa-ec-site", "--profile", "platform=foo", "--lang", "en"])
        #expect(bad.status == 1 && bad.stderr.contains("valid values: mall, cart-asp, package, scratch"))
    }
}
