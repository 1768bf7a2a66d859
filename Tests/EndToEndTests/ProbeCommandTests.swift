import Foundation
import TestSupport
import Testing

/// `ecsec probe` without a network (its refusals, --dry-run, --token) and a saved probe run in
/// every output. The runs against real sites are Tests/Probe/probe_check.py's (nginx in a
/// network namespace of its own).
@Suite("The probe on the command line")
struct ProbeCommandTests {
    static let probed = Repository.path("Tests/SecurityChecklistTests/Fixtures/probed-assessment.json")

    @Test(arguments: [
        (["probe", "ftp://shop.test/"], "is not an http or https URL"),
        (["probe", "https://shop.test/", "--page", "https://other.test/cart"], "is not a page of https://shop.test"),
        (["probe", "https://shop.test/", "--resolve", "shop.test"], "is not NAME:ADDRESS"),
        (["probe", "https://shop.test/", "--resolve", "shop.test:not-an-address"], "is not NAME:ADDRESS"),
        (["probe", "https://shop.test/", "--max-requests", "500"], "is not a number from 1 to 100"),
        (["probe", "https://shop.test/", "--interval=-1"], "is not a number of seconds"),
        (["probe", "https://shop.test/", "--interval", "soon"], "is not a number of seconds"),
        (["probe", "https://shop.test/", "--ca-file", "/nonexistent/ca.pem"], "cannot be read"),
    ])
    func badInputIsRefusedBeforeAnyRequest(_ arguments: [String], _ message: String) throws {
        let result = try Runner.run(arguments)
        #expect(result.status == 1 && result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aBadExclusionLineIsNamed() throws {
        let scratch = try Scratch()
        try scratch.write("patched.txt", "# ours\nhttps://shop.test/js/jquery.js  ticket 1\njquery.js is patched\n")
        let result = try Runner.run([
            "probe", "https://shop.test/", "--exclusions", scratch.file("patched.txt"), "--dry-run",
        ])
        #expect(result.status == 1 && result.stderr.contains("line 3, is neither a URL nor a SHA-256"), "\(result)")
    }

    @Test func theDryRunNamesEveryRequestAndTheBudget() throws {
        let result = try Runner.run(["probe", "https://shop.test/", "--page", "/cart", "--dry-run"])
        #expect(result.status == 0, "\(result)")
        for line in [
            "TLS shop.test:443", "TLS shop.test:443 (TLS 1.0)", "GET http://shop.test/", "GET https://shop.test/cart",
            "GET https://shop.test/.env (with the owner's token in place)", "At most 40 requests, at least 1 s apart",
            "User-Agent: ecsec-probe/",
        ] {
            #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
        }
        let japanese = try Runner.run(["probe", "https://shop.test/", "--dry-run", "--lang", "ja"])
        #expect(japanese.stdout.contains("何も送っていません") && japanese.stdout.contains("所有の確認（トークン）があるとき"))
    }

    @Test func theTokenIsTheSitesAndSaysWhereItGoes() throws {
        let one = try Runner.run(["probe", "https://shop.test/", "--token"])
        let again = try Runner.run(["probe", "https://SHOP.test/top", "--token"])
        let other = try Runner.run(["probe", "https://other.test/", "--token"])
        #expect(one.status == 0 && one.stdout == again.stdout, "the token depends on the host only")
        #expect(one.stdout != other.stdout)
        #expect(one.stdout.contains("https://shop.test/.well-known/ecsec.txt"))
        #expect(one.stdout.contains("<meta name=\"ecsec-site-verification\" content=\"ecsec-site-verification-"))
    }

    /// The saved run in score, the reports and OSCAL, its hostile text escaped, and the
    /// contradicted answers flagged.
    @Test func aSavedRunIsInEveryOutput() throws {
        let score = try Runner.run(["score", Self.probed, "--lang", "ja"])
        #expect(score.stdout.contains("観測と回答が一致しません"), "\(score.stdout)")
        #expect(score.stdout.contains("BLD-04") && score.stdout.contains("← admin-exposed"))
        let json = try Runner.run(["score", Self.probed, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let conflicts = try #require(document["observationConflicts"] as? [[String: Any]])
        #expect(conflicts.compactMap { $0["control"] as? String } == ["BLD-04", "BLD-09"], "in checklist order")
        let html = try Runner.run(["report", Self.probed, "--format", "html", "--lang", "en"])
        #expect(html.stdout.contains("Site observations (ecsec probe)"))
        #expect(html.stdout.contains("t.js &lt;b&gt;") && !html.stdout.contains("t.js <b>"), "site text is escaped")
        #expect(html.stdout.contains("Observation and answer disagree"))
        let markdown = try Runner.run(["report", Self.probed, "--format", "markdown", "--lang", "en"])
        #expect(
            markdown.stdout.contains("| FAIL | hsts |") && markdown.stdout.contains("t.js &lt;b&gt;"),
            "\(markdown.stdout)")
        let csv = try Runner.run(["report", Self.probed, "--format", "csv", "--lang", "ja"])
        #expect(csv.stdout.contains("観測 2026-10-07 [問題] hsts"))
        let oscal = try Runner.run(["report", Self.probed, "--format", "oscal"])
        #expect(oscal.stdout.contains("\"type\": \"tool\"") && oscal.stdout.contains("\"probe-check\""))
    }
}
