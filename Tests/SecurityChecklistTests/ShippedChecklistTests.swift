import Foundation
import TestSupport
import Testing

@testable import SecurityChecklist

@Suite("Shipped checklists")
struct ShippedChecklistTests {
    static func all() throws -> [Checklist] { try ShippedChecklists.all() }

    /// Every string anywhere in a checklist file (member values, not names).
    static func strings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .array(let items): items.flatMap(strings)
        case .object(let object): object.members.flatMap { strings($0.1) }
        default: []
        }
    }

    static func json(_ id: ChecklistID) throws -> JSONValue {
        try JSONParser.parse(try #require(ShippedChecklists.jsonText(id)))
    }

    /// The official documents the checklists model; anything else cited is an article.
    static let officialDocuments = [
        "「ECサイト構築・運用セキュリティガイドライン」", "「クレジットカード・セキュリティガイドライン」", "「5分でできる！情報セキュリティ自社診断」",
    ]

    /// The files in `Checklists/` and `Checklists/archive/`, as the repository holds them: the
    /// catalog the tests derive from, so adding a checklist or a version needs no test edit.
    static func repositoryFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Repository.path(folder)).filter { $0.hasSuffix(".json") }
            .sorted()
    }

    /// Each checklist's versions, oldest first, with the one before each (to check what a new
    /// version retires and replaces).
    static var versionPairs: [(ChecklistID, String, String)] {
        ShippedChecklists.ids.flatMap { id in
            let versions = (try? ShippedChecklists.versions(of: id)) ?? []
            return zip(versions, versions.dropFirst()).map { (id, $0, $1) }
        }
    }

    @Test func everyShippedChecklistLoadsAndIsNamedByItsID() throws {
        let files = try Self.repositoryFiles("Checklists")
        #expect(ShippedChecklists.ids.map { $0.rawValue + ".json" } == files, "every file in Checklists/ ships")
        let archive = try Self.repositoryFiles("Checklists/archive")
        #expect(
            EmbeddedChecklists.files.map(\.name).filter { $0.hasPrefix("archive/") }.sorted()
                == archive.map { "archive/" + $0 })
        for id in ShippedChecklists.ids {
            let checklist = try #require(try ShippedChecklists.checklist(id))
            #expect(checklist.id == id)
            let versions = try ShippedChecklists.versions(of: id)
            #expect(versions.last == checklist.version, "the file in Checklists/ is the newest version")
            #expect(Array(versions.dropLast()) == ShippedChecklists.archivedVersions(of: id))
            for version in versions.dropLast() {
                #expect(archive.contains("\(id)-\(version).json"))
                #expect(try ShippedChecklists.checklist(id, version: version)?.version == version)
            }
            for control in checklist.controls {
                #expect(!control.references.isEmpty, "\(control.id) has no reference")
                #expect(control.milestone != nil, "\(control.id) has no milestone")
                for tag in control.tags { #expect(checklist.tag(tag) != nil) }
            }
        }
    }

    /// Each reference names its document's publisher and says where the requirement and the
    /// priority come from; a secondary From on an official document names the sources read.
    @Test(arguments: ShippedChecklists.ids) func everyReferenceNamesItsSources(_ id: ChecklistID) throws {
        let checklist = try #require(try ShippedChecklists.checklist(id))
        for control in checklist.controls {
            for reference in control.references {
                let name = "\(control.id): \(reference.source)"
                #expect(reference.publisher != nil, "\(name) names no publisher")
                let requirement = try #require(reference.requirementFrom, "\(name) has no requirementFrom")
                let priority = try #require(reference.priorityFrom, "\(name) has no priorityFrom")
                #expect(reference.official == (requirement == .official && priority == .official))
                let isOfficialDocument = Self.officialDocuments.contains { reference.source.contains($0) }
                if isOfficialDocument, requirement == .secondary || priority == .secondary {
                    #expect(!reference.secondary.isEmpty, "\(name) does not name the secondary sources read")
                }
                // An article is a secondary source; what it recommends is never "official", and
                // what the checklist concludes from an article it does not say is editorial.
                if !isOfficialDocument {
                    #expect([.secondary, .editorial].contains(requirement) && priority == .editorial, "\(name)")
                }
                for citation in reference.secondary { #expect(citation.url?.hasPrefix("https://") == true, "\(name)") }
            }
        }
    }

    /// No internal labels (the project's own file names for its sources) reach a reader, in
    /// the newest version or the archived one.
    @Test(arguments: ShippedChecklists.ids) func noInternalLabels(_ id: ChecklistID) throws {
        let archived = EmbeddedChecklists.files.filter { $0.name.hasPrefix("archive/\(id)-") }
        #expect(archived.count == ShippedChecklists.archivedVersions(of: id).count)
        var texts = Self.strings(try Self.json(id))
        for file in archived { texts += Self.strings(try JSONParser.parse(file.json)) }
        for text in texts {
            for label in ["seed", "シード", "参考・編集判断"] {
                #expect(!text.localizedCaseInsensitiveContains(label), "\(id): \(text)")
            }
        }
    }

    /// The jargon a shop owner may not know, as the review listed it, and the acronyms the
    /// questions use: wherever one appears in a control, the glossary explains it.
    static let jargon = [
        "WAF", "SOC", "CSIRT", "TLS", "IPS/IDS", "PCI DSS", "EMV 3-Dセキュア", "VPN", "ミドルウェア", "Basic認証", "ハッシュ化",
        "公開ディレクトリ", "ペネトレーションテスト", "ファームウェア", "ドメインの正当性", "二段階認証", "クレジットマスター", "フォレンジック",
        "ランサムウェア", "脆弱性", "SLA", "JVN", "CMS", "非保持化", "パスワードリスト攻撃",
        // The second review's list (§6.4): the terms an owner meets first.
        "IPアドレス", "固定IP", "拡張子", "ディレクトリ一覧", "キャッシュ", "JPCERT/CC", "認証アプリ", "定義ファイル", "リンク型", "トークン型",
        "加盟店", "不正検知", "画像認証", "アカウントロック", "二要素認証", "審査機関", "WPA2",
    ]

    @Test(arguments: ShippedChecklists.ids) func glossaryCoversTheJargonAndEveryTermIsUsed(_ id: ChecklistID) throws {
        let checklist = try #require(try ShippedChecklists.checklist(id))
        #expect(!checklist.glossary.isEmpty)
        for language in Language.allCases {
            let texts = checklist.controls.flatMap { $0.texts(language) }
            let used = checklist.glossaryEntries(in: texts, language: language)
            for entry in checklist.glossary {
                #expect(used.contains(entry), "\(id): unused term \(entry.term[language])")
            }
        }
        for control in checklist.controls {
            let texts = control.texts(.ja)
            for word in Self.jargon where texts.contains(where: { $0.contains(word) }) {
                let entries = checklist.glossaryEntries(for: control, language: .ja)
                #expect(entries.contains { $0.term.ja.contains(word) }, "\(id) \(control.id) uses \(word) unexplained")
            }
        }
    }

    /// Questions are positive (answered 実施 / 未実施), and the Japanese is written one way.
    @Test(arguments: ShippedChecklists.ids) func plainJapanese(_ id: ChecklistID) throws {
        let checklist = try #require(try ShippedChecklists.checklist(id))
        for control in checklist.controls {
            #expect(!control.question.ja.contains("ていませんか"), "\(control.id) asks a negative question")
            // One question, not two: at most one sentence asks.
            #expect(control.question.ja.components(separatedBy: "か。").count <= 2, "\(control.id) asks twice")
            // A question names no other control and no command: it stands alone on paper.
            #expect(control.question.ja.firstMatch(of: /[A-Z]{2,4}-[0-9]{2}/) == nil, "\(control.id)")
            #expect(!control.question.ja.contains("ecsec"), "\(control.id)")
            for text in control.texts(.ja) {
                // 二段階認証 (steps) and 二要素認証 (factors) are different things, each glossed
                // where used (the jargon test); 多要素認証 is not used.
                #expect(!text.contains("多要素認証"), "\(control.id): \(text)")
                #expect(!text.contains("3Dセキュア") || text.contains("EMV 3-Dセキュア"), "\(control.id): \(text)")
                #expect(!text.contains("3-D セキュア"), "\(control.id): \(text)")
                // No space between a Latin word and Japanese.
                let spaced = text.contains(/[A-Za-z0-9] [ぁ-んァ-ヶ一-龠]|[ぁ-んァ-ヶ一-龠] [A-Za-z0-9]/)
                #expect(!spaced, "\(control.id): \(text)")
            }
        }
    }

    /// A card-guideline duty has one priority wherever it is asked.
    @Test func eachCardDutyHasOnePriorityAcrossFiles() throws {
        var priorities: [String: Set<Priority>] = [:]
        var controls: [String: [String]] = [:]
        for checklist in try Self.all() {
            for control in checklist.controls {
                for reference in control.references where reference.source.contains("クレジットカード・セキュリティガイドライン") {
                    priorities[reference.item, default: []].insert(control.priority)
                    controls[reference.item, default: []].append("\(checklist.id) \(control.id)")
                }
            }
        }
        #expect(priorities.count >= 10)
        for (item, set) in priorities { #expect(set == [.mandatory], "\(item): \(controls[item] ?? [])") }
        // Both files ask the duties they share.
        let shared = controls.filter { _, ids in Set(ids.map { $0.split(separator: " ")[0] }).count == 2 }
        #expect(shared.count >= 8, "\(controls)")
    }

    /// Controls a version dropped with nothing to continue them, and why (content decisions,
    /// listed here so that any other drop fails).
    static let droppedWithoutReplacement: Set<String> = [
        "ipa-ec-site 1.1 BLD-06"  // the card section asks its duties
    ]

    /// Every control of a version is still there or retired in the next; a retired one is
    /// continued by the controls that replace it; a new control says when it was added.
    @Test(arguments: versionPairs.map { "\($0.0) \($0.1) \($0.2)" })
    func replacementsNameWhatTheyReplace(_ pair: String) throws {
        let parts = pair.split(separator: " ").map(String.init)
        let (id, before, after) = (ChecklistID(parts[0]), parts[1], parts[2])
        let old = try #require(try ShippedChecklists.checklist(id, version: before))
        let new = try #require(try ShippedChecklists.checklist(id, version: after))
        let retired = Set(new.retired.filter { $0.version == after }.map(\.id))
        let replaced = Set(new.controls.flatMap(\.replaces))
        for control in old.controls where !new.contains(control.id) {
            #expect(retired.contains(control.id), "\(control.id) vanished without being retired")
            if !Self.droppedWithoutReplacement.contains("\(id) \(after) \(control.id)") {
                #expect(replaced.contains(control.id), "nothing replaces \(control.id)")
            }
        }
        // What a control replaces was a control of this version or an earlier one.
        var earlier = Set<ControlID>()
        for version in try ShippedChecklists.versions(of: id) {
            earlier.formUnion(try #require(try ShippedChecklists.checklist(id, version: version)).controls.map(\.id))
            if version == before { break }
        }
        for replacedID in replaced { #expect(earlier.contains(replacedID), "\(replacedID) was never a control") }
        for control in new.controls where !old.contains(control.id) {
            #expect(control.addedIn == after, "\(control.id)")
        }
    }

    /// The hosted-cart walkthroughs' findings: hosting is asked only of shops that run their
    /// own software; a cart that cannot restrict the admin screen is asked for a substitute
    /// instead of BLD-04; admin phones are asked about like admin computers; MGT-03 no longer
    /// sends the owner back to this checklist.
    @Test func fitsAHostedCart() throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-ec-site"))
        let hosting = try #require(checklist.profile.first { $0.key == "hosting" })
        #expect(!checklist.isAsked(hosting, given: ["platform": "cart-asp"]))
        #expect(checklist.isAsked(hosting, given: ["platform": "package"]))
        #expect(checklist.profile.map(\.key).contains("staff") && checklist.profile.map(\.key).contains("contractor"))
        let bld04 = try #require(checklist.control("BLD-04"))
        #expect(bld04.appliesWhen == [ProfileCondition(key: "adminRestriction", values: ["yes", "unknown"])])
        let substitute = try #require(checklist.control("BLD-17"))
        #expect(substitute.priority == .mandatory && substitute.question.ja.contains("二段階認証"))
        #expect(substitute.references.allSatisfy { $0.note?.ja.contains("本チェックリストの判断") == true })
        #expect(!(checklist.control("MGT-03")?.how.ja.contains("最後まで回答") ?? true))
        // Admin devices are kept patched by every shop (operation-time requirement 1, 必須),
        // computers and phones alike.
        for id: ControlID in ["OPS-16", "OPS-30"] {
            #expect(checklist.control(id)?.priority == .mandatory)
            #expect(checklist.control(id)?.references.first?.item == "運用時のセキュリティ対策要件 1")
        }
        // The hosting option a package shop sees fits a package shop.
        #expect(hosting.options.first?.label.ja.contains("モール・カート事業者") == false)
    }

    /// Counted by hand for 1.2. A cart-ASP shop with staff, no contractor, no remote access,
    /// PCs only, a cart that restricts the admin screen, its own domain, exported orders:
    /// MGT 7 (not MGT-06) + BLD 7 (04, 15, 09, 19, 10, 11, 14) + CARD 5 (05, 02, 03, 04, 06)
    /// + OPS 18 (16, 28, 29, 31, 32, 21, 36, 37, 38, 22, 23, 33, 34, 12, 26, 27, 14, 15) + INC 7
    /// = 44. A package shop with everything: all 71 but BLD-07 (it takes cards), BLD-17 (it can
    /// restrict), BLD-20 and OPS-15 (no cart), OPS-35 (it has staff) = 66. A mall shop without
    /// cards, staff, contractor or domain, run from a phone, that cannot restrict: MGT 7 + BLD 3
    /// (17, 09, 18) + OPS 13 (30, 28, 31, 32, 21, 36, 37, 38, 23, 12, 35, 14, 15) + INC 7 = 30.
    @Test(
        "profile tailors the scope",
        arguments: [
            (
                [
                    "platform": "cart-asp", "customCode": "no", "cardHandling": "provider", "wordpress": "no",
                    "members": "yes", "staff": "yes", "contractor": "no", "remoteAccess": "no", "adminDevices": "pc",
                    "adminRestriction": "yes", "ownDomain": "yes", "exportsData": "yes",
                ], 44
            ),
            (
                [
                    "platform": "package", "hosting": "iaas", "cardHandling": "own-servers", "wordpress": "yes",
                    "members": "yes", "staff": "yes", "contractor": "yes", "remoteAccess": "yes",
                    "adminDevices": "both", "adminRestriction": "yes", "ownDomain": "yes", "exportsData": "yes",
                ], 66
            ),
            (
                [
                    "platform": "mall", "customCode": "no", "cardHandling": "none", "wordpress": "no", "members": "no",
                    "staff": "no", "contractor": "no", "remoteAccess": "no", "adminDevices": "mobile",
                    "adminRestriction": "no", "ownDomain": "no", "exportsData": "no",
                ], 30
            ),
        ])
    func scope(profile: [String: String], inScope: Int) throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-ec-site"))
        var assessment = Assessment.fixture(checklist, answers: [:])
        for (key, value) in profile {
            try assessment.setProfile(ProfileKey(key), to: ProfileValue(value), in: checklist, at: t0)
        }
        #expect(assessment.profileIsComplete(for: checklist))
        #expect(assessment.controlsInScope(of: checklist).count == inScope)
        // A cart-ASP shop is not asked to patch its own server; it is asked about its provider.
        let ids = Set(assessment.controlsInScope(of: checklist).map(\.id))
        #expect(ids.contains("OPS-01") == (profile["platform"] == "package"))
        #expect(ids.contains("OPS-15") == (profile["platform"] != "package"))
    }

    @Test func cardSecurityChecklistCoversVersion6() throws {
        let checklist = try #require(try ShippedChecklists.checklist("card-security-ec-merchant"))
        #expect(checklist.sections.map(\.id) == ["DATA", "VULN", "FRAUD"])
        // The five vulnerability measures: admin access (7 controls, one the substitute for carts
        // that cannot restrict), data directories (2), web-application vulnerabilities,
        // anti-virus, card testing.
        #expect(checklist.sections[1].controls.count == 12)
        #expect(checklist.controls.allSatisfy { $0.priority == .mandatory })
        // Current forms lock after 10 or fewer failures, and the reference says where that is read.
        let lockout = try #require(checklist.control("CS-13"))
        #expect(lockout.question.ja.contains("10回以下"))
        #expect(lockout.references.first?.secondary.count ?? 0 >= 4)
        #expect(lockout.how.ja.contains("代替策"))
        #expect(checklist.source.published == "2025-03-04")
        // The unauthorised-login duty applies to every card shop, guest checkout included.
        let login = try #require(checklist.control("CS-25"))
        #expect(login.appliesWhen.isEmpty && login.replaces == ["CS-21", "CS-22", "CS-23"])
        // Both measures the cited source lists beside the five are asked (B-10).
        let items = Set(checklist.controls.flatMap { $0.references.map(\.item) })
        #expect(items.contains("オーソリゼーション処理の体制整備") && items.contains("加盟店契約上の善良なる管理者の注意義務の履行"))
        // A hosted cart that restricts its admin screen, with staff, never named for fraud:
        // DATA 1 + VULN 8 (10, 26, 27, 28, 12, 13, 17, 18) + FRAUD 5 (20, 25, 31, 32, 33) = 14;
        // CS-14/15/16 are the provider's, as in ipa-ec-site.
        var assessment = Assessment.fixture(checklist, answers: [:])
        for (key, value) in [
            "platform": "cart-asp", "staff": "yes", "adminRestriction": "yes", "fraudDesignated": "no",
        ] {
            try assessment.setProfile(ProfileKey(key), to: ProfileValue(value), in: checklist, at: t0)
        }
        #expect(assessment.controlsInScope(of: checklist).count == 14)
        #expect(assessment.profileIsComplete(for: checklist))
    }

    /// The model compiled into the binary is exactly what the strict loader makes of the JSON,
    /// for every shipped file, newest and archived; a damaged compact form reads as nothing.
    @Test func theEmbeddedModelIsWhatTheLoaderReads() throws {
        #expect(
            ShippedChecklists.fileNames.count == (try Self.repositoryFiles("Checklists").count)
                + (try Self.repositoryFiles("Checklists/archive").count))
        for name in ShippedChecklists.fileNames {
            let compact = try #require(ShippedChecklists.loadCompact(name), "\(name)")
            #expect(compact == (try ShippedChecklists.loadFromJSON(name)), "\(name)")
            let (layout, strings) = CompactChecklist.encode(compact)
            #expect(CompactChecklist.decode(layout, strings: strings) == compact)
            #expect(CompactChecklist.decode(String(layout.dropLast()), strings: strings) == nil)
            #expect(CompactChecklist.decode(layout + "0", strings: strings) == nil)
            #expect(CompactChecklist.decode(layout, strings: Array(strings.dropLast())) == nil)
        }
        #expect(CompactChecklist.decode("", strings: []) == nil)
        #expect(CompactChecklist.decode("9999999999999999999999:", strings: []) == nil)
    }

    /// Every guideline item the checklist models is asked by some control: the seven management
    /// items, the fourteen build-time requirements and operation-time requirement 1.
    @Test func noGuidelineItemIsUntraced() throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-ec-site"))
        let items = Set(checklist.controls.flatMap { $0.references.map(\.item) })
        for n in 1...7 where n != 5 { #expect(items.contains("第1部 経営者が実行すべき事項 \(n)"), "management \(n)") }
        for n in 1...14 { #expect(items.contains("構築時のセキュリティ対策要件 \(n)"), "build-time \(n)") }
        #expect(items.contains("運用時のセキュリティ対策要件 1"))
        // Every card-guideline measure ipa-ec-site asks is in the card file too (C-01).
        let card = try #require(try ShippedChecklists.checklist("card-security-ec-merchant"))
        let cardItems = Set(card.controls.flatMap { $0.references.map(\.item) })
        for control in checklist.controls {
            for reference in control.references where reference.source.contains("クレジットカード・セキュリティガイドライン") {
                #expect(cardItems.contains(reference.item), "\(control.id): \(reference.item)")
            }
        }
        // Section descriptions state no count their contents could contradict (B-09).
        for section in checklist.sections {
            #expect(section.description?.ja.firstMatch(of: /[0-9０-９]+(項目です|の要件です)/) == nil, "\(section.id)")
        }
    }

    /// The newest version carries a file of the version before it: each control that takes
    /// another control's answer (split, merged or re-asked) is marked, and only those.
    @Test(arguments: ["card-security-ec-merchant", "ipa-ec-site"])
    func aFileOfTheLastVersionCarriesIntoTheNewest(_ id: String) throws {
        let newest = try #require(try ShippedChecklists.checklist(ChecklistID(id)))
        let versions = try ShippedChecklists.versions(of: ChecklistID(id))
        let before = try #require(
            try ShippedChecklists.checklist(ChecklistID(id), version: versions[versions.count - 2]))
        // Every control of the older version answered, in turn, with each status.
        let statuses = AnswerStatus.allCases
        var answers: [String: AnswerStatus] = [:]
        for (index, control) in before.controls.enumerated() {
            answers[control.id.rawValue] = statuses[index % statuses.count]
        }
        let old = Assessment.fixture(before, answers: answers)
        let next = try old.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000cc", checklist: newest, period: "2027-Q1", now: t0)
        for control in newest.controls {
            let answer = next.answers[control.id]
            if before.contains(control.id) {
                #expect(
                    answer?.status == answers[control.id.rawValue] && answer?.carriedFromControl == nil, "\(control.id)"
                )
            } else if let source = answer?.carriedFromControl {
                #expect(control.replaces.contains(source), "\(control.id) from \(source)")
            } else {
                #expect(answer == nil && control.replaces.allSatisfy { !before.contains($0) }, "\(control.id) unmarked")
            }
        }
    }

    @Test func fiveMinuteSelfCheckHasTheOfficialShape() throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-5min-self-check"))
        #expect(checklist.sections.map { $0.controls.count } == [5, 13, 7])
        guard case .points(let table) = checklist.scoring.model else {
            Issue.record("expected the points model")
            return
        }
        #expect(table[.answered(.implemented)] == Decimal3(4))
        #expect(table[.answered(.partial)] == Decimal3(2))
        #expect(table[.answered(.notImplemented)] == Decimal3(0))
        #expect(table[.answered(.unknown)] == Decimal3(-1))
        #expect(checklist.scoring.levels.map { $0.minScore?.description } == ["100", "70", "50", nil])
        // Part 1 is "the five mandatory items" (a secondary source says so, and the data names it).
        #expect(checklist.sections[0].controls.allSatisfy { $0.priority == .mandatory })
        #expect(checklist.sections[0].controls.allSatisfy { $0.references[0].priorityFrom == .secondary })
        #expect(checklist.description?.ja.contains("旧版") == true)
    }

    /// A 1.0 file keeps its questions: it is scored against 1.0, and carried into 1.1 its
    /// answers follow the controls that replace the old ones; the diff names them.
    @Test func aFileOfTheFirstVersionCarriesIntoTheSecond() throws {
        let path = Repository.path("Examples/quarters/shop-2026-Q4.json")
        let old = try Assessment(json: Array(try Data(contentsOf: URL(fileURLWithPath: path))), source: path)
        #expect(old.checklist.version == "1.0")
        let v10 = try #require(try ShippedChecklists.checklist("ipa-ec-site", version: "1.0"))
        let v11 = try #require(try ShippedChecklists.checklist("ipa-ec-site", version: "1.1"))
        #expect(old.check(against: v10).isEmpty)
        var next = try old.nextPeriod(
            id: "00000000-0000-4000-8000-0000000000aa", checklist: v11, period: "2027-Q1", now: t0)
        // OPS-09 (2FA, one account each, leavers removed) continues as OPS-21, OPS-22, OPS-23:
        // each carries OPS-09's answer marked as another question's, which "no change" cannot
        // confirm — only an answer can.
        for id: ControlID in ["OPS-21", "OPS-22", "OPS-23"] {
            #expect(next.answers[id]?.status == old.answers["OPS-09"]?.status)
            #expect(next.answers[id]?.carriedFrom == "2026-Q4")
            #expect(next.answers[id]?.carriedFromControl == "OPS-09")
            #expect(throws: AssessmentEditError.answerOfAnotherControl(id, from: "OPS-09")) {
                try next.confirm(id, in: v11, at: t0)
            }
        }
        // Every control that received another control's answer is marked; the others are not.
        for (id, answer) in next.answers where v11.contains(id) {
            let replaced = v11.control(id)!.replaces
            if let source = answer.carriedFromControl {
                #expect(replaced.contains(source) && old.answers[id] == nil, "\(id) from \(source)")
            } else {
                #expect(old.answers[id] != nil, "\(id) took another's answer unmarked")
            }
        }
        // Recording an answer clears the mark; the file keeps it until then (a round trip).
        let reloaded = try Assessment(json: next.validatedJSON(for: "next.json"), source: "next.json")
        #expect(reloaded.answers["OPS-21"]?.carriedFromControl == "OPS-09")
        var answered = next
        try answered.record(.implemented, for: "OPS-21", in: v11, at: t0)
        #expect(answered.answers["OPS-21"]?.carriedFromControl == nil && answered.answers["OPS-21"]?.carriedFrom == nil)
        try next.record(.notImplemented, for: "OPS-23", in: v11, at: t0)
        let diff = Differ.diff(old: old, oldChecklist: v10, new: next, newChecklist: v11)
        let change = try #require(diff.changes.first { $0.control == "OPS-23" })
        #expect(change.previousControl == "OPS-09")
        #expect(change.kind == .regressed)
        // The diff lists every mapping, changed or not.
        #expect(diff.mappingsText.contains("OPS-09 → OPS-21, OPS-22, OPS-23"), "\(diff.mappingsText)")
        #expect(diff.mappings.contains(.init(from: "MGT-05", to: "INC-01")))
        #expect(diff.text(checklist: v11, oldChecklist: v10, language: .ja).contains("OPS-09 → OPS-21, OPS-22, OPS-23"))
    }
}
