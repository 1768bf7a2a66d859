import Foundation
import SecurityChecklist
import TestSupport
import Testing

@Suite("ecsec report, diff and trend")
struct ReportTests {
    static let q3 = Repository.path("Examples/quarters/shop-2026-Q3.json")
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")
    static let q2 = Repository.path("Examples/quarters/shop-2026-Q2.json")
    static let hostile = Repository.fixture("hostile-assessment.json")

    /// The command prints what the library renders for the same files: the reports' layout
    /// is checked by the library's golden files (`Tests/SecurityChecklistTests/Golden`), and
    /// this checks the wiring — the files, the versions they answer, the previous quarter,
    /// the date, the zone, the language and the format chosen.
    @Test(arguments: ["markdown", "html", "csv", "oscal", "oscal-poam"], Language.allCases)
    func reportsAreTheLibrarysRendering(format: String, language: Language) throws {
        let result = try Runner.run([
            "report", Self.q4, "--previous", Self.q3, "--format", format, "--lang", language.rawValue, "--as-of",
            "2026-11-22",
        ])
        #expect(result.status == 0, "\(result)")
        func load(_ path: String) throws -> (Assessment, Checklist) {
            let assessment = try Assessment(json: try DocumentFile.read(path), source: path)
            let checklist = try #require(
                try ShippedChecklists.checklist(assessment.checklist.id, version: assessment.checklist.version))
            return (assessment, checklist)
        }
        let (current, checklist) = try load(Self.q4)
        let previous = try load(Self.q3)
        let content = ReportContent(
            assessment: current, checklist: checklist, asOf: try #require(Timestamp(date: "2026-11-22")),
            language: language, previous: previous, localTime: .fixed(name: "UTC", seconds: 0))
        let expected: String? =
            switch format {
            case "markdown": content.markdownText()
            case "html": content.htmlText()
            case "csv": content.csvText()
            case "oscal": content.oscalText()
            default: content.oscalPOAMText()
            }
        expectSameText(result.stdout, try #require(expected), "ecsec report --format \(format) --lang \(language)")
    }

    @Test func oscalIsDeterministicAndCSVIsExcelFriendly() throws {
        let first = try Runner.run(["report", Self.q4, "--format", "oscal"])
        let second = try Runner.run(["report", Self.q4, "--format", "oscal"])
        #expect(first.stdout == second.stdout)
        let csv = try Runner.run(["report", Self.q4, "--format", "csv", "--lang", "ja"])
        #expect(
            csv.stdout.hasPrefix(
                "\u{FEFF}評価ID,組織,期間,回答のハッシュ（SHA-256）,セクション,ID,優先度,項目,回答,得点,メモ,証跡,該当しない理由,委託先,回答日時,要再確認,担当,期限,期限切れ\r\n"
            ))
        #expect(csv.stdout.components(separatedBy: "\r\n").count == 31 + 2)
    }

    /// Without --format, -o's extension decides; a contradicting --format is refused; md is
    /// Markdown.
    @Test func theOutputsExtensionChoosesTheFormat() throws {
        let scratch = try Scratch()
        for (name, start) in [
            ("r.html", "<!DOCTYPE html>"), ("r.md", "# "), ("r.csv", "\u{FEFF}"), ("r.json", "{"), ("r.txt", "# "),
        ] {
            let result = try Runner.run(["report", Self.q4, "-o", scratch.file(name)])
            #expect(result.status == 0, "\(name): \(result)")
            #expect(
                try scratch.read(name).hasPrefix(start) || (try scratch.bytes(name)).starts(with: Data(start.utf8)),
                "\(name)")
        }
        #expect(try scratch.read("r.json").contains("\"assessment-results\""))
        let md = try Runner.run(["report", Self.q4, "--format", "md"])
        #expect(md.status == 0 && md.stdout.hasPrefix("# "), "\(md)")
        for (format, name) in [("csv", "x.html"), ("html", "x.md"), ("markdown", "x.json")] {
            let refused = try Runner.run([
                "report", Self.q4, "--format", format, "-o", scratch.file(name), "--lang", "ja",
            ])
            #expect(refused.status == 1 && refused.stderr.contains("拡張子が合いません"), "\(refused)")
            #expect(!FileManager.default.fileExists(atPath: scratch.file(name)))
        }
        let poam = try Runner.run(["report", Self.q4, "--format", "oscal-poam", "-o", scratch.file("poam.json")])
        #expect(poam.status == 0, "\(poam)")
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let scratch = try Scratch()
        let result = try Runner.run(["report", Self.q4, "--format", "html", "-o", scratch.file("report.html")])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try scratch.read("report.html").hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["report.html"])
    }

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let html = try Runner.run(["report", Self.hostile, "--format", "html"]).stdout
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("http://") || !html.contains("href=\"http://evil"))

        let csv = try Runner.run(["report", Self.hostile, "--format", "csv", "--lang", "en"]).stdout
        #expect(csv.contains(#""'=HYPERLINK(""http://evil.example"",""click"") "#))
        #expect(csv.contains(#""'+1, ""quoted"", line"#))
        #expect(csv.contains(",'@SUM(A1:A2),"))
        #expect(csv.contains(",'-2+3,"))
        #expect(!csv.contains("\u{1B}"))

        let markdown = try Runner.run(["report", Self.hostile, "--format", "markdown"]).stdout
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains(#"&lt;img src=x onerror=alert(1)&gt; \| \[link\](http://evil.example) \*\*bold\*\*"#))

        let text = try Runner.run(["score", Self.hostile], environment: ["NO_COLOR": ""]).stdout
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Evil <script>alert(\"x\")</script> & Co"))

        // A plan's owner and note, and a statement typed on the command line.
        let statement = "</style><script>alert(3)</script>"
        let planned = try Runner.run(["report", Self.hostile, "--format", "html", "--statement", statement]).stdout
        #expect(!planned.contains("<script") && !planned.contains("</style><"))
        #expect(
            planned.contains("&lt;script&gt;alert(&#39;owner&#39;)&lt;/script&gt; \\x1B[31m=cmd|&#39; /C calc&#39;!A0"))
        #expect(planned.contains("&lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt;"))
        let footer = try #require(planned.split(separator: "\n").first { $0.contains("@bottom-left") })
        #expect(!footer.contains("<") && footer.contains(#"Evil \3c script\3e alert(\22 x\22 )"#))
        let plannedMarkdown = try Runner.run(["report", Self.hostile, "--statement", statement]).stdout
        #expect(!plannedMarkdown.contains("<script") && plannedMarkdown.contains(#"\*\*bold\*\* \| \[x\]"#))
        let plannedCSV = try Runner.run(["report", Self.hostile, "--format", "csv"]).stdout
        #expect(plannedCSV.contains(#",<script>alert('owner')</script> \x1B[31m=cmd|' /C calc'!A0,2027-01-31,"#))
        let plan = try Runner.run(["plan", Self.hostile, "--format", "csv"]).stdout
        #expect(!plan.contains("\u{1B}") && plan.contains(",2027-01-31,"))
        let planText = try Runner.run(["plan", Self.hostile], environment: ["NO_COLOR": ""]).stdout
        #expect(!planText.contains("\u{1B}"))
    }

    @Test func diffOfTwoQuarters() throws {
        let text = try Runner.run(["diff", Self.q3, Self.q4, "--lang", "en", "--as-of", "2026-11-22"])
        #expect(text.status == 0)
        try Golden.check(text.stdout, "diff-en.txt")
        let ja = try Runner.run(["diff", Self.q3, Self.q4, "--lang", "ja", "--as-of", "2026-11-22"])
        try Golden.check(ja.stdout, "diff-ja.txt")
        let json = try Runner.run(["diff", Self.q3, Self.q4, "--format", "json", "--as-of", "2026-11-22"])
        try Golden.check(json.stdout, "diff.json")
        let markdown = try Runner.run([
            "diff", Self.q3, Self.q4, "--format", "markdown", "--lang", "ja", "--as-of", "2026-11-22",
        ])
        try Golden.check(markdown.stdout, "diff-ja.md")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let delta = (object?["delta"] as? [String: Any])?["overall"] as? Double
        let impacts = (object?["changes"] as? [[String: Any]])?.compactMap { $0["impact"] as? Double } ?? []
        let effect = object?["applicabilityEffect"] as? Double ?? .nan
        #expect(abs(impacts.reduce(0, +) + effect - (delta ?? .nan)) < 1e-9)
    }

    @Test func failOnRegression() throws {
        #expect(try Runner.run(["diff", Self.q3, Self.q4]).status == 0)
        #expect(try Runner.run(["diff", Self.q3, Self.q4, "--fail-on-regression"]).status == 1)
        #expect(try Runner.run(["diff", Self.q2, Self.q3, "--fail-on-regression"]).status == 0)
    }

    @Test func trendOrdersByPeriod() throws {
        let text = try Runner.run(["trend", Self.q4, Self.q2, Self.q3, "--lang", "en"])
        #expect(text.status == 0)
        try Golden.check(text.stdout, "trend-en.txt")
        let csv = try Runner.run(["trend", Self.q4, Self.q2, Self.q3, "--format", "csv", "--lang", "en"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}Organization,Period,Score,Level,Answered,In scope,Mandatory missing,File\r\n"))
        let periods = csv.components(separatedBy: "\r\n").dropFirst().compactMap {
            $0.split(separator: ",").dropFirst().first.map(String.init)
        }
        #expect(periods == ["2026-Q2", "2026-Q3", "2026-Q4"])
        let json = try Runner.run(["trend", Self.q3, Self.q2, Self.q4, "--format", "json"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "ecsec/trend@2")
        let series = try #require(object?["series"] as? [[String: Any]])
        #expect(series.count == 1 && series[0]["organization"] as? String == "さくら雑貨店")
        #expect(
            (series[0]["points"] as? [[String: Any]])?.map { $0["period"] as? String } == [
                "2026-Q2", "2026-Q3", "2026-Q4",
            ])
        #expect((series[0]["regressions"] as? [[String: Any]])?.map { $0["control"] as? String } == ["OPS-07"])
    }

    /// Two shops' files never make one series: one per organization, each in period order.
    @Test func trendKeepsShopsApart() throws {
        let scratch = try Scratch()
        let other = scratch.file("other-q3.json")
        _ = try Runner.run(["new", other, "--organization", "もみじ商店", "--period", "2026-Q3"])
        _ = try Runner.run(["answer", other, "MGT-01", "implemented"])
        let next = scratch.file("other-q4.json")
        _ = try Runner.run(["new", next, "--from", other])
        let json = try Runner.run(["trend", Self.q3, other, Self.q4, next, "--format", "json"]).stdout
        let series = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["series"]
        let shops = try #require(series as? [[String: Any]])
        #expect(shops.map { $0["organization"] as? String } == ["さくら雑貨店", "もみじ商店"])
        #expect(
            shops.map { ($0["points"] as? [[String: Any]])?.compactMap { $0["period"] as? String } ?? [] } == [
                ["2026-Q3", "2026-Q4"], ["2026-Q3", "2026-Q4"],
            ])
        let text = try Runner.run(["trend", Self.q3, other, Self.q4, next, "--lang", "ja"]).stdout
        #expect(text.contains("\nさくら雑貨店\n") && text.contains("\nもみじ商店\n"), "\(text)")
        #expect(!text.contains("2026-Q4 → 2026-Q3"))
    }
}

@Suite("ecsec summary")
struct SummaryTests {
    /// `--rows`: one row per assessment in the order found, the same bytes every run, skipped
    /// files on standard error; the CSV golden file is what docs/at-scale.md loads.
    @Test func rowsForADatabase() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("c"), withIntermediateDirectories: true)
        for name in ["shop-2026-Q4.json", "shop-2026-Q2.json", "shop-2026-Q3.json"] {
            try FileManager.default.copyItem(
                atPath: Repository.path("Examples/quarters/" + name), toPath: scratch.file("c/" + name))
        }
        try scratch.write("c/broken.json", "{")
        let csv = try Runner.run(["summary", "c", "--rows", "csv"], in: scratch.path)
        #expect(csv.status == 0, "\(csv)")
        try Golden.check(csv.stdout, "summary-rows.csv")
        #expect(csv.stderr.hasPrefix("ecsec: skipped c/broken.json: not valid JSON"), "\(csv.stderr)")
        let again = try Runner.run(["summary", "c", "--rows", "csv", "-o", "rows.csv"], in: scratch.path)
        #expect(again.status == 0 && again.stdout.isEmpty)
        #expect(try scratch.read("rows.csv") == csv.stdout, "-o gives the same bytes")
        let ndjson = try Runner.run(["summary", "c", "--rows", "ndjson"], in: scratch.path)
        let lines = ndjson.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["schema"] as? String == "ecsec/summary-row@1")
        #expect(first?["period"] as? String == "2026-Q2" && first?["score"] as? Double == 34.7)
        #expect(first?["openMandatory"] as? [String] == ["BLD-04", "BLD-06", "CARD-02", "CARD-03"])
        let input = try Runner.run(["summary", "c", "--rows", "csv", "-o", "c/shop-2026-Q4.json"], in: scratch.path)
        #expect(input.status == 1, "an input is never overwritten")
    }

    @Test func summarizesAFolderAndSaysWhatItSkipped() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("a/b"), withIntermediateDirectories: true)
        for name in ["shop-2026-Q2.json", "shop-2026-Q3.json", "shop-2026-Q4.json"] {
            try FileManager.default.copyItem(
                atPath: Repository.path("Examples/quarters/" + name), toPath: scratch.file("a/b/" + name))
        }
        try scratch.write(
            "a/checklist.json", String(contentsOfFile: Repository.fixture("scoring-checklist.json"), encoding: .utf8))
        try scratch.write("a/broken.json", "{\"schema\": \"ecsec/assessment@1\"")
        try scratch.write("a/notes.txt", "not json")
        let json = try Runner.run(["summary", scratch.file("a"), "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let first = (object?["checklists"] as? [[String: Any]])?.first
        #expect(first?["files"] as? Int == 3)
        #expect((first?["score"] as? [String: Any])?["median"] as? Double == 56.8)
        let skipped = (object?["skipped"] as? [[String: Any]])?.map {
            ($0["file"] as? String ?? "").replacingOccurrences(of: scratch.path + "/", with: "") + " "
                + ($0["reason"] as? String ?? "")
        }
        #expect(
            skipped == [
                "a/broken.json not valid JSON at line 1, column 32: unexpected end of file inside an object (the file looks truncated)",
                "a/checklist.json not an assessment (no \"schema\": \"ecsec/assessment@1\")",
            ])
        let text = try Runner.run(["summary", scratch.file("a"), "--lang", "en"])
        #expect(text.stdout.contains("EC-site security self-assessment — 3 assessments"))
        #expect(text.stdout.contains("2 files skipped"))
        let only = try Runner.run([
            "summary", scratch.file("a"), "--checklist", "ipa-5min-self-check", "--format", "json",
        ])
        #expect(
            (try JSONSerialization.jsonObject(with: Data(only.stdout.utf8)) as? [String: Any])?["checklists"] as? [Any]
                != nil)
        #expect(only.stdout.contains("answers checklist \\\"ipa-ec-site\\\", not \\\"ipa-5min-self-check\\\""))
    }
}

/// `diff --notes` shows both notes whole, wrapped: text added at the end of a long note is
/// what changed, and it was cut off.
@Suite("ecsec diff --notes")
struct DiffNotesTests {
    @Test func bothNotesAreShownWhole() throws {
        let scratch = try Scratch()
        let q4 = Repository.quarter("2026-Q4")
        try FileManager.default.copyItem(atPath: q4, toPath: scratch.file("old.json"))
        let long = String(repeating: "管理画面のログイン履歴を毎週確認している。", count: 4)
        let old = try Runner.run(["answer", "old.json", "MGT-01", "implemented", "--note", long], in: scratch.path)
        #expect(old.status == 0, "\(old)")
        try FileManager.default.copyItem(atPath: scratch.file("old.json"), toPath: scratch.file("new.json"))
        let added = long + "さらに二段階認証を全員に設定した（末尾の追記）。"
        let new = try Runner.run(["answer", "new.json", "MGT-01", "implemented", "--note", added], in: scratch.path)
        #expect(new.status == 0, "\(new)")
        let diff = try Runner.run(["diff", "old.json", "new.json", "--notes", "--lang", "ja"], in: scratch.path)
        let text = diff.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(text.contains("末尾の追記"), "\(diff.stdout)")
        #expect(text.contains("前のメモ: " + long), "\(diff.stdout)")
        #expect(!diff.stdout.contains("..."), "\(diff.stdout)")
    }
}
