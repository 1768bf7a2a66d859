import Foundation
import SecurityChecklist
import TestSupport
import Testing

@testable import ecsec

@Suite("ecsec command line")
struct CommandLineTests {
    /// Each command's `name` (how it is found before its spec is built) is the name in its
    /// spec, and the root lists them all, in order.
    @Test func everyCommandIsFoundByTheNameItsSpecGives() {
        for command in ECSEC.commands {
            #expect(command.spec.name == command.name)
        }
        #expect(ECSEC.spec.children.map(\.name) == ECSEC.commands.map { $0.name })
    }

    /// Each shipped checklist's JSON is embedded byte for byte.
    @Test func theEmbeddedJSONIsTheFile() throws {
        for name in ShippedChecklists.ids.map({ $0.rawValue + ".json" }) {
            let file = try DocumentFile.read(Repository.path("Checklists/" + name))
            #expect(
                Array((ShippedChecklists.jsonText(ChecklistID(String(name.dropLast(5)))) ?? "").utf8) == file, "\(name)"
            )
        }
    }

    @Test func listsTheShippedChecklists() throws {
        let text = try Runner.run(["checklists", "--lang", "en"])
        #expect(text.status == 0)
        #expect(
            text.stdout == """
                card-security-ec-merchant  1.2  19 controls  Card security guideline for EC merchants
                ipa-5min-self-check        1.2  25 controls  IPA 5-minute information security self-check
                ipa-ec-site                1.2  71 controls  EC-site security self-assessment

                """)
        let json = try Runner.run(["checklists", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "ecsec/checklists@1")
        #expect((object?["checklists"] as? [Any])?.count == 3)
    }

    @Test func aCopiedBinaryStillHasItsChecklists() throws {
        let scratch = try Scratch()
        let copy = scratch.file("ecsec-copy")
        try FileManager.default.copyItem(atPath: Runner.binary, toPath: copy)
        let result = try Runner.run(["checklists"], in: scratch.path, binary: copy)
        #expect(result.status == 0)
        #expect(result.stdout.contains("ipa-ec-site"))
    }

    @Test func newAnswerScoreRoundTrip() throws {
        let scratch = try Scratch()
        let created = try Runner.run(
            [
                "new", "shop.json", "--organization", "テスト商店", "--period", "2026-Q4",
                "--profile", "platform=cart-asp", "--profile", "cardHandling=provider",
            ], in: scratch.path)
        #expect(created.status == 0, "\(created)")
        #expect(created.stdout.hasPrefix("Created shop.json (ipa-ec-site 1.2, 54 controls)"))
        #expect(try scratch.mode("shop.json") == 0o600)

        for (control, status, extra) in [
            ("BLD-09", "implemented", ["--note", "自動更新の証明書"]), ("OPS-21", "partial", []),
            ("CARD-05", "delegated", ["--provider", "決済代行A社"]), ("BLD-04", "unknown", []),
        ] {
            let result = try Runner.run(["answer", "shop.json", control, status] + extra, in: scratch.path)
            #expect(result.status == 0, "\(result)")
        }
        let saved = try scratch.read("shop.json")
        #expect(saved.contains("\"note\": \"自動更新の証明書\""))
        #expect(try scratch.mode("shop.json") == 0o600)

        let score = try Runner.run(
            ["score", "shop.json", "--format", "json", "--as-of", "2026-12-01"], in: scratch.path)
        #expect(score.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any]
        let overall = object?["overall"] as? [String: Any]
        // In scope 54 (cart-ASP, provider payments; the other profile questions unanswered, which
        // keeps their controls in scope: BLD-04 and its cart substitute BLD-17, the PC and the
        // phone items, OPS-26/27 and OPS-35). BLD-07 is for shops without cards.
        // Σw = MGT 01 02 03 04 06 09 08 (3 each) 07(1) = 22
        //    + BLD 04(5) 17(5) 15(3) 09(5) 19(3) 10(3) 11(1) 14(5) 18(5) 20(3) = 38
        //    + CARD 05 02 03 04 06 (5 each) = 25
        //    + OPS 16(5) 30(5) 28(3) 29(3) 31(3) 32(3) 40(1) 41(1) 20(1) 21(5) 36(5) 37(5) 38(3) 22(5)
        //      23(5) 33(3) 34(3) 11(3) 12(1) 26(3) 27(1) 35(3) 14(1) 15(3) = 74
        //    + INC 01 02 03 05 06 (3 each) 04(1) 07(1) = 17;  22 + 38 + 25 + 74 + 17 = 176
        // earned = BLD-09 5 + OPS-21 2.5 + CARD-05 5 = 12.5; 100 × 12.5 / 176 = 7.10… → 7.1
        #expect(overall?["score"] as? Double == 7.1)
        #expect(overall?["inScope"] as? Int == 54)
        #expect(overall?["level"] as? String == "D")
        #expect(overall?["mandatoryMet"] as? Bool == false)

        let cleared = try Runner.run(["answer", "shop.json", "BLD-04", "unanswered"], in: scratch.path)
        #expect(cleared.status == 0)
        #expect(!(try scratch.read("shop.json")).contains("\"BLD-04\""))
    }

    @Test func newRefusesToOverwrite() throws {
        let scratch = try Scratch()
        try scratch.write("shop.json", "precious\n")
        let result = try Runner.run(["new", "shop.json"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "ecsec: shop.json: already exists; choose another name or remove it first\n")
        #expect(try scratch.read("shop.json") == "precious\n")
        let badProfile = try Runner.run(["new", "other.json", "--profile", "platform=castle"], in: scratch.path)
        #expect(badProfile.status == 1)
        #expect(
            badProfile.stderr
                == "ecsec: --profile: unknown value \"castle\" for profile key platform; valid values: mall, cart-asp, package, scratch\n"
        )
        #expect(!FileManager.default.fileExists(atPath: scratch.file("other.json")))
    }

    @Test(
        "failed answers leave the file untouched",
        arguments: [
            (["XYZ-01", "implemented"], "ecsec: shop.json: checklist ipa-ec-site has no control \"XYZ-01\"\n"),
            (
                ["bld-04", "implemented"],
                "ecsec: shop.json: checklist ipa-ec-site has no control \"bld-04\"; did you mean BLD-04?\n"
            ),
            (
                ["BLD-04", "done"],
                "ecsec: unknown status \"done\"; valid values: implemented, partial, notImplemented, unknown, notApplicable, delegated, unanswered\n"
            ),
            (
                ["BLD-04", "notApplicable"],
                "ecsec: shop.json: BLD-04: a notApplicable answer needs a reason (why the measure does not apply) (give it with --reason)\n"
            ),
            (
                ["BLD-04", "delegated"],
                "ecsec: shop.json: BLD-04: a delegated answer needs a provider (who does it for the shop) (give it with --provider)\n"
            ),
            (
                ["BLD-04", "unanswered", "--note", "x"],
                "ecsec: unanswered clears the answer; --note, --reason, --provider, --evidence, --owner and --due cannot go with it\n"
            ),
        ])
    func failedAnswer(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        #expect(try Runner.run(["new", "shop.json"], in: scratch.path).status == 0)
        chmod(scratch.file("shop.json"), 0o640)
        let before = try scratch.bytes("shop.json")
        let result = try Runner.run(["answer", "shop.json"] + arguments, in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(try scratch.bytes("shop.json") == before)
        #expect(try scratch.mode("shop.json") == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["shop.json"])
    }

    @Test(
        "bad files give one clear line and exit 1",
        arguments: [
            ("missing.json", nil, "ecsec: missing.json: no such file\n"),
            ("empty.json", "", "ecsec: empty.json: is empty\n"),
            (
                "truncated.json", "{\"schema\": \"ecsec/assessment@1\", \"id\": ",
                "ecsec: truncated.json: not valid JSON at line 1, column 40: unexpected end of file (the file looks truncated)\n"
            ),
            (
                "checklist.json", "{\"schema\": \"ecsec/checklist@1\"}",
                "ecsec: checklist.json: $.schema: unsupported schema \"ecsec/checklist@1\"; expected \"ecsec/assessment@1\" (this is a checklist file)\n"
            ),
            ("array.json", "[1, 2]", "ecsec: array.json: $: expected a JSON object at the top level, found array\n"),
            (
                "escape.json", "{\"schema\": \"\\u001b[31mred\"}",
                "ecsec: escape.json: $.schema: unsupported schema \"\\u001b[31mred\"; expected \"ecsec/assessment@1\"\n"
            ),
        ])
    func badFiles(name: String, content: String?, message: String) throws {
        let scratch = try Scratch()
        if let content { try scratch.write(name, content) }
        let result = try Runner.run(["score", name], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        if let content { #expect(try scratch.read(name) == content) }
    }

    @Test func refusesDirectoriesNonUTF8AndOversizedFiles() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("folder.json"), withIntermediateDirectories: false)
        try scratch.write("latin1.json", bytes: Array("{\"schema\": \"".utf8) + [0xE9] + Array("\"}".utf8))
        try scratch.write("huge.json", bytes: [UInt8](repeating: 0x20, count: 16 * 1024 * 1024 + 1))
        let expectations = [
            ("folder.json", "ecsec: folder.json: is a directory, not a file\n"),
            ("latin1.json", "ecsec: latin1.json: not valid JSON at line 1, column 13: text is not valid UTF-8\n"),
            ("huge.json", "ecsec: huge.json: is too large (16777217 bytes; the limit is 16 MiB)\n"),
        ]
        for (name, message) in expectations {
            let result = try Runner.run(["answer", name, "BLD-01", "implemented"], in: scratch.path)
            #expect(result.status == 1)
            #expect(result.stderr == message)
        }
    }

    @Test func unknownChecklist() throws {
        let result = try Runner.run(["new", "x.json", "--checklist", "pci-dss"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "ecsec: no shipped checklist \"pci-dss\" and no file by that name; shipped checklists: card-security-ec-merchant, ipa-5min-self-check, ipa-ec-site\n"
        )
    }

    @Test func validateListsEveryProblem() throws {
        let scratch = try Scratch()
        try scratch.write(
            "bad.json",
            """
            {"schema": "ecsec/checklist@1", "id": "Bad", "version": "1", "title": {"ja": "x"}, "source": {}, "scoring": {"model": "weighted", "levels": []}, "sections": []}
            """)
        let result = try Runner.run([
            "validate", Repository.fixture("scoring-checklist.json"), scratch.file("bad.json"),
        ])
        #expect(result.status == 1)
        #expect(result.stdout == Repository.fixture("scoring-checklist.json: valid\n"))
        let path = scratch.file("bad.json")
        #expect(
            result.stderr == """
                ecsec: \(path): $.id: checklist ids are lower case, e.g. "my-shop-checklist"
                ecsec: \(path): $.title.en: missing required member
                ecsec: \(path): $.source.publisher: missing required member
                ecsec: \(path): $.source.title: missing required member
                ecsec: \(path): $.scoring.weights: missing required member for the weighted model; give a weight for each of: mandatory, necessary, recommended
                ecsec: \(path): $.scoring.levels: must not be empty
                ecsec: \(path): $.sections: must not be empty

                """)
        let shipped = try Runner.run([
            "validate", Repository.path("Checklists/ipa-ec-site.json"),
            Repository.path("Checklists/ipa-5min-self-check.json"),
        ])
        #expect(shipped.status == 0, "\(shipped)")
    }

    @Test func validateChecksAssessmentsAgainstTheirChecklist() throws {
        let fixture = Repository.fixture("assessment.json")
        let result = try Runner.run(["validate", fixture, "--checklist", Repository.fixture("scoring-checklist.json")])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "ecsec: warning: \(fixture): $.answers[\"OLD-1\"]: checklist scoring-fixture 1.0 has no control OLD-1; the answer is kept but not scored\n"
        )
        let unshipped = try Runner.run(["score", fixture])
        #expect(unshipped.status == 1)
        #expect(
            unshipped.stderr
                == "ecsec: \(fixture): checklist \"scoring-fixture\" is not shipped with ecsec; pass its file with --checklist PATH\n"
        )
    }

    @Test("score output matches the golden files", arguments: ["ja", "en"])
    func scoreGolden(lang: String) throws {
        let arguments = [
            "score", Repository.fixture("assessment.json"), "--checklist", Repository.fixture("scoring-checklist.json"),
            "--as-of", "2026-12-01", "--lang", lang,
        ]
        let text = try Runner.run(arguments)
        #expect(text.status == 0)
        try Golden.check(text.stdout, "score-\(lang).txt")
        let json = try Runner.run(arguments + ["--format", "json"])
        try Golden.check(json.stdout, "score.json")
    }

    @Test(
        "failures are worded in the user's language",
        arguments: [
            (["score", "missing.json"], "ecsec: missing.json: ファイルがありません\n"),
            (
                ["answer", "shop.json", "BLD-04", "done"],
                "ecsec: 回答「done」は使えません。使える値: 実施（実施している）、一部（一部実施している）、未実施（実施していない）、不明（わからない）、該当なし（該当しない）、委託（委託先・サービス提供者が実施）、未回答（implemented, partial, notImplemented, unknown, notApplicable, delegated, unanswered も使えます）\n"
            ),
            (
                ["answer", "shop.json", "bld-04", "implemented"],
                "ecsec: shop.json: チェックリスト ipa-ec-site に項目「bld-04」はありません。BLD-04 のことですか？\n"
            ),
            (
                ["answer", "shop.json", "BLD-04", "notApplicable"],
                "ecsec: shop.json: BLD-04: 「該当しない」には理由が必要です（--reason で指定します）\n"
            ),
            (["new", "shop.json"], "ecsec: shop.json: すでに存在します。別の名前にするか、先に削除してください\n"),
            (
                ["new", "x.json", "--checklist", "pci-dss"],
                "ecsec: 同梱のチェックリスト「pci-dss」も、その名前のファイルもありません。同梱のチェックリスト: card-security-ec-merchant, ipa-5min-self-check, ipa-ec-site\n"
            ),
            (
                ["score", "shop.json", "--as-of", "tomorrow"],
                "ecsec: --as-of tomorrow: 日付として読めません。2026-12-31、2026/12/31、2026年12月31日 のように指定してください\n"
            ),
            (
                ["assess", "shop.json"],
                "ecsec: ecsec assess は端末の画面で使います。スクリプトからは ecsec answer FILE CONTROL-ID STATUS を使ってください\n"
            ),
        ])
    func japaneseFailures(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        #expect(try Runner.run(["new", "shop.json"], in: scratch.path).status == 0)
        let before = try scratch.bytes("shop.json")
        let result = try Runner.run(arguments, in: scratch.path, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(try scratch.bytes("shop.json") == before)
    }

    @Test func languageComesFromTheLocale() throws {
        let scratch = try Scratch()
        let result = try Runner.run(["new", "a.json"], in: scratch.path, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.stdout.hasPrefix("a.json を作成しました"))
        let overridden = try Runner.run(
            ["new", "b.json"], in: scratch.path, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
        #expect(overridden.stdout.hasPrefix("b.json を作成しました"))
    }

    /// Japanese first: a locale that names no language (C, POSIX, C.UTF-8 — the default of
    /// many Linux, WSL and container set-ups) or none at all gives Japanese; one naming
    /// English or another language gives English; --lang overrides both.
    @Test(
        arguments: [
            (["LANG": "C.UTF-8"], "ja"), (["LANG": "C"], "ja"), (["LANG": "POSIX"], "ja"), (["LANG": ""], "ja"),
            (["LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"], "ja"), (["LANG": "en_US.UTF-8"], "en"),
            (["LANG": "fr_FR.UTF-8"], "en"), (["LANG": "ja_JP.eucJP"], "ja"),
        ] as [([String: String], String)])
    func aLocaleThatNamesNoLanguageGivesJapanese(_ environment: [String: String], _ expected: String) throws {
        let scratch = try Scratch()
        let result = try Runner.run(["new", "a.json"], in: scratch.path, environment: environment)
        #expect(result.stdout.hasPrefix(expected == "ja" ? "a.json を作成しました" : "Created a.json"), "\(result)")
        let errors = try Runner.run(["score", "missing.json"], in: scratch.path, environment: environment)
        #expect(errors.stderr.contains(expected == "ja" ? "ファイルがありません" : "no such file"), "\(errors)")
        let overridden = try Runner.run(["new", "b.json", "--lang", "en"], in: scratch.path, environment: environment)
        #expect(overridden.stdout.hasPrefix("Created b.json"))
    }
}

@Suite("Command-line phrases")
struct CommandLinePhraseTests {
    @Test func everyPhraseHasBothLanguagesAndTheSameArguments() {
        for phrase in CLIPhrase.allCases {
            #expect(!phrase.text.ja.isEmpty && !phrase.text.en.isEmpty, "\(phrase)")
            #expect(phrase.text.ja.ranges(of: "%@").count == phrase.argumentCount, "\(phrase)")
        }
    }
}

/// Every command the binary declares has its section in the README's "Commands", and every
/// format a command declares is named in that section's synopsis: a command or a format added
/// without its documentation fails here (ADR 6).
@Suite("Commands as documented")
struct DocumentedCommandTests {
    /// Under `--lang ja` (and a locale that names no language), every command's help is
    /// Japanese: its abstract, discussion, format list and each option's help — no English
    /// sentence is left once option names, file names and examples are set aside.
    @Test func everyCommandsHelpIsJapanese() throws {
        let dump = try Runner.run(["--experimental-dump-help", "--lang", "ja"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let english = try Regex(#"(?i)\b(the|and|of|to|is|with|for|an|by|when|from|each|which|that)\b"#)
        let code = try Regex(#"--?[a-z][a-z-]*|<[^>]*>|`[^`]*`|\S+\.(json|md|html|csv)\b|ecsec/\S+|\S+/\S+"#)
        var texts: [(String, String)] = []
        func collect(_ node: [String: Any], path: String) {
            let name = (path + " " + (node["commandName"] as? String ?? "")).trimmingCharacters(in: .whitespaces)
            for key in ["abstract", "discussion"] { if let text = node[key] as? String { texts.append((name, text)) } }
            for argument in node["arguments"] as? [[String: Any]] ?? [] {
                if let text = argument["abstract"] as? String { texts.append((name, text)) }
            }
            for child in node["subcommands"] as? [[String: Any]] ?? [] where child["commandName"] as? String != "help" {
                collect(child, path: name)
            }
        }
        collect(try #require(root["command"] as? [String: Any]), path: "")
        #expect(texts.count > 100, "\(texts.count) help texts")
        for (command, text) in texts {
            for line in text.split(separator: "\n") where !line.hasPrefix("  ecsec ") {
                let prose = String(line).replacing(code, with: " ")
                #expect(prose.firstMatch(of: english) == nil, "`\(command)` help in English: \(line)")
            }
        }
        // The headings and the words the help page adds are Japanese too, by locale alone.
        for command in ["", "score", "checklists"] {
            let help = try Runner.run(
                command.split(separator: " ").map(String.init) + ["--help"],
                environment: ["LANG": "C.UTF-8", "COLUMNS": "80"])
            #expect(help.status == 0 && help.stdout.contains("使い方: ecsec") && help.stdout.contains("オプション:"))
            #expect(!help.stdout.contains("USAGE:") && !help.stdout.contains("Show help information"), "\(help)")
        }
    }

    @Test func everyCommandAndFormatIsInTheReadme() throws {
        let dump = try Runner.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        let headings = readme.split(separator: "\n").filter { $0.hasPrefix("### `ecsec ") }
        func check(_ node: [String: Any], path: [String], isDefault: Bool = false) {
            // A default subcommand (`checklists list`) is documented under its parent's name.
            let name = (path + (isDefault ? [] : [node["commandName"] as? String ?? ""])).joined(separator: " ")
            let subcommands = (node["subcommands"] as? [[String: Any]] ?? []).filter {
                $0["commandName"] as? String != "help"
            }
            if subcommands.isEmpty {
                let heading = headings.first { $0.hasPrefix("### `\(name) ") || $0 == "### `\(name)`" }
                #expect(heading != nil, "README has no section for `\(name)`")
                for argument in node["arguments"] as? [[String: Any]] ?? [] {
                    let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                    guard names.contains("format") || names.contains("rows"),
                        let values = argument["allValues"] as? [String], let heading
                    else { continue }
                    for value in values {
                        #expect(heading.contains(value), "`\(name)`'s synopsis does not name \(value)")
                    }
                }
            }
            for child in subcommands {
                check(
                    child, path: path + [node["commandName"] as? String ?? ""],
                    isDefault: child["commandName"] as? String == node["defaultSubcommand"] as? String)
            }
        }
        for child in (command["subcommands"] as? [[String: Any]] ?? []) where child["commandName"] as? String != "help"
        {
            check(child, path: ["ecsec"])
        }
    }
}
