import Testing

@testable import SecurityChecklist

@Suite("Shipped checklists")
struct ShippedChecklistTests {
    @Test func everyShippedChecklistLoadsAndIsNamedByItsID() throws {
        #expect(ShippedChecklists.ids == ["card-security-ec-merchant", "ipa-5min-self-check", "ipa-ec-site"])
        for id in ShippedChecklists.ids {
            let checklist = try #require(try ShippedChecklists.checklist(id))
            #expect(checklist.id == id)
            for control in checklist.controls {
                #expect(!control.references.isEmpty, "\(control.id) has no reference")
                for tag in control.tags { #expect(checklist.tag(tag) != nil) }
            }
        }
    }

    @Test func ipaECSiteCoversTheGuideline() throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-ec-site"))
        #expect((35...50).contains(checklist.controls.count))
        #expect(checklist.sections.map(\.id) == ["MGT", "BLD", "CARD", "OPS", "INC"])
        #expect(checklist.sections[0].controls.count == 7)
        #expect(checklist.sections[1].controls.count == 14)
        #expect(checklist.profile.map(\.key) == ["platform", "hosting", "cardHandling", "wordpress", "members"])
        let required: [TagID] = [
            "patching", "vulnerability-assessment", "waf", "access-control", "mfa", "encryption", "logging",
            "backup", "malware", "policy", "education", "monitoring", "csirt", "incident-response",
            "cyber-insurance", "payment", "outsourcing", "personal-data",
        ]
        for tag in required {
            #expect(checklist.controls.contains { $0.tags.contains(tag) }, "no control tagged \(tag)")
        }
        // The only verified official priority is operation-time requirement 1.
        let official = checklist.controls.filter { control in
            control.references.contains { $0.official && $0.source.hasPrefix("IPA「EC") }
        }
        #expect(official.map(\.id) == ["OPS-01"])
        #expect(checklist.control("OPS-01")?.priority == .mandatory)
    }

    /// Counted by hand: cart-ASP 7 MGT + 8 BLD + 3 CARD + 7 OPS + 6 INC; package with card data
    /// everything but OPS-15; mall without cards 7 + 4 BLD + 7 OPS + 6 INC.
    @Test(
        "profile tailors the scope",
        arguments: [
            (
                [
                    "platform": "cart-asp", "hosting": "provider", "cardHandling": "provider", "wordpress": "no",
                    "members": "yes",
                ], 31
            ),
            (
                [
                    "platform": "package", "hosting": "iaas", "cardHandling": "own-servers", "wordpress": "yes",
                    "members": "yes",
                ], 44
            ),
            (
                [
                    "platform": "mall", "hosting": "provider", "cardHandling": "none", "wordpress": "no",
                    "members": "no",
                ], 24
            ),
        ])
    func scope(profile: [String: String], inScope: Int) throws {
        let checklist = try #require(try ShippedChecklists.checklist("ipa-ec-site"))
        var assessment = Assessment.fixture(checklist, answers: [:])
        for (key, value) in profile {
            try assessment.setProfile(ProfileKey(key), to: ProfileValue(value), in: checklist, at: t0)
        }
        #expect(assessment.controlsInScope(of: checklist).count == inScope)
        // A cart-ASP shop is not asked to patch its own server; it is asked about its provider.
        let ids = Set(assessment.controlsInScope(of: checklist).map(\.id))
        #expect(ids.contains("OPS-01") == (profile["platform"] == "package"))
        #expect(ids.contains("OPS-15") == (profile["platform"] != "package"))
    }

    @Test func cardSecurityChecklistCoversVersion6() throws {
        let checklist = try #require(try ShippedChecklists.checklist("card-security-ec-merchant"))
        #expect(checklist.sections.map(\.id) == ["DATA", "VULN", "FRAUD"])
        // The five vulnerability measures: admin access (4 controls), data directories (2),
        // web-application vulnerabilities, anti-virus, card testing.
        #expect(checklist.sections[1].controls.count == 9)
        #expect(checklist.controls.allSatisfy { $0.priority == .mandatory })
        // The lockout threshold is unverified and the reference says so.
        let lockout = try #require(checklist.control("CS-13"))
        #expect(lockout.references.first?.note?.en.contains("unverified") == true)
        #expect(checklist.source.url == nil && checklist.source.published == nil)
        var assessment = Assessment.fixture(checklist, answers: [:])
        try assessment.setProfile("members", to: "no", in: checklist, at: t0)
        try assessment.setProfile("fraudOccurred", to: "no", in: checklist, at: t0)
        #expect(assessment.controlsInScope(of: checklist).count == 11)
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
    }
}
