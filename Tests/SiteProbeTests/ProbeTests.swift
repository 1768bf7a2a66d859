import Foundation
import TestSupport
import Testing

@testable import SecurityChecklist
@testable import SiteProbe

/// A site made of canned answers, path by path, for running the planner without a network.
struct FakeSite {
    var address = "127.0.0.1"
    var pages: [String: ProbeExchange] = [:]
    var notFound = ProbeExchange(status: 404, body: Array("<html>not found</html>".utf8))
    var handshake = ProbeExchange(
        tlsVersion: "1.3",
        certificate: .init(subject: "shop.test", issuer: "Test CA", notAfter: 1_900_000_000, names: ["shop.test"]))
    var oldVersionsAccepted = false

    func answer(_ request: ProbeRequest) -> ProbeExchange {
        var exchange: ProbeExchange
        switch request.kind {
        case .handshake:
            exchange =
                request.onlyVersion != nil && !oldVersionsAccepted
                ? ProbeExchange(failure: .tls, message: "UNSUPPORTED_PROTOCOL") : handshake
        case .get, .head:
            exchange =
                pages[request.url.scheme.rawValue + ":" + request.url.path] ?? pages[request.url.path] ?? notFound
        }
        exchange.address = address
        return exchange
    }

    /// Runs `options` to the end against this site, one second apart on a pretend clock.
    func run(_ options: ProbeOptions) -> ProbeRun {
        var run = ProbeRun(options: options)
        var clock = 0.0
        while let request = run.next() {
            clock = max(clock, run.notBefore() ?? 0)
            run.record(answer(request), for: request, startedAt: clock)
        }
        return run
    }
}

func page(_ html: String, headers: [(String, String)] = []) -> ProbeExchange {
    ProbeExchange(status: 200, headers: [("Content-Type", "text/html")] + headers, body: Array(html.utf8))
}

func options(
    _ url: String = "https://shop.test/", pages: [String] = [], maxRequests: Int = 40, interval: Double = 1
) throws -> ProbeOptions {
    let target = try #require(ProbeURL(url))
    return ProbeOptions(
        target: target, pages: pages.compactMap { target.resolving($0) }, maxRequests: maxRequests,
        interval: interval, addresses: ["shop.test": "127.0.0.1"], notFoundPath: "/ecsec-probe-not-found-1",
        data: try ProbeData.shipped())
}

let eccubeHome = page(
    """
    <html><head><link href="/html/template/default/assets/css/style.css" rel="stylesheet">
    <script src="/html/template/default/assets/js/jquery-3.4.1.min.js"></script></head><body>shop</body></html>
    """)

@Suite("Probe: URLs, the data file and the wire")
struct ProbeBasicsTests {
    @Test(arguments: [
        ("https://Shop.Example.jp", "https://shop.example.jp/"),
        ("http://shop.example.jp:8080/a?b=1#frag", "http://shop.example.jp:8080/a?b=1"),
        ("https://shop.example.jp:443/x", "https://shop.example.jp/x"),
        ("https://お店.jp/", "https://xn--t8jz70l.jp/"),
        ("https://ショップ。jp", "https://xn--xckya1d0c.jp/"),
        ("https://[::1]:8443/", "https://[::1]:8443/"),
        ("  https://shop.test/?q  ", "https://shop.test/?q"),
    ])
    func urlsAreReadAsBrowsersDo(_ text: String, _ expected: String) throws {
        #expect(ProbeURL(text)?.description == expected)
    }

    @Test(arguments: [
        "ftp://shop.test/", "shop.test", "https://user@shop.test/", "https://:443/", "https://shop.test:0/",
        "https://shop.test:99999/", "https://sh op.test/", "https://shop..test/", "javascript:alert(1)",
    ])
    func otherTextIsNotAURL(_ text: String) {
        #expect(ProbeURL(text) == nil)
    }

    @Test(arguments: [
        ("/js/app.js", "https://shop.test/js/app.js"), ("app.js", "https://shop.test/shop/app.js"),
        ("../js/a.js", "https://shop.test/js/a.js"), ("./a/./b/../c.js", "https://shop.test/shop/a/c.js"),
        ("//cdn.example/x.js", "https://cdn.example/x.js"), ("https://cdn.example/y.js#z", "https://cdn.example/y.js"),
        ("?page=2", "https://shop.test/shop/cart?page=2"),
    ])
    func referencesResolveAgainstThePage(_ reference: String, _ expected: String) throws {
        let base = try #require(ProbeURL("https://shop.test/shop/cart?x=1"))
        #expect(base.resolving(reference)?.description == expected)
    }

    @Test func otherSchemesAreNotFollowed() throws {
        let base = try #require(ProbeURL("https://shop.test/"))
        for reference in ["data:text/javascript,alert(1)", "javascript:void(0)", "mailto:a@b", ""] {
            #expect(base.resolving(reference) == nil, "\(reference)")
        }
    }

    @Test func loopbackIsJudgedAsWritten() throws {
        #expect(try #require(ProbeURL("https://localhost/")).isLoopbackAsWritten)
        #expect(try #require(ProbeURL("https://127.0.0.5/")).isLoopbackAsWritten)
        #expect(try #require(ProbeURL("https://[::1]/")).isLoopbackAsWritten)
        #expect(!(try #require(ProbeURL("https://shop.test/")).isLoopbackAsWritten))
        #expect(ProbeURL.isLoopbackAddress("::ffff:127.0.0.1") && !ProbeURL.isLoopbackAddress("128.0.0.1"))
    }

    /// The shipped data loads strictly, keeps every platform within the polite limit, and its
    /// advisories say what their sources say.
    @Test func theShippedDataLoadsAndIsPolite() throws {
        let data = try ProbeData.shipped()
        let file = try DocumentFile.read(Repository.path("Checklists/probe/probe-data.json"))
        #expect(try ProbeData(json: file, source: "probe-data.json") == data, "the embedded data is the file")
        for platform in data.platforms {
            #expect(data.commonExposures.count + platform.exposures.count <= ProbeData.maximumExposures)
        }
        let jquery = try #require(data.libraries.first { $0.id == "jquery" })
        let affected = { (version: String) in
            jquery.advisories.filter { $0.affects(VersionNumber(version)!) }.map(\.id).sorted()
        }
        #expect(affected("3.4.1") == ["CVE-2020-11022", "CVE-2020-11023"])
        #expect(affected("3.5.0") == [])
        #expect(affected("1.0.3") == ["CVE-2015-9251", "CVE-2019-11358", "CVE-2020-11023"])
        #expect(affected("1.0.2") == ["CVE-2015-9251", "CVE-2019-11358"], "CVE-2020-11023 starts at 1.0.3")
    }

    @Test func aDataFileWithTooManyPathsIsRefused() throws {
        var text = String(
            decoding: try DocumentFile.read(Repository.path("Checklists/probe/probe-data.json")), as: UTF8.self)
        let many = (1...12).map { "{\"path\": \"/extra\($0)\", \"check\": \"exposed-env\"}" }.joined(separator: ", ")
        text = text.replacingOccurrences(of: "\"exposures\": []", with: "\"exposures\": [\(many)]")
        #expect(throws: LoadError.self) { try ProbeData(json: Array(text.utf8), source: "x.json") }
    }

    @Test func aRunOrderCrossesToTheEdgeUnchanged() throws {
        let target = try #require(ProbeURL("https://shop.test/"))
        let order = ProbeRunOrder(
            target: target, pages: [target.with(path: "/cart")], maxRequests: 12, intervalMilliseconds: 250,
            addresses: ["shop.test": "127.0.0.1"], caFile: "/tmp/ca.pem", probeVersion: "0.2.0",
            previousScripts: [
                ProbeScript(
                    page: "https://shop.test/cart", url: "https://cdn.test/a.js", origin: "https://cdn.test",
                    thirdParty: true, sha256: nil, sri: false, cardPath: true)
            ], hostedCart: true, dryRun: false)
        let read = try #require(ProbeRunOrder(json: Array(order.jsonLine().utf8)))
        #expect(read.jsonLine() == order.jsonLine() && read.previousScripts == order.previousScripts)
        #expect(ProbeRunOrder(json: Array("{\"target\": \"ftp://x/\"}".utf8)) == nil)
        let options = ProbeOptions(order: order, notFoundPath: "/nf", data: try ProbeData.shipped())
        #expect(options.interval == 0.25 && options.maxRequests == 12 && options.pages.count == 1)
        let planned = [ProbePlannedRequest(line: "GET https://shop.test/", condition: LocalizedText(ja: "あ", en: "a"))]
        let list = try #require(ProbePlannedRequest.list(json: Array(ProbePlannedRequest.jsonText(planned).utf8)))
        #expect(list.map(\.line) == planned.map(\.line) && list.map(\.condition) == planned.map(\.condition))
    }

    /// Every check is evidence for some control of the guideline checklist: none is run for
    /// nothing.
    @Test func everyCheckMapsToAControl() throws {
        let checklist = try #require(try ShippedChecklists.checklist(ChecklistID("ipa-ec-site")))
        let mapped = Set(checklist.controls.flatMap(\.observedBy))
        #expect(Set(ProbeCheck.allCases).subtracting(mapped).isEmpty, "\(Set(ProbeCheck.allCases).subtracting(mapped))")
    }
}

@Suite("Probe: politeness is the planner's")
struct ProbePlannerTests {
    @Test func theBudgetIsNeverExceeded() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        site.pages["/.well-known/ecsec.txt"] = page(ProbeURL("https://shop.test/")!.consentToken)
        for budget in [1, 3, 7, 40] {
            let run = site.run(try options(maxRequests: budget))
            #expect(run.requestCount <= budget)
            if budget < 10 { #expect(run.budgetExhausted && run.requestCount == budget) }
        }
    }

    @Test func onlyGETAndHandshakes() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        let run = site.run(try options(pages: ["/cart"]))
        #expect(run.exchanges.allSatisfy { $0.request.kind == .get || $0.request.kind == .handshake })
    }

    /// Below one second only while every address reached is a loopback address.
    @Test(arguments: [
        ("127.0.0.1", 0.1, 0.1), ("203.0.113.7", 0.1, 1.0), ("127.0.0.1", 2.0, 2.0), ("::1", 0, 0),
        ("192.0.2.1", 0, 1.0),
    ])
    func theIntervalHasALoopbackException(_ address: String, _ asked: Double, _ kept: Double) throws {
        var site = FakeSite()
        site.address = address
        var run = ProbeRun(options: try options(interval: asked))
        #expect(run.effectiveInterval == (asked < 1 ? 1.0 : asked), "nothing reached yet")
        let next = run.next()
        let first = try #require(next)
        run.record(site.answer(first), for: first, startedAt: 10)
        #expect(run.effectiveInterval == kept)
        #expect(run.notBefore() == 10 + kept)
    }

    @Test(arguments: [429, 503])
    func aRefusalEndsTheRun(_ status: Int) throws {
        var site = FakeSite()
        site.pages["/"] = ProbeExchange(status: status, headers: [("Retry-After", "120")])
        site.pages["http:/"] = ProbeExchange(status: status, headers: [("Retry-After", "120")])
        let run = site.run(try options())
        #expect(run.stoppedBy == ProbeResult.StopRequest(status: status, retryAfter: "120"))
        #expect(run.exchanges.last?.exchange.status == status)
        #expect(run.exchanges.filter { $0.exchange.status != nil }.count == 1, "nothing after the refusal")
    }

    /// The soft-404 check comes before any admin or exposure path.
    @Test func theSoft404CheckComesFirst() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        let run = site.run(try options("https://localhost/"))
        let purposes = run.exchanges.map(\.request.purpose)
        let notFound = try #require(purposes.firstIndex(of: .notFound))
        let guessed = purposes.indices.filter {
            switch purposes[$0] {
            case .admin, .exposure: true
            default: false
            }
        }
        #expect(!guessed.isEmpty && guessed.allSatisfy { $0 > notFound })
    }

    /// Exposure paths only with the owner's token, or on a URL that names this machine as
    /// written; a name resolved by hand to a loopback address is not exempt.
    @Test func theExposureListNeedsConsent() throws {
        func exposures(_ site: FakeSite, _ url: String) throws -> (ProbeResult.Consent, Int) {
            let run = site.run(try options(url))
            let count = run.exchanges.count {
                if case .exposure = $0.request.purpose { true } else { false }
            }
            return (run.consent, count)
        }
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        let none = try exposures(site, "https://shop.test/")
        #expect(none.0 == .none && none.1 == 0)
        var withFile = site
        withFile.pages["/.well-known/ecsec.txt"] = page(ProbeURL("https://shop.test/")!.consentToken + "\n")
        let file = try exposures(withFile, "https://shop.test/")
        #expect(file.0 == .token && file.1 > 0 && file.1 <= ProbeData.maximumExposures)
        var otherToken = site
        otherToken.pages["/.well-known/ecsec.txt"] = page(ProbeURL("https://other.test/")!.consentToken)
        #expect(try exposures(otherToken, "https://shop.test/").1 == 0, "a token made for another site")
        var withMeta = site
        withMeta.pages["/"] = page(
            "<html><head><meta name=\"ecsec-site-verification\" content=\"\(ProbeURL("https://shop.test/")!.consentToken)\"></head></html>"
        )
        let meta = try exposures(withMeta, "https://shop.test/")
        #expect(meta.0 == .token && meta.1 > 0)
        #expect(!withMeta.run(try options()).exchanges.contains { $0.request.purpose == .token }, "no file asked for")
        let loopback = try exposures(site, "https://127.0.0.1/")
        #expect(loopback.0 == .loopback && loopback.1 > 0)
    }

    @Test func theDryRunListsEveryRequestWithItsCondition() throws {
        let list = ProbeRun(options: try options(pages: ["/cart"])).plannedRequests()
        #expect(list.contains { $0.request.line == "GET https://shop.test/cart" && $0.condition == nil })
        #expect(list.contains { $0.request.line == "GET https://shop.test/.env" && $0.condition != nil })
        #expect(list.first?.request.line == "TLS shop.test:443")
        #expect(list.count { if case .exposure = $0.request.purpose { true } else { false } } <= 6 + 4 + 2)
    }
}

@Suite("Probe: findings from recorded responses")
struct ProbeAnalysisTests {
    func analyse(_ site: FakeSite, _ options: ProbeOptions, previous: [ProbeScript]? = nil) -> ProbeResult {
        ProbeAnalysis.result(
            of: site.run(options), startedAt: Timestamp(secondsSince1970: 1_890_000_000),
            finishedAt: Timestamp(secondsSince1970: 1_890_000_100), probeVersion: "test", previousScripts: previous,
            hostedCart: false)
    }

    func statuses(_ result: ProbeResult) -> [String: [ProbeStatus]] {
        Dictionary(grouping: result.findings, by: \.check.rawValue).mapValues { $0.map(\.status) }
    }

    /// A shop whose every path answers 200 with its own page (a soft 404) yields no exposure
    /// finding; the exposed files themselves are recognised by their content.
    @Test func contentDecidesAnExposureNotTheStatus() throws {
        var soft = FakeSite()
        soft.notFound = page("<html><body>お探しのページはありません</body></html>")
        soft.pages["/"] = eccubeHome
        let clean = statuses(analyse(soft, try options("https://localhost/")))
        for check in ["exposed-env", "exposed-git", "exposed-composer", "exposed-backup"] {
            #expect(clean[check]?.allSatisfy { $0 == .pass } == true, "\(check): \(clean[check] ?? [])")
        }
        var exposed = soft
        exposed.pages["/.env"] = ProbeExchange(status: 200, body: Array("APP_KEY=base64:abc\nDB_PASSWORD=x\n".utf8))
        exposed.pages["/.git/config"] = ProbeExchange(status: 200, body: Array("[core]\n\tbare = false\n".utf8))
        exposed.pages["/backup.zip"] = ProbeExchange(status: 200, body: [0x50, 0x4B, 0x03, 0x04, 0, 0])
        exposed.pages["/html/template/default/assets/js/"] = page(
            "<html><head><title>Index of /html/template/default/assets/js/</title></head></html>")
        let found = statuses(analyse(exposed, try options("https://localhost/")))
        for check in ["exposed-env", "exposed-git", "exposed-backup", "directory-listing"] {
            #expect(found[check]?.contains(.fail) == true, "\(check): \(found[check] ?? [])")
        }
    }

    @Test func headersAndCookiesAreJudgedAsTheObservatoryDoes() throws {
        var site = FakeSite()
        site.pages["/"] = page(
            "<html></html>",
            headers: [
                ("Strict-Transport-Security", "max-age=300"), ("X-Frame-Options", "DENY"),
                ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "unsafe-url"),
                ("Set-Cookie", "session=1; Path=/; HttpOnly; SameSite=Lax"),
            ])
        let result = statuses(analyse(site, try options()))
        #expect(result["hsts"] == [.warn] && result["frame-protection"] == [.pass] && result["nosniff"] == [.pass])
        #expect(result["referrer-policy"] == [.warn] && result["csp"] == [.warn])
        #expect(result["cookie-flags"] == [.fail], "a cookie without Secure on an HTTPS site")
    }

    @Test func anAdminLoginOpenToAnyoneFails() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        site.pages["/admin/"] = page("<form><input type=\"password\" name=\"p\"></form>")
        #expect(statuses(analyse(site, try options()))["admin-exposed"] == [.fail])
        site.pages["/admin/"] = ProbeExchange(status: 401)
        #expect(statuses(analyse(site, try options()))["admin-exposed"] == [.pass])
    }

    @Test func librariesAreFoundByNameAndBanner() throws {
        let data = try ProbeData.shipped()
        let jquery = try #require(data.libraries.first { $0.id == "jquery" })
        let ui = try #require(data.libraries.first { $0.id == "jquery-ui" })
        let cases: [(String, String?, ProbeData.Library, String?)] = [
            ("https://a.test/js/jquery-3.4.1.min.js", nil, jquery, "3.4.1"),
            ("https://code.jquery.test/jquery/1.12.4/jquery.min.js", nil, jquery, "1.12.4"),
            ("https://a.test/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", nil, jquery, "3.7.1"),
            ("https://a.test/js/jquery-ui-1.12.1.min.js", nil, jquery, nil),
            ("https://a.test/js/jquery-ui-1.12.1.min.js", nil, ui, "1.12.1"),
            ("https://a.test/js/lib.js", "/*! jQuery v2.2.4 | (c) jQuery Foundation */", jquery, "2.2.4"),
            ("https://a.test/js/lib.js", "console.log(1)", jquery, nil),
        ]
        for (url, body, library, version) in cases {
            #expect(
                ProbeAnalysisVersion.version(of: library, url: try #require(ProbeURL(url)), body: body) == version,
                "\(url)")
        }
    }

    /// A copy the owner lists as patched (by URL or by the SHA-256 of its content) is
    /// information naming the owner's note, not a failure.
    @Test func theOwnersExclusionListTurnsAPatchedCopyIntoInformation() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        let script = "/html/template/default/assets/js/jquery-3.4.1.min.js"
        site.pages[script] = ProbeExchange(status: 200, body: Array("/*! jQuery v3.4.1 */ patched".utf8))
        #expect(statuses(analyse(site, try options()))["outdated-library"] == [.fail])
        for key in ["https://shop.test" + script, Hex.sha256(Array("/*! jQuery v3.4.1 */ patched".utf8))] {
            var excluded = try options()
            excluded.exclusions = [key: "backported by our vendor, ticket 42"]
            let finding = try #require(analyse(site, excluded).findings.first { $0.check == .outdatedLibrary })
            #expect(finding.status == .info && finding.detail.en.contains("ticket 42"), "\(key)")
        }
        let list = ProbeRunOrder.exclusions(
            fromText: "# patched copies\nhttps://shop.test/js/a.js  ticket 1\n\n" + String(repeating: "A", count: 64)
                + " x\n")
        #expect(try list.get() == ["https://shop.test/js/a.js": "ticket 1", String(repeating: "a", count: 64): "x"])
        guard case .failure(let problem) = ProbeRunOrder.exclusions(fromText: "https://a.test/x.js\nnot-a-url note\n")
        else {
            Issue.record("a bad line is refused")
            return
        }
        #expect(problem.line == 2 && problem.text == "not-a-url note")
    }

    /// A new third-party origin on the card path fails; it is listed, never requested.
    @Test func aNewScriptOriginOnTheCardPathFails() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        site.pages["/cart"] = page("<html><script src=\"/js/app.js\"></script></html>")
        site.pages["/js/app.js"] = ProbeExchange(status: 200, body: Array("app()".utf8))
        let before = analyse(site, try options(pages: ["/cart"]))
        #expect(before.scripts.contains { $0.cardPath && $0.sha256 == Hex.sha256(Array("app()".utf8)) })
        site.pages["/cart"] = page(
            "<html><script src=\"/js/app.js\"></script><script src=\"https://skimmer.invalid/x.js\"></script></html>")
        site.pages["/js/app.js"] = ProbeExchange(status: 200, body: Array("app(); steal()".utf8))
        let run = site.run(try options(pages: ["/cart"]))
        #expect(!run.exchanges.contains { $0.request.url.host == "skimmer.invalid" })
        let after = analyse(site, try options(pages: ["/cart"]), previous: before.scripts)
        #expect(statuses(after)["new-script-origin"] == [.fail])
        #expect(statuses(after)["script-changed"] == [.warn])
        let change = ScriptChange(before: before.scripts.filter(\.cardPath), after: after.scripts.filter(\.cardPath))
        #expect(
            change.newOrigins == ["https://skimmer.invalid"] && change.changed.count == 1 && change.added.count == 1)
    }

    @Test func onAHostedCartEachFindingSaysWhoChangesIt() throws {
        var site = FakeSite()
        site.pages["/"] = eccubeHome
        let result = ProbeAnalysis.result(
            of: site.run(try options()), startedAt: Timestamp(secondsSince1970: 1_890_000_000),
            finishedAt: Timestamp(secondsSince1970: 1_890_000_100), probeVersion: "test", previousScripts: nil,
            hostedCart: true)
        #expect(result.findings.first { $0.check == .hsts }?.responsibility == .vendor)
        #expect(result.findings.first { $0.check == .scriptIntegrity }?.responsibility == .shop)
    }
}

@Suite("Probe: results in files")
struct ProbeResultTests {
    func result() -> ProbeResult {
        ProbeResult(
            target: "https://shop.test/", startedAt: Timestamp(secondsSince1970: 1_890_000_000),
            finishedAt: Timestamp(secondsSince1970: 1_890_000_020), probeVersion: "0.2.0", dataDate: "2026-12-01",
            requests: 12, maxRequests: 40, intervalMilliseconds: 1000, consent: .none, platforms: ["EC-CUBE"],
            stoppedBy: .init(status: 429, retryAfter: "60"),
            findings: [
                ProbeFinding(
                    check: .exposedEnv, status: .fail, url: "https://shop.test/.env", controls: ["OPS-24"],
                    detail: LocalizedText(ja: "読めます", en: "readable"), responsibility: .vendor)
            ],
            scripts: [
                ProbeScript(
                    page: "https://shop.test/cart", url: "https://cdn.test/a.js", origin: "https://cdn.test",
                    thirdParty: true, sha256: nil, sri: false, cardPath: true)
            ])
    }

    @Test func aResultReadsBackAsWritten() throws {
        let text = result().jsonText()
        #expect(try ProbeResult(json: Array(text.utf8), source: "p.json") == result())
        #expect(text.contains("\"schema\": \"ecsec/probe@1\""))
    }

    /// An answer of "in place" given before a failed finding is contradicted; one given after
    /// it, or one that does not say the measure is in place, is not.
    @Test func aContradictionLastsUntilTheControlIsAnsweredAgain() throws {
        let checklist = try #require(try ShippedChecklists.checklist(ChecklistID("ipa-ec-site")))
        var assessment = try Assessment.new(
            id: "6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b", checklist: checklist, organization: "Shop",
            now: Timestamp(secondsSince1970: 1_880_000_000))
        assessment.answers["OPS-24"] = Answer(
            status: .implemented, answeredAt: Timestamp(secondsSince1970: 1_880_000_000))
        assessment.probe = result()
        #expect(assessment.observationConflicts(in: checklist).map(\.control) == ["OPS-24"])
        let saved = try Assessment(json: assessment.validatedJSON(for: "a.json"), source: "a.json")
        #expect(saved.probe == assessment.probe, "the probe is kept in the file")
        assessment.answers["OPS-24"]?.status = .partial
        #expect(assessment.observationConflicts(in: checklist).isEmpty)
        assessment.answers["OPS-24"] = Answer(
            status: .implemented, answeredAt: Timestamp(secondsSince1970: 1_890_000_001))
        #expect(assessment.observationConflicts(in: checklist).isEmpty)
        let report = Scorer.score(assessment, with: checklist, asOf: nil)
        #expect(report.observations?.failed == 1 && report.observations?.conflicts.isEmpty == true)
    }

    @Test func theProbeIsTheNextQuartersBaseline() throws {
        let checklist = try #require(try ShippedChecklists.checklist(ChecklistID("ipa-ec-site")))
        var assessment = try Assessment.new(
            id: "6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b", checklist: checklist, organization: "Shop", period: "2026-Q4",
            now: Timestamp(secondsSince1970: 1_880_000_000))
        assessment.probe = result()
        let next = try assessment.nextPeriod(
            id: "7f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b", checklist: checklist, period: "2027-Q1",
            now: Timestamp(secondsSince1970: 1_890_000_000))
        #expect(next.probe?.scripts == assessment.probe?.scripts)
    }
}
