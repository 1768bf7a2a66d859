import Foundation
import SecurityChecklist
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

    /// An id the newest checklist retired names the controls that continue it.
    @Test func aRetiredIdPointsToItsSuccessors() throws {
        let scratch = try Scratch()
        let file = scratch.file("shop.json")
        _ = try Runner.run(["new", file, "--profile", "platform=cart-asp"])
        let before = try scratch.bytes("shop.json")
        let result = try Runner.run(["answer", file, "OPS-09", "implemented", "--lang", "en"])
        #expect(result.status == 1 && result.stderr.contains("did you mean OPS-21, OPS-22, OPS-23?"), "\(result)")
        #expect(try scratch.bytes("shop.json") == before)
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
        "--profile", "platform=cart-asp", "--profile", "cardHandling=provider", "--profile", "wordpress=no",
        "--profile", "members=yes", "--profile", "staff=yes", "--profile", "contractor=no", "--profile",
        "remoteAccess=no", "--profile", "customCode=no", "--profile", "adminDevices=pc", "--profile",
        "adminRestriction=yes", "--profile", "ownDomain=yes", "--profile", "exportsData=yes",
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
        #expect(ids.count == 44 && Set(ids) == inScope)
        let all = try Runner.run(["checklists", "show", "ipa-ec-site", "--format", "json"]).stdout
        #expect(all.components(separatedBy: "\"priority\"").count - 1 == 71)

        let text = try Runner.run(["checklists", "show", "ipa-ec-site", "--lang", "ja"] + Self.cart).stdout
        #expect(text.contains("[必須] BLD-04  管理画面に接続できる端末を制限する") && text.contains("確認方法: "))
        // The printout explains the terms its questions use, and only those.
        #expect(text.contains("\n用語\n") && text.contains("    二段階認証: ログインのときに、パスワードに加えて"), "\(text)")
        #expect(!text.contains("ペネトレーションテスト: "))
        let markdown = try Runner.run(["checklists", "show", "ipa-ec-site", "--format", "markdown", "--lang", "en"])
        #expect(
            markdown.stdout.contains("- [ ] **[Mandatory] BLD-04 Restrict which devices can reach the admin screen**"))
        #expect(
            markdown.stdout.contains("## Glossary\n\n")
                && markdown.stdout.contains("- **WAF**: Web application firewall"))
        let csv = try Runner.run(["checklists", "show", "ipa-5min-self-check", "--format", "csv", "--lang", "en"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Section,ID,Priority,Milestone,Control,Question,Why it matters,"))
        #expect(csv.stdout.components(separatedBy: "\r\n").count == 25 + 2)
        // The list keeps working as before.
        #expect(try Runner.run(["checklists", "--format", "json"]).stdout.contains("\"ecsec/checklists@1\""))
        let bad = try Runner.run(["checklists", "show", "ipa-ec-site", "--profile", "platform=foo", "--lang", "en"])
        #expect(bad.status == 1 && bad.stderr.contains("valid values: mall, cart-asp, package, scratch"))
    }
}

/// Usage mistakes and broken files are explained in the user's language, with a suggestion
/// where one is near, and help text is wrapped once, to the terminal's width.
@Suite("ecsec: errors and help a Japanese user can read")
struct ReadableErrorTests {
    @Test(
        arguments: [
            (["scroe", "x.json"], "ja", "コマンド scroe はありません。score のことですか？"),
            (["scroe", "x.json"], "en", "there is no command 'scroe'; did you mean 'score'?"),
            (["xyzzy"], "ja", "コマンド xyzzy はありません（使えるもの: assess,"),
            (
                ["answer", "x.json", "BLD-01", "implemented", "--reasn", "x"], "ja",
                "オプション --reasn はありません。--reason のことですか？"
            ),
            (["answer", "x.json", "BLD-01", "implemented", "--reasn", "x"], "en", "did you mean '--reason'?"),
            (["score"], "ja", "<file> を指定してください"),
            (["score", "x.json", "--qqqqqqqq"], "ja", "オプション --qqqqqqqq はありません"),
            (
                ["report", "x.json", "--format", "pdf"], "ja",
                "「pdf」は --format に使えません。使える値: markdown, html, csv, oscal, oscal-poam, card-declaration"
            ),
            (["score", "x.json", "--top", "abc"], "ja", "「abc」は --top に使えません"),
            (["answer", "x.json", "BLD-01", "notApplicable", "--reason"], "ja", "--reason <reason> の後ろに値を指定してください"),
        ] as [([String], String, String)])
    func usageErrors(_ arguments: [String], lang: String, expected: String) throws {
        let result = try Runner.run(arguments + ["--lang", lang])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        if lang == "ja" {
            #expect(result.stderr.contains("使い方: ecsec"), "\(result.stderr)")
            #expect(!result.stderr.contains("Error:"), "\(result.stderr)")
        }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "ja", "JSON として読めません（1 行 9 文字目）: '}' は使えません。\"…\" で囲んだメンバー名が必要です"),
        ("{\"a\": 1,}", "en", "not valid JSON at line 1, column 9: unexpected '}'; expected a quoted member name"),
        ("{\"a\": [1, 2", "ja", "配列 [ ] の途中でファイルが終わっています"),
        ("   ", "ja", "JSON の値がありません"),
    ])
    func brokenJSONInTheUsersLanguage(text: String, lang: String, expected: String) throws {
        let scratch = try Scratch()
        let file = scratch.file("broken.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try Runner.run(["score", file, "--lang", lang])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        if lang == "ja" { #expect(!result.stderr.contains("expected"), "\(result.stderr)") }
    }

    /// `--help` is wrapped once, by display width: at 80 and 120 columns no line of prose is
    /// wider than the terminal (the synopsis stays whole, and an example command line too wide
    /// is continued with ` \` so it can still be copied).
    @Test(arguments: [
        [], ["assess"], ["checklists"], ["checklists", "show"], ["new"], ["answer"], ["score"], ["plan"], ["set"],
        ["diff"], ["trend"], ["report"], ["summary"], ["validate"], ["evidence"], ["key"], ["sign"], ["verify"],
    ])
    func helpWrapsOnce(_ command: [String]) throws {
        for columns in [80, 120] {
            let result = try Runner.run(command + ["--help"], environment: ["COLUMNS": "\(columns)"])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in lines where !line.hasPrefix("USAGE:") && !line.hasPrefix("  ecsec ") {
                #expect(TerminalText.width(line) <= columns, "\(command) at \(columns): \(line)")
            }
            // An example is never cut by the parser's wrapping: it ends, or continues with ` \`
            // on an indented line, so it can be copied as printed.
            for (line, next) in zip(lines, lines.dropFirst())
            where line.hasPrefix("  ecsec ") || (line.hasPrefix("      ") && lines.contains(line)) {
                guard !line.hasSuffix("\\") else {
                    #expect(next.hasPrefix("      "), "\(command) at \(columns): \(line) / \(next)")
                    continue
                }
                if line.hasPrefix("  ecsec ") {
                    #expect(
                        next.isEmpty || next.hasPrefix("  "), "\(command) at \(columns): example cut: \(line) / \(next)"
                    )
                }
            }
            // Wrapped once: a prose line is never broken early, i.e. the next line of the same
            // paragraph does not start with a word that would have fitted on it.
            for (line, next) in zip(lines, lines.dropFirst())
            where !line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(":") && !next.isEmpty && !next.hasPrefix(" ")
                && !next.hasPrefix("USAGE:") && !next.hasSuffix(":") && !next.contains("  ")
            {
                // An English word follows a space; Japanese joins without one, and a character
                // that may not start a line (ュ, 、) takes the one before it along.
                let ascii = next.first?.isASCII == true
                let word = ascii ? String(next.prefix { $0 != " " }) : String(next.prefix(2))
                #expect(
                    TerminalText.width(line) + (ascii ? 1 : 0) + TerminalText.width(word) > columns - 1,
                    "\(command) at \(columns): broken early before \"\(word)\": \(line)")
            }
        }
    }
}

/// Periods and dates as owners type them: one canonical form stored, impossible ones refused
/// with the accepted forms named.
@Suite("ecsec: periods and dates as typed")
struct TypedPeriodTests {
    @Test(arguments: ["２０２６－Ｑ４", "2026年Q4", "2026-4Q", "2026q4"])
    func aQuarterInAnyFormIsStoredCanonicalAndCarriesForward(_ typed: String) throws {
        let scratch = try Scratch()
        let created = try Runner.run(["new", "a.json", "--organization", "X", "--period", typed], in: scratch.path)
        #expect(created.status == 0, "\(created)")
        let json = try #require(try JSONSerialization.jsonObject(with: try scratch.bytes("a.json")) as? [String: Any])
        #expect(json["period"] as? String == "2026-Q4")
        let next = try Runner.run(["new", "b.json", "--from", "a.json"], in: scratch.path)
        #expect(next.status == 0, "\(next)")
        let set = try Runner.run(["set", "b.json", "--period", "２０２７年Ｑ２"], in: scratch.path)
        #expect(set.status == 0, "\(set)")
        #expect(try scratch.read("b.json").contains("\"2027-Q2\""))
    }

    @Test(arguments: ["2026-Q5", "Q4", "2026-13"])
    func anImpossibleQuarterIsRefusedWithTheFormsNamed(_ typed: String) throws {
        let scratch = try Scratch()
        let result = try Runner.run(["new", "a.json", "--period", typed, "--lang", "ja"], in: scratch.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("四半期として読めません") && result.stderr.contains("2026年Q4"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("a.json")))
    }

    @Test(arguments: ["2027-3-31", "2027/3/31", "２０２７－０３－３１", "2027年3月31日"])
    func aDueDateInAnyFormIsAccepted(_ typed: String) throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: Repository.quarter("2026-Q4"), toPath: scratch.file("a.json"))
        let result = try Runner.run(["plan", "a.json", "MGT-01", "--owner", "佐藤", "--due", typed], in: scratch.path)
        #expect(result.status == 0, "\(result)")
        #expect(try scratch.read("a.json").contains("\"due\": \"2027-03-31\""))
    }
}

/// The words Japanese owners write for an answer are accepted, and a refusal in Japanese lists
/// the Japanese words.
@Suite("ecsec answer: the words owners write")
struct OwnersWordsTests {
    @Test(arguments: [
        ("実施済み", "implemented"), ("はい", "implemented"), ("済", "implemented"), ("ＹＥＳ", "implemented"),
        ("いいえ", "notImplemented"), ("未対応", "notImplemented"), ("一部", "partial"), ("不明", "unknown"),
        ("委託", "delegated"),
    ])
    func aJapaneseWordIsItsStatus(_ word: String, _ status: String) throws {
        let scratch = try Scratch()
        _ = try Runner.run(["new", "s.json"], in: scratch.path)
        let extra = status == "delegated" ? ["--provider", "決済代行"] : []
        let result = try Runner.run(["answer", "s.json", "MGT-08", word] + extra, in: scratch.path)
        #expect(result.status == 0, "\(result)")
        #expect(try scratch.read("s.json").contains("\"status\": \"\(status)\""))
    }

    @Test func aRefusalInJapaneseListsTheJapaneseWords() throws {
        let scratch = try Scratch()
        _ = try Runner.run(["new", "s.json"], in: scratch.path)
        let result = try Runner.run(["answer", "s.json", "MGT-08", "zzz", "--lang", "ja"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("実施（実施している）、一部（一部実施している）"), "\(result.stderr)")
        let english = try Runner.run(["answer", "s.json", "MGT-08", "zzz", "--lang", "en"], in: scratch.path)
        #expect(english.stderr.contains("valid values: implemented, partial"), "\(english.stderr)")
    }
}

/// The warning an owner meets about an answer for a control the checklist no longer has is in
/// the owner's language.
@Suite("ecsec: warnings in the user's language")
struct LocalizedWarningTests {
    @Test(arguments: [("ja", "には ZZZ-01 がありません。回答はファイルに残しますが、点数には数えません"), ("en", "has no control ZZZ-01")])
    func anAnswerForAnUnknownControlIsWarnedAbout(_ lang: String, _ expected: String) throws {
        let scratch = try Scratch()
        _ = try Runner.run(["new", "s.json"], in: scratch.path)
        var text = try scratch.read("s.json")
        text = text.replacingOccurrences(
            of: "\"answers\": {}",
            with: "\"answers\": {\"ZZZ-01\": {\"answeredAt\": \"2026-11-01T00:00:00Z\", \"status\": \"implemented\"}}")
        try scratch.write("s.json", text)
        let result = try Runner.run(["score", "s.json", "--lang", lang], in: scratch.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }
}

/// The language the owner chose is kept with the assessment: every command on the file speaks
/// it unless --lang says otherwise, whatever the locale.
@Suite("ecsec: the language kept with the file")
struct FileLanguageTests {
    @Test(arguments: [("en", "C.UTF-8", "Overall score"), ("ja", "en_US.UTF-8", "総合スコア")])
    func everyCommandSpeaksTheFilesLanguage(_ kept: String, _ locale: String, _ expected: String) throws {
        let scratch = try Scratch()
        _ = try Runner.run(["new", "s.json"], in: scratch.path)
        var text = try scratch.read("s.json")
        text = text.replacingOccurrences(of: "\n  \"id\":", with: "\n  \"language\": \"\(kept)\",\n  \"id\":")
        try scratch.write("s.json", text)
        #expect(try Runner.run(["validate", "s.json"], in: scratch.path).status == 0)
        let score = try Runner.run(["score", "s.json"], in: scratch.path, environment: ["LANG": locale])
        #expect(score.stdout.contains(expected), "\(score)")
        let report = try Runner.run(["report", "s.json"], in: scratch.path, environment: ["LANG": locale])
        #expect(report.stdout.contains(kept == "ja" ? "この報告書の読み方" : "How to read this report"))
        let overridden = try Runner.run(
            ["score", "s.json", "--lang", kept == "ja" ? "en" : "ja"], in: scratch.path, environment: ["LANG": locale])
        #expect(!overridden.stdout.contains(expected), "--lang overrides the file")
        // The member is kept by every write.
        _ = try Runner.run(["answer", "s.json", "MGT-08", "implemented"], in: scratch.path)
        #expect(try scratch.read("s.json").contains("\"language\": \"\(kept)\""))
    }

    @Test func anUnknownLanguageIsRefused() throws {
        let scratch = try Scratch()
        _ = try Runner.run(["new", "s.json"], in: scratch.path)
        var text = try scratch.read("s.json")
        text = text.replacingOccurrences(of: "\n  \"id\":", with: "\n  \"language\": \"fr\",\n  \"id\":")
        try scratch.write("s.json", text)
        let result = try Runner.run(["validate", "s.json"], in: scratch.path)
        #expect(result.status == 1 && result.stderr.contains("$.language"), "\(result)")
    }
}
