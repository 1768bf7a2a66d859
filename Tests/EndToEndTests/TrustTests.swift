import Foundation
import TestSupport
import Testing

/// What a result claims, through the real binary: a mandatory control answered N/A does not
/// meet the level's condition, an incomplete assessment says so, plans and the report's record.
@Suite("ecsec: results a reader can trust")
struct TrustTests {
    static let q3 = Repository.path("Examples/quarters/shop-2026-Q3.json")
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")
    static let profile = [
        "--profile", "platform=cart-asp", "--profile", "cardHandling=provider", "--profile", "wordpress=no",
        "--profile", "members=yes", "--profile", "staff=yes", "--profile", "contractor=no", "--profile",
        "remoteAccess=no", "--profile", "customCode=no", "--profile", "adminDevices=pc", "--profile",
        "adminRestriction=yes", "--profile", "ownDomain=yes", "--profile", "exportsData=yes",
    ]

    /// A hosted-cart shop with every in-scope control implemented: 100.0, level A.
    static func everythingImplemented(in scratch: Scratch, name: String = "all.json") throws -> String {
        let file = scratch.file(name)
        let created = try Runner.run(["new", file, "--organization", "さくら雑貨店", "--period", "2026-Q4"] + profile)
        #expect(created.status == 0, "\(created)")
        let score = try Runner.run(["score", file, "--format", "json"])
        let gaps = try #require(try Self.json(score.stdout)["gaps"] as? [[String: Any]])
        for gap in gaps {
            let answered = try Runner.run(["answer", file, gap["control"] as! String, "implemented"])
            #expect(answered.status == 0, "\(answered)")
        }
        return file
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a mandatory control answered N/A keeps the level capped, in every output", arguments: ["ja", "en"])
    func mandatoryNotApplicable(lang: String) throws {
        let scratch = try Scratch()
        let all = try Self.everythingImplemented(in: scratch)
        let before = try Self.json(try Runner.run(["score", all, "--format", "json"]).stdout)
        #expect((before["overall"] as? [String: Any])?["level"] as? String == "A")
        let file = scratch.file("na.json")
        try FileManager.default.copyItem(atPath: all, toPath: file)
        let answered = try Runner.run(["answer", file, "BLD-04", "notApplicable", "--reason", "できない"])
        #expect(answered.status == 0, "\(answered)")

        let json = try Self.json(try Runner.run(["score", file, "--format", "json"]).stdout)
        let overall = try #require(json["overall"] as? [String: Any])
        // BLD-04 leaves the percentage: still 100.0, but a mandatory N/A is not met, so A and B are out.
        #expect(overall["score"] as? Double == 100.0)
        #expect(overall["level"] as? String == "C")
        #expect(overall["mandatoryMet"] as? Bool == false)
        #expect(overall["mandatoryNotApplicable"] as? [String] == ["BLD-04"])
        #expect(overall["mandatoryMissing"] as? [String] == [] && overall["mandatoryUnanswered"] as? [String] == [])
        #expect(json["missingMandatory"] as? [String] == ["BLD-04"])
        let na = try #require((json["notApplicable"] as? [[String: Any]])?.first)
        #expect(na["control"] as? String == "BLD-04" && na["reason"] as? String == "できない")

        let heading = lang == "ja" ? "必須項目を該当なしとしたもの: 1件" : "Mandatory measures answered not applicable: 1"
        let text = try Runner.run(["score", file, "--lang", lang]).stdout
        #expect(text.contains(heading + " — BLD-04"), "\(text)")
        #expect(text.contains(lang == "ja" ? "理由: できない" : "Reason: できない"))
        for format in ["markdown", "html"] {
            let report = try Runner.run(["report", file, "--format", format, "--lang", lang]).stdout
            #expect(report.contains(heading), "\(format)")
            #expect(report.contains("できない"), "\(format)")
            #expect(!report.contains(lang == "ja" ? "必須の対策はすべて実施済みです" : "All mandatory measures are in place"))
        }
        let csv = try Runner.run(["report", file, "--format", "csv", "--lang", lang]).stdout
        #expect(csv.contains(",BLD-04,") && csv.contains(",できない,"))
        let oscal = try Runner.run(["report", file, "--format", "oscal"]).stdout
        #expect(oscal.contains(#""value": "false""#) && oscal.contains(#""exclude-controls""#))
        let diff = try Runner.run(["diff", all, file, "--lang", lang]).stdout
        #expect(diff.contains(heading + " — BLD-04"), "\(diff)")
        #expect(diff.contains((lang == "ja" ? "新たに満たさなくなった必須対策: 1件" : "Mandatory gaps opened: 1") + " — BLD-04"))
        let diffJSON = try Self.json(try Runner.run(["diff", all, file, "--format", "json"]).stdout)
        #expect((diffJSON["mandatory"] as? [String: Any])?["opened"] as? [String] == ["BLD-04"])
        #expect((diffJSON["to"] as? [String: Any])?["mandatoryNotApplicable"] as? [String] == ["BLD-04"])
    }

    @Test("an incomplete assessment says so, in every output", arguments: ["ja", "en"])
    func incomplete(lang: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("half.json")
        _ = try Runner.run(["new", file, "--organization", "Shop"] + Self.profile)
        _ = try Runner.run(["answer", file, "BLD-04", "implemented"])
        _ = try Runner.run(["answer", file, "OPS-28", "notImplemented"])
        let json = try Self.json(try Runner.run(["score", file, "--format", "json"]).stdout)
        let overall = try #require(json["overall"] as? [String: Any])
        // 44 in scope, 2 answered; 14 mandatory, BLD-04 among the answered (the count is
        // ShippedChecklistTests' hosted-cart shop).
        #expect(overall["complete"] as? Bool == false && overall["unanswered"] as? Int == 42)
        #expect((overall["mandatoryUnanswered"] as? [String])?.count == 13)
        #expect(overall["mandatoryMissing"] as? [String] == [])

        let banner = lang == "ja" ? "未完了: 42件が未回答です。結果は暫定です" : "Incomplete: 42 unanswered; the result is provisional"
        let unanswered = lang == "ja" ? "未回答の必須対策: 13件" : "Mandatory measures unanswered: 13"
        let provisional = lang == "ja" ? "（暫定）" : ", provisional"
        let text = try Runner.run(["score", file, "--lang", lang]).stdout
        #expect(text.contains(banner) && text.contains(unanswered) && text.contains(provisional), "\(text)")
        #expect(!text.contains("未実施の必須対策"))
        for format in ["markdown", "html"] {
            let report = try Runner.run(["report", file, "--format", format, "--lang", lang]).stdout
            #expect(report.contains(banner) && report.contains(unanswered) && report.contains(provisional), "\(format)")
        }
        let oscal = try Self.json(try Runner.run(["report", file, "--format", "oscal"]).stdout)
        let result = try #require(
            ((oscal["assessment-results"] as? [String: Any])?["results"] as? [[String: Any]])?.first)
        let props = (result["props"] as? [[String: Any]] ?? []).map { "\($0["name"]!)=\($0["value"]!)" }
        #expect(props.contains("complete=false") && props.contains("unanswered=42"), "\(props)")
    }

    @Test func plansThroughTheCommandLine() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let set = try Runner.run([
            "answer", file, "MGT-05", "partial", "--owner", "鈴木", "--due", "2027-01-31", "--plan-note", "連絡先一覧",
            "--lang", "ja",
        ])
        #expect(set.status == 0, "\(set)")
        // Answering again keeps the plan; `plan` changes only what it is given.
        _ = try Runner.run(["answer", file, "MGT-05", "notImplemented"])
        _ = try Runner.run(["plan", file, "MGT-05", "--due", "2027-02-28"])
        let list = try Self.json(try Runner.run(["plan", file, "--format", "json", "--as-of", "2026-12-01"]).stdout)
        let items = try #require(list["items"] as? [[String: Any]])
        // OPS-07's plan in the example was due 2026-11-15: overdue, so first.
        #expect(items.map { $0["control"] as! String } == ["OPS-07", "INC-03", "MGT-05"])
        #expect(items.map { $0["overdue"] as! Bool } == [true, false, false])
        #expect(items[2]["owner"] as? String == "鈴木" && items[2]["due"] as? String == "2027-02-28")
        #expect(items[2]["note"] as? String == "連絡先一覧" && items[2]["status"] as? String == "notImplemented")
        #expect(list["schema"] as? String == "ecsec/plan@2" && list["overdue"] as? Int == 1)

        let text = try Runner.run(["plan", file, "--lang", "ja", "--as-of", "2026-12-01"]).stdout
        #expect(text.contains("期限切れ: 1件（2026-12-01 時点）"), "\(text)")
        let csv = try Runner.run(["plan", file, "--format", "csv", "--lang", "en", "--as-of", "2026-12-01"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}Assessment,Organization,Period,ID,Control,Priority,Status,Owner,Due,Overdue,"))
        let report = try Runner.run(["report", file, "--lang", "ja", "--as-of", "2026-12-01"]).stdout
        #expect(report.contains("| MGT-05 | 事故対応と復旧の体制を用意する | 鈴木 | 2027-02-28 |"), "\(report)")

        // An owner alone, or `--due none`, leaves the date undecided: listed last, null in JSON.
        let undecided = try Runner.run(["plan", file, "MGT-05", "--due", "未定", "--lang", "ja"])
        #expect(undecided.status == 0 && undecided.stdout.contains("担当: 鈴木 · 期限: 期限未定"), "\(undecided)")
        let owned = try Runner.run(["answer", file, "MGT-06", "partial", "--owner", "佐藤", "--lang", "en"])
        #expect(owned.status == 0, "\(owned)")
        let later = try Self.json(try Runner.run(["plan", file, "--format", "json", "--as-of", "2026-12-01"]).stdout)
        let undated = try #require(later["items"] as? [[String: Any]]).filter { $0["due"] is NSNull }
        #expect(undated.map { $0["control"] as! String } == ["MGT-05", "MGT-06"], "\(later)")
        let shown = try Runner.run(["plan", file, "--lang", "en", "--as-of", "2026-12-01"]).stdout
        #expect(shown.contains("no due date yet"), "\(shown)")

        let cleared = try Runner.run(["plan", file, "MGT-05", "--clear", "--lang", "en"])
        #expect(cleared.status == 0 && cleared.stdout.contains("Removed the plan of MGT-05"))
        #expect(!(try scratch.read("shop.json")).contains("鈴木"))
    }

    @Test("bad plan input: one line in the user's language, exit 1, nothing written", arguments: ["ja", "en"])
    func badPlanInput(lang: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        try FileManager.default.copyItem(atPath: Self.q4, toPath: file)
        let before = try scratch.bytes("shop.json")
        let cases: [([String], String)] = [
            (
                ["plan", file, "MGT-05", "--owner", "x", "--due", "2027-02-30"],
                lang == "ja" ? "--due 2027-02-30" : "--due"
            ),
            (["plan", file, "MGT-05", "--owner", "   ", "--due", "2027-01-31"], "--owner"),
            (["plan", file, "MGT-05", "--due", "2027-01-31"], "--owner"),
            (["plan", file, "MGT-05", "--owner", "x", "--due", "someday"], lang == "ja" ? "未定" : "none"),
            (["plan", file, "BLD-01", "--owner", "x", "--due", "2027-01-31"], "BLD-01"),
            (["plan", file, "--owner", "x"], lang == "ja" ? "項目ID" : "control id"),
            (["answer", file, "MGT-05", "unanswered", "--owner", "x"], "--owner"),
        ]
        for (arguments, mention) in cases {
            let result = try Runner.run(arguments + ["--lang", lang])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.hasPrefix("ecsec: ") && result.stderr.contains(mention), "\(arguments): \(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result)")
            #expect(try scratch.bytes("shop.json") == before, "\(arguments) changed the file")
        }
    }

    @Test func previousMustBeTheSameShopAndChecklist() throws {
        let scratch = try Scratch()
        let other = scratch.file("other.json")
        _ = try Runner.run(["new", other, "--organization", "別の店", "--period", "2026-Q3"] + Self.profile)
        let card = scratch.file("card.json")
        _ = try Runner.run(["new", card, "--checklist", "card-security-ec-merchant", "--organization", "さくら雑貨店"])
        for (previous, mention) in [(other, "別の店"), (card, "card-security-ec-merchant"), (Self.q4, "同じ評価")] {
            let result = try Runner.run(["report", Self.q4, "--previous", previous, "--lang", "ja"])
            #expect(result.status == 1 && result.stderr.hasPrefix("ecsec: ") && result.stderr.contains(mention))
            #expect(result.stdout.isEmpty)
        }
        let zone = try Runner.run(["report", Self.q4, "--tz", "Mars/Olympus", "--lang", "en"])
        #expect(zone.status == 1 && zone.stderr.contains("unknown time zone \"Mars/Olympus\""))
    }

    @Test func reportStatesTimesInTheReadersZoneAndEndsWithAStatement() throws {
        let tokyo = try Runner.run(["report", Self.q4, "--tz", "Asia/Tokyo", "--lang", "ja"]).stdout
        #expect(tokyo.contains("| 作成日時 | 2026-10-06 10:00 (UTC+09:00) |"), "\(tokyo)")
        #expect(tokyo.contains("| 時刻の表記 | Asia/Tokyo |"))
        let fromEnvironment = try Runner.run(["report", Self.q4, "--lang", "ja"], environment: ["TZ": "Asia/Tokyo"])
        #expect(fromEnvironment.stdout == tokyo)
        #expect(tokyo.contains("## 確認\n\n上記のとおり自己点検を実施しました。\n\n対象の回答ファイル（回答のハッシュ）: sha256:"))
        #expect(tokyo.contains("**検証のしかた**\n\n1. "), "the report says how to check it")
        let custom = try Runner.run([
            "report", Self.q4, "--format", "html", "--statement", "I confirm <b>this</b>.", "--lang", "en",
        ]).stdout
        #expect(custom.contains("<p>I confirm &lt;b&gt;this&lt;/b&gt;.</p>"))
        #expect(custom.contains("@bottom-right { content: counter(page)"))
        let none = try Runner.run(["report", Self.q4, "--no-statement", "--lang", "en"]).stdout
        #expect(!none.contains("## Statement"))
    }

    @Test func planOfActionAndMilestones() throws {
        let first = try Runner.run(["report", Self.q4, "--format", "oscal-poam"])
        #expect(first.status == 0, "\(first)")
        #expect(try Runner.run(["report", Self.q4, "--format", "oscal-poam"]).stdout == first.stdout)
        let poam = try #require(try Self.json(first.stdout)["plan-of-action-and-milestones"] as? [String: Any])
        #expect((poam["poam-items"] as? [Any])?.count == 15)
        #expect(first.stdout.contains(#""date": "2026-11-15T00:00:00Z""#) && first.stdout.contains("店長 佐藤"))

        let scratch = try Scratch()
        let all = try Self.everythingImplemented(in: scratch)
        let nothing = try Runner.run(["report", all, "--format", "oscal-poam", "--lang", "en"])
        #expect(nothing.status == 1 && nothing.stderr.contains("has no open gap"))
    }
}
