import Glibc
import SecurityChecklist

/// `ecsec probe URL`: a polite outside look at the shop's own site, turned into evidence for
/// the answers. The rules are the library's ``ProbeRun`` and ``ProbeAnalysis``; the network is
/// `ecsec-probe`'s (ADR 10); this command runs the clock, the edge and the files.
struct ProbeCommand: Command {
    static let name = "probe"
    static let spec = CommandSpec(
        Self.self,
        abstract: HelpText.text(
            "Look at your shop's live site and record what it shows as evidence.",
            "お店の公開中のサイトを外から確かめ、見えたことを証跡にします。"),
        discussion: HelpText.reflow(
            """
            Run it only against your own site. It looks at the site as a visitor's browser
            does: the certificate (trust, name, expiry, whether TLS 1.0/1.1 are accepted), the
            HTTP to HTTPS redirect and HSTS, security headers and cookie flags, the scripts of
            the pages it reads (with --page, the cart and checkout pages: every script's origin,
            SRI and, for the shop's own host, SHA-256), library versions against a dated list of
            advisories, and the admin entry of a recognised cart. Only with your token on the
            site (ecsec probe --token URL) does it also request a short list of well-known
            exposure paths (.env, .git/config, backups, directory listings; at most 15).

            It is polite by construction: GET and TLS handshakes only, no forms or logins, at
            most 40 requests (--max-requests), at least 1 s apart (--interval; shorter only
            against a loopback address), and it stops when the site answers 429 or 503.
            --dry-run prints every request it would send and sends none.

            A library copy you know to be patched is listed in a file given with --exclusions
            (one URL or SHA-256 per line, then a note): it is then reported as information.

            With --assessment, the findings are saved in the file as evidence for the controls
            they map to; answers never change. An answer of "implemented" that a failed finding
            contradicts is flagged by score, assess and the reports until it is answered again.

            Examples:
              ecsec probe https://shop.example.jp/ --dry-run
              ecsec probe https://shop.example.jp/ --token
              ecsec probe https://shop.example.jp/ --page /cart --page /order/confirm \\
                  --assessment shop-2026-Q4.json
            """,
            ja: """
                必ず自分のサイトに対して実行してください。閲覧者のブラウザーと同じようにサイトを見ます:
                証明書（信頼・名前・期限、TLS 1.0/1.1 で接続できるか）、httpからhttpsへの転送とHSTS、
                セキュリティのヘッダーとクッキーの属性、読んだページのスクリプト（--page でカートや注文の
                ページを指定すると、各スクリプトの読み込み元・SRI・自社のもののSHA-256）、日付つきの勧告の
                一覧と照らしたライブラリのバージョン、認識したカートの管理画面の入口。サイトにトークン
                （ecsec probe --token URL で作成）を置いたときだけ、既知の公開ファイル（.env、.git/config、
                バックアップ、フォルダーの一覧表示。15か所まで）も確かめます。

                負荷をかけない作りです: GETとTLSの接続だけで、フォームの送信やログインはしません。
                リクエストは40回まで（--max-requests）、1秒以上の間隔（--interval。短くできるのはこの
                マシン上のアドレスだけ）で、サイトが 429 か 503 を返したら止めます。--dry-run は送る
                リクエストをすべて表示し、何も送りません。

                修正済みと分かっているライブラリの複製は、--exclusions のファイル（1行に1つ、URLか
                SHA-256と、その後にメモ）に書くと、問題ではなく情報として示します。

                --assessment を付けると、結果を対応する項目の証跡として評価ファイルに保存します。回答は
                変えません。「実施している」の回答と食い違う結果があると、score・assess・報告書が、
                回答し直すまで「観測と回答が一致しません」と示します。

                例:
                  ecsec probe https://shop.example.jp/ --dry-run
                  ecsec probe https://shop.example.jp/ --token
                  ecsec probe https://shop.example.jp/ --page /cart --page /order/confirm \\
                      --assessment shop-2026-Q4.json
                """)
    )

    enum Format: String, OutputFormat {
        case text, json

        var summary: String {
            switch self {
            case .text:
                HelpText.text(
                    "the findings, problems first, each with what was seen, what to change and its controls",
                    "結果を問題から順に、見えたこと・対応・対応する項目とともに")
            case .json:
                HelpText.text(
                    "the same for programs (ecsec/probe@1, Schemas/probe.schema.json)",
                    "同じ内容をプログラム向けに（ecsec/probe@1、Schemas/probe.schema.json）")
            }
        }
    }

    var url: String = ""
    var assessment: String?
    var pages: [String] = []
    var dryRun = false
    var token = false
    var format: Format = .text
    var maxRequests: String = String(ProbeResult.defaultMaxRequests)
    var interval: String = "1"
    var caFile: String?
    var resolve: [String] = []
    var exclusions: String?
    var checklistOption = ChecklistOption()
    var languageOption = LanguageOption()

    static let parameters: [Parameter<Self>] = [
        .argument(
            \.url, "url",
            help: .text(
                "The shop's start page, e.g. https://shop.example.jp/.", "お店のトップページ（例: https://shop.example.jp/）。")),
        .option(
            \.assessment, "assessment",
            help: .text(
                "Save the findings in this assessment file as evidence.", "結果をこの評価ファイルに証跡として保存します。"),
            completion: .file(extensions: ["json"])),
        .option(
            \.pages, "page",
            help: .text(
                "A cart or checkout page (the card path), as a path or URL; repeat for more.",
                "カートや注文のページ（カード情報の入力までの経路）。パスかURLで。複数あれば繰り返します。")),
        .flag(
            \.dryRun, "dry-run",
            help: .text("Print every request it would send, and send none.", "送るリクエストを表示するだけで、何も送りません。")),
        .flag(
            \.token, "token",
            help: .text(
                "Print the token that proves the site is yours, and where to place it.",
                "自分のサイトであることを示すトークンと、置き場所を表示します。")),
        .option(\.format, "format", help: Format.optionHelp),
        .option(
            \.maxRequests, "max-requests",
            help: .text("At most this many requests (TLS handshakes count).", "リクエストの上限（TLSの接続も数えます）。")),
        .option(
            \.interval, "interval",
            help: .text(
                "At least this many seconds between requests; below 1 only for a loopback address.",
                "リクエストの間隔（秒）。1未満はこのマシン上のアドレスだけ。")),
        .option(
            \.caFile, "ca-file",
            help: .text(
                "Also trust the certificates in this PEM file (a staging site's own CA).",
                "このPEMファイルの証明書も信頼します（検証用サイトの独自の認証局など）。"), completion: .file(extensions: ["pem", "crt"])),
        .option(
            \.resolve, "resolve",
            help: .text(
                "Connect to ADDRESS for NAME (NAME:ADDRESS, as curl's --resolve); repeat for more.",
                "NAME への接続に ADDRESS を使います（NAME:ADDRESS。curl の --resolve と同じ）。")),
        .option(
            \.exclusions, "exclusions",
            help: .text(
                "Your list of library copies known to be patched: one URL or SHA-256 per line, then a note.",
                "修正済みと分かっているライブラリの複製の一覧: 1行に1つ、URLかSHA-256と、その後にメモ。"), completion: .file(extensions: [])),
        .group(\.checklistOption),
        .group(\.languageOption),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            guard let target = ProbeURL(url) else { throw Failure(ProbePhrase.notAURL(language, url)) }
            if token {
                printToken(for: target, language)
                return
            }
            var order = try self.order(for: target, language)
            var loaded: (Assessment, Checklist)?
            if let assessment, !dryRun {
                loaded = try Documents.assessment(assessment, checklist: checklistOption.checklist, language)
            }
            if let (file, _) = loaded {
                order.hostedCart = file.runsOnHostedCart
                // The last run's scripts are the baseline, when it looked at the same site.
                order.previousScripts = file.probe.flatMap {
                    ProbeURL($0.target)?.origin == target.origin ? $0.scripts : nil
                }
            }
            guard let edge = EdgeProcess() else { throw Failure(ProbePhrase.edgeMissing(language, EdgeProcess.path)) }
            guard let (output, status) = edge.run(order), status == 0 || status == 3 else {
                throw Failure(ProbePhrase.edgeFailed(language))
            }
            if dryRun {
                guard let planned = ProbePlannedRequest.list(json: output) else {
                    throw Failure(ProbePhrase.edgeFailed(language))
                }
                printPlan(planned, order, language)
                return
            }
            let checklists = try loaded.map { [$0.1] } ?? Self.defaultChecklists()
            let result = try ProbeResult(json: output, source: "ecsec-probe").mapped(to: checklists)
            switch format {
            case .text:
                Console.raw(
                    result.text(language: language, style: Environment.style(for: 1), width: Environment.columns(1)))
            case .json: Console.raw(result.jsonText())
            }
            // A site that never answered leaves the file as it was: no evidence, and the last
            // run stays the baseline.
            guard status == 0 else { throw Failure(ProbePhrase.siteDidNotAnswer(language, target.description)) }
            if let assessment {
                let lock = try FileLock.acquire(for: assessment, processID: getpid())
                defer { lock.release() }
                // Read again under the lock: the run took a while and the file may have changed.
                var (current, _) = try Documents.assessment(
                    assessment, checklist: checklistOption.checklist, warn: false, language)
                current.probe = result
                try Documents.save(current, to: assessment)
                Console.error(TerminalText.sanitize(ProbePhrase.saved(language, assessment)))
            }
        }
    }

    /// Without an assessment, findings name the controls of the newest shipped guideline and
    /// card checklists.
    static func defaultChecklists() throws -> [Checklist] {
        try [ChecklistID("ipa-ec-site"), ChecklistID("card-security-ec-merchant")].compactMap {
            try ShippedChecklists.checklist($0)
        }
    }

    private func order(for target: ProbeURL, _ language: Language) throws -> ProbeRunOrder {
        var pageURLs: [ProbeURL] = []
        for page in pages {
            guard let resolved = target.resolving(page), resolved.host == target.host else {
                throw Failure(ProbePhrase.pageNotOnSite(language, page, target.origin))
            }
            pageURLs.append(resolved)
        }
        var addresses: [String: String] = [:]
        for entry in resolve {
            guard let (host, address) = Self.resolveEntry(entry) else {
                throw Failure(ProbePhrase.badResolve(language, entry))
            }
            addresses[host] = address
        }
        guard let budget = Int(maxRequests), (1...100).contains(budget) else {
            throw Failure(ProbePhrase.badBudget(language, maxRequests))
        }
        guard let seconds = Double(interval), seconds >= 0, seconds <= 60 else {
            throw Failure(ProbePhrase.badInterval(language, interval))
        }
        if let caFile, access(caFile, R_OK) != 0 {
            throw Failure(ProbePhrase.caFileUnreadable(language, caFile))
        }
        var excluded: [String: String] = [:]
        if let exclusions {
            let text = String(decoding: try InputFiles.read(exclusions), as: UTF8.self)
            switch ProbeRunOrder.exclusions(fromText: text) {
            case .success(let entries): excluded = entries
            case .failure(let problem):
                throw Failure(ProbePhrase.badExclusion(language, exclusions, problem.line, problem.text))
            }
        }
        var order = ProbeRunOrder(
            target: target, pages: pageURLs, maxRequests: budget, intervalMilliseconds: Int((seconds * 1000).rounded()),
            addresses: addresses, caFile: caFile.map(Documents.realPath), probeVersion: ECSEC.version, dryRun: dryRun)
        order.exclusions = excluded
        return order
    }

    /// `NAME:ADDRESS` (or curl's `NAME:PORT:ADDRESS`), the address an IPv4 or IPv6 literal.
    static func resolveEntry(_ entry: String) -> (String, String)? {
        guard let colon = entry.firstIndex(of: ":") else { return nil }
        let host = entry[..<colon].lowercased()
        var address = String(entry[entry.index(after: colon)...])
        if let second = address.firstIndex(of: ":"), Int(address[..<second]) != nil {
            address = String(address[address.index(after: second)...])
        }
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        guard !host.isEmpty, ProbeURL.isIPAddress(address), ProbeURL("https://" + host + "/") != nil else { return nil }
        return (host, address)
    }

    private func printToken(for target: ProbeURL, _ language: Language) {
        let token = target.consentToken
        Console.message(ProbePhrase.tokenIntro(language, target.host))
        Console.message("  " + token)
        Console.message("")
        Console.message(
            ProbePhrase.tokenFile(
                language, ProbeResult.maximumExposurePaths, target.with(path: "/.well-known/ecsec.txt")))
        Console.message(ProbePhrase.tokenMeta(language, "<meta name=\"ecsec-site-verification\" content=\"\(token)\">"))
        Console.message("")
        Console.message(ProbePhrase.tokenAfter(language))
    }

    private func printPlan(_ planned: [ProbePlannedRequest], _ order: ProbeRunOrder, _ language: Language) {
        Console.message(ProbePhrase.dryRunHeader(language))
        for request in planned {
            Console.message(
                "  " + request.line
                    + (request.condition.map { ProbePhrase.dryRunCondition(language, $0[language]) } ?? ""))
        }
        let seconds = ProbeResult.secondsText(milliseconds: order.intervalMilliseconds)
        Console.message(ProbePhrase.dryRunBudget(language, order.maxRequests, seconds, order.userAgent))
    }
}
