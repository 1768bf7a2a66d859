import SecurityChecklist

/// Turns a finished ``ProbeRun`` into findings: each check's outcome with what was seen, in
/// both languages. Pure: the times and version come from the caller.
public enum ProbeAnalysis {
    /// Certificates that expire within this many days are a warning.
    public static let expiryWarningDays = 30
    /// HSTS shorter than this (six months, as Mozilla's HTTP Observatory asks) is a warning.
    public static let hstsMinimumSeconds = 15_768_000
    /// At most this many scripts are recorded a run.
    public static let maximumScripts = 500

    /// The result of `run`.
    /// - Parameters:
    ///   - previousScripts: the card path's scripts from the last run kept in the assessment, to
    ///     compare with; `nil` when there is none.
    ///   - hostedCart: whether the shop runs on a hosted cart or mall (findings then say who
    ///     changes them).
    public static func result(
        of run: ProbeRun, startedAt: Timestamp, finishedAt: Timestamp, probeVersion: String,
        previousScripts: [ProbeScript]?, hostedCart: Bool
    ) -> ProbeResult {
        var analysis = Analysis(run: run, now: startedAt)
        analysis.tls()
        analysis.redirect()
        analysis.headers()
        analysis.admin()
        analysis.exposures()
        analysis.versions()
        let scripts = analysis.scripts()
        analysis.cardEntry()
        analysis.compare(scripts, with: previousScripts)
        if hostedCart {
            for index in analysis.findings.indices {
                analysis.findings[index].responsibility =
                    analysis.findings[index].check.isShopsOwnOnHostedCart ? .shop : .vendor
            }
        }
        return ProbeResult(
            target: run.options.target.description, startedAt: startedAt, finishedAt: finishedAt,
            probeVersion: probeVersion, dataDate: run.options.data.date, requests: run.requestCount,
            maxRequests: run.options.maxRequests, intervalMilliseconds: Int((run.options.interval * 1000).rounded()),
            consent: run.consent, platforms: run.detectedPlatforms.map(\.name), stoppedBy: run.stoppedBy,
            findings: analysis.findings, scripts: scripts)
    }
}

private struct Analysis {
    let run: ProbeRun
    let now: Timestamp
    var findings: [ProbeFinding] = []
    let pages: [(request: ProbeRequest, exchange: ProbeExchange, tags: HTMLTags)]
    let target: ProbeURL

    init(run: ProbeRun, now: Timestamp) {
        self.run = run
        self.now = now
        self.pages = run.pages
        self.target = run.options.target
    }

    mutating func add(
        _ check: ProbeCheck, _ status: ProbeStatus, _ url: CustomStringConvertible?, ja: String, en: String
    ) {
        findings.append(
            ProbeFinding(check: check, status: status, url: url?.description, detail: LocalizedText(ja: ja, en: en)))
    }

    func exchange(_ purpose: ProbePurpose) -> (request: ProbeRequest, exchange: ProbeExchange)? {
        run.exchanges.first { $0.request.purpose == purpose }
    }

    /// Why a check that needed a request did not get one.
    var notRunReason: (ja: String, en: String) {
        if let stop = run.stoppedBy {
            let after = stop.retryAfter.map { "（Retry-After: \($0)）" } ?? ""
            return (
                "サイトが \(stop.status) で中止を求めたため\(after)",
                "the site answered \(stop.status) and asked to stop"
                    + (stop.retryAfter.map { " (Retry-After: \($0))" } ?? "")
            )
        }
        if run.budgetExhausted {
            return (
                "リクエストの上限（\(run.options.maxRequests)）に達したため",
                "the request budget (\(run.options.maxRequests)) ran out"
            )
        }
        return ("トップページが応答しなかったため", "the start page did not answer")
    }

    // MARK: TLS

    mutating func tls() {
        guard target.scheme == .https else {
            add(
                .tlsTrust, .fail, target, ja: "httpsではなくhttpのURLです。通信が暗号化されません。",
                en: "The URL is http, not https: traffic is not encrypted.")
            return
        }
        guard let verified = exchange(.certificate) else {
            let reason = notRunReason
            add(.tlsTrust, .notRun, target, ja: reason.ja, en: reason.en)
            return
        }
        let failure = verified.exchange.failure
        switch failure {
        case .connect?, .timeout?:
            add(
                .tlsTrust, .fail, target, ja: "接続できませんでした：\(verified.exchange.message ?? "")",
                en: "Could not connect: \(verified.exchange.message ?? "")")
            return
        case .trust?:
            add(
                .tlsTrust, .fail, target,
                ja: "証明書を信頼できません（\(verified.exchange.message ?? "検証失敗")）。閲覧者のブラウザーは警告を出します。",
                en:
                    "The certificate is not trusted (\(verified.exchange.message ?? "verification failed")); browsers warn visitors."
            )
        case .hostname?:
            add(.tlsTrust, .pass, target, ja: "認証局までたどれる証明書です。", en: "The chain leads to a trusted root.")
            add(
                .tlsHostname, .fail, target, ja: "証明書に \(target.host) の名前がありません。",
                en: "The certificate does not name \(target.host).")
        case nil:
            add(.tlsTrust, .pass, target, ja: "認証局までたどれる証明書です。", en: "The chain leads to a trusted root.")
            add(.tlsHostname, .pass, target, ja: "証明書がサイト名と一致します。", en: "The certificate names the site.")
        default:
            add(
                .tlsTrust, .fail, target, ja: "TLSの接続に失敗しました：\(verified.exchange.message ?? "")",
                en: "The TLS handshake failed: \(verified.exchange.message ?? "")")
        }
        let certificate =
            verified.exchange.certificate
            ?? run.exchanges.first { $0.request.purpose == .oldProtocol && $0.exchange.certificate != nil }?.exchange
            .certificate
        if let certificate {
            let end = Timestamp(secondsSince1970: certificate.notAfter)
            let days = Int((certificate.notAfter - now.secondsSince1970).floorDivided(by: 86_400))
            let status: ProbeStatus = days < 0 ? .fail : (days < ProbeAnalysis.expiryWarningDays ? .warn : .pass)
            if days < 0 {
                add(
                    .tlsExpiry, status, target, ja: "証明書の期限が \(end.dateText) に切れています。",
                    en: "The certificate expired on \(end.dateText).")
            } else {
                add(
                    .tlsExpiry, status, target, ja: "証明書の期限は \(end.dateText)（あと\(days)日）です。",
                    en: "The certificate expires on \(end.dateText) (in \(days) days).")
            }
        } else {
            add(
                .tlsExpiry, .notRun, target, ja: "証明書を読めませんでした。", en: "The certificate could not be read.")
        }
        let old = run.exchanges.filter { $0.request.purpose == .oldProtocol }
        if old.isEmpty {
            let reason: (ja: String, en: String) =
                failure == nil ? notRunReason : ("最初の接続が失敗したため", "the first handshake failed")
            add(.tlsOldProtocol, .notRun, target, ja: reason.ja, en: reason.en)
        } else {
            let accepted = old.filter { $0.exchange.failure == nil }.compactMap { $0.request.onlyVersion?.rawValue }
            if accepted.isEmpty {
                add(
                    .tlsOldProtocol, .pass, target, ja: "TLS 1.0と1.1では接続できません。",
                    en: "TLS 1.0 and 1.1 are refused.")
            } else {
                let list = accepted.map { "TLS \($0)" }.joined(separator: ", ")
                add(
                    .tlsOldProtocol, .warn, target, ja: "\(list) で接続できます。", en: "\(list) accepted.")
            }
        }
    }

    // MARK: Redirect and headers

    mutating func redirect() {
        guard target.scheme == .https else { return }
        guard target.port == nil else {
            add(
                .httpsRedirect, .notRun, target,
                ja: "ポート \(target.effectivePort) のサイトのため、httpの確認はしていません。",
                en: "The site is on port \(target.effectivePort); the plain-HTTP check needs the default ports.")
            return
        }
        guard let (request, response) = exchange(.httpRedirect) else {
            let reason = notRunReason
            add(.httpsRedirect, .notRun, target.with(path: "/"), ja: reason.ja, en: reason.en)
            return
        }
        let url = request.url
        guard let status = response.status else {
            add(
                .httpsRedirect, .info, url, ja: "httpでは接続できません（httpsだけで公開）。",
                en: "Plain HTTP does not answer (HTTPS only).")
            return
        }
        let location = response.value(of: "Location").flatMap(url.resolving)
        if (300..<400).contains(status), let location, location.scheme == .https, location.host == target.host {
            add(
                .httpsRedirect, .pass, url, ja: "httpは \(status) でhttpsへ転送されます。",
                en: "HTTP redirects to HTTPS (\(status)).")
        } else if (300..<400).contains(status) {
            add(
                .httpsRedirect, .warn, url, ja: "httpは \(status) で \(location?.description ?? "?") へ転送されます。",
                en: "HTTP redirects (\(status)) to \(location?.description ?? "?"), not to this site over HTTPS.")
        } else {
            add(
                .httpsRedirect, .fail, url, ja: "httpのままページが表示されます（\(status)）。",
                en: "The page is served over plain HTTP (\(status)).")
        }
    }

    mutating func headers() {
        guard let home = pages.first else {
            let reason = notRunReason
            for check in [ProbeCheck.hsts, .contentSecurityPolicy, .frameProtection, .noSniff, .referrerPolicy] {
                add(check, .notRun, target, ja: reason.ja, en: reason.en)
            }
            return
        }
        let url = home.request.url
        let response = home.exchange
        if url.scheme == .https {
            if let hsts = response.value(of: "Strict-Transport-Security") {
                let age = Self.directive("max-age", in: hsts).flatMap { Int($0) } ?? 0
                if age >= ProbeAnalysis.hstsMinimumSeconds {
                    add(.hsts, .pass, url, ja: "HSTS max-age=\(age)。", en: "HSTS max-age=\(age).")
                } else {
                    add(
                        .hsts, .warn, url, ja: "HSTS の max-age=\(age) は半年より短い設定です。",
                        en: "HSTS max-age=\(age) is shorter than six months.")
                }
            } else {
                add(
                    .hsts, .fail, url, ja: "Strict-Transport-Security ヘッダーがありません。",
                    en: "No Strict-Transport-Security header.")
            }
        }
        let csp = response.value(of: "Content-Security-Policy")
        if csp != nil {
            add(.contentSecurityPolicy, .pass, url, ja: "CSP があります。", en: "A Content-Security-Policy is sent.")
        } else {
            add(
                .contentSecurityPolicy, .warn, url, ja: "Content-Security-Policy ヘッダーがありません。",
                en: "No Content-Security-Policy header.")
        }
        let frameOptions = response.value(of: "X-Frame-Options")?.uppercased()
        if frameOptions == "DENY" || frameOptions == "SAMEORIGIN"
            || csp.map({ Self.directive("frame-ancestors", in: $0) != nil }) == true
        {
            add(.frameProtection, .pass, url, ja: "他サイトへの埋め込みを防いでいます。", en: "Framing is restricted.")
        } else {
            add(
                .frameProtection, .warn, url, ja: "X-Frame-Options も CSP の frame-ancestors もありません。",
                en: "Neither X-Frame-Options nor CSP frame-ancestors is sent.")
        }
        if response.value(of: "X-Content-Type-Options")?.lowercased().trimmingBlanks == "nosniff" {
            add(.noSniff, .pass, url, ja: "nosniff があります。", en: "nosniff is sent.")
        } else {
            add(
                .noSniff, .warn, url, ja: "X-Content-Type-Options: nosniff がありません。",
                en: "No X-Content-Type-Options: nosniff.")
        }
        let safePolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]
        if let policy = response.value(of: "Referrer-Policy") {
            let last = policy.split(separator: ",").last.map { String($0).trimmingBlanks.lowercased() } ?? ""
            if safePolicies.contains(last) {
                add(.referrerPolicy, .pass, url, ja: "Referrer-Policy: \(last)。", en: "Referrer-Policy: \(last).")
            } else {
                add(
                    .referrerPolicy, .warn, url, ja: "Referrer-Policy: \(last) はURLを外部に送ります。",
                    en: "Referrer-Policy: \(last) sends full URLs to other sites.")
            }
        } else {
            add(
                .referrerPolicy, .info, url, ja: "Referrer-Policy がありません（ブラウザーの既定に任せています）。",
                en: "No Referrer-Policy (the browser's default applies).")
        }
        cookies()
    }

    mutating func cookies() {
        var problems: [(String, [String])] = []
        var names: [String] = []
        for page in pages {
            for header in page.exchange.values(of: "Set-Cookie") {
                let parts = header.split(separator: ";").map { String($0).trimmingBlanks }
                guard let first = parts.first, let equals = first.firstIndex(of: "=") else { continue }
                let name = String(first[..<equals])
                guard !names.contains(name) else { continue }
                names.append(name)
                let attributes = parts.dropFirst().map { $0.lowercased() }
                var missing: [String] = []
                if page.request.url.scheme == .https, !attributes.contains("secure") { missing.append("Secure") }
                if !attributes.contains("httponly") { missing.append("HttpOnly") }
                if !attributes.contains(where: { $0.hasPrefix("samesite") }) { missing.append("SameSite") }
                if !missing.isEmpty { problems.append((name, missing)) }
            }
        }
        guard let url = pages.first?.request.url else { return }
        if names.isEmpty {
            add(.cookieFlags, .pass, url, ja: "読んだページはクッキーを設定していません。", en: "The pages read set no cookies.")
        } else if problems.isEmpty {
            add(
                .cookieFlags, .pass, url, ja: "クッキー \(names.count) 個すべてに Secure・HttpOnly・SameSite があります。",
                en: "All \(names.count) cookies are Secure, HttpOnly and SameSite.")
        } else {
            let insecure = problems.contains { $0.1.contains("Secure") }
            let list = problems.map { "\($0.0)（\($0.1.joined(separator: "・"))なし）" }.joined(separator: "、")
            let listEn = problems.map { "\($0.0) (no \($0.1.joined(separator: ", ")))" }.joined(separator: "; ")
            add(
                .cookieFlags, insecure ? .fail : .warn, url, ja: "属性の足りないクッキー：\(list)",
                en: "Cookies missing flags: \(listEn)")
        }
    }

    static func directive(_ name: String, in header: String) -> String? {
        for part in header.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let item = String(part).trimmingBlanks
            let lower = item.lowercased()
            if lower == name { return "" }
            if lower.hasPrefix(name + "=") {
                return String(item.dropFirst(name.count + 1)).replacingAll("\"", with: "")
            }
            if lower.hasPrefix(name + " ") { return String(item.dropFirst(name.count + 1)) }
        }
        return nil
    }

    // MARK: Admin and exposures

    mutating func admin() {
        let platforms = run.detectedPlatforms
        let entries = platforms.flatMap { platform in platform.admin.map { (platform, $0) } }
        guard !entries.isEmpty else {
            let hosted = platforms.contains(where: \.hosted)
            add(
                .adminExposed, .info, nil,
                ja: hosted
                    ? "カート事業者の管理画面のため、確認していません。" : "管理画面の場所が分からないため、確認していません（推測はしません）。",
                en: hosted
                    ? "The admin screen is the cart operator's; not checked."
                    : "The admin entry is not known for this site; not checked (the probe does not guess).")
            return
        }
        let soft404 = exchange(.notFound)?.exchange
        for (platform, path) in entries {
            let tries = run.exchanges.filter { $0.request.purpose == .admin(platform: platform.id) }
            guard let last = tries.last else {
                let reason = notRunReason
                add(.adminExposed, .notRun, target.with(path: path), ja: reason.ja, en: reason.en)
                continue
            }
            let url = tries.first?.request.url ?? target.with(path: path)
            let response = last.exchange
            let status = response.status ?? 0
            let hasPassword = HTMLTags(response.text).all("input").contains { $0["type"]?.lowercased() == "password" }
            if status == 200, hasPassword, response.body != soft404?.body {
                add(
                    .adminExposed, .fail, url,
                    ja: "\(platform.name)の管理画面のログインが、誰からでも表示されます（\(last.request.url.path)）。",
                    en: "\(platform.name)'s admin login is shown to anyone (\(last.request.url.path)).")
            } else if status == 401 {
                add(
                    .adminExposed, .pass, url, ja: "管理画面はBasic認証などで守られています（401）。",
                    en: "The admin screen asks for credentials first (401).")
            } else if status == 403 || status == 404 || (status == 200 && !hasPassword) {
                add(
                    .adminExposed, .pass, url, ja: "この場所では管理画面が表示されません（\(status)）。",
                    en: "No admin screen is shown here (\(status)).")
            } else {
                add(
                    .adminExposed, .info, url, ja: "管理画面の場所が \(status) で応答しました。",
                    en: "The admin entry answered \(status).")
            }
        }
    }

    mutating func exposures() {
        let consent = run.consent
        let list = run.exposureList
        let soft404 = exchange(.notFound)?.exchange
        guard consent != .none else {
            for check in Set(list.map(\.check)).sorted(by: { $0.rawValue < $1.rawValue }) {
                add(
                    check, .notRun, nil,
                    ja: "所有の確認（ecsec probe --token で作るトークン）がないため、既知の公開ファイルは確かめていません。",
                    en:
                        "Without the owner's token (ecsec probe --token), the well-known exposure paths were not requested."
                )
            }
            return
        }
        for exposure in list {
            let url = target.with(path: exposure.path)
            guard
                let response = run.exchanges.first(where: {
                    $0.request.url == url && $0.request.purpose == .exposure(exposure.check)
                })?.exchange
            else {
                let reason = notRunReason
                add(exposure.check, .notRun, url, ja: reason.ja, en: reason.en)
                continue
            }
            if response.status == 200, response.body != soft404?.body, Self.matches(exposure, response) {
                add(
                    exposure.check, .fail, url, ja: "\(exposure.path) が誰からでも読めます。",
                    en: "\(exposure.path) can be read by anyone.")
            } else {
                add(
                    exposure.check, .pass, url,
                    ja: "\(exposure.path) は読めません（\(response.status.map(String.init) ?? "-")）。",
                    en: "\(exposure.path) is not readable (\(response.status.map(String.init) ?? "-")).")
            }
        }
        let soft = soft404?.status == 200
        if soft {
            add(
                .directoryListing, .info, target.with(path: run.options.notFoundPath),
                ja: "存在しないページにも 200 で応答するサイトです。公開ファイルは中身で判定しました。",
                en: "The site answers 200 for pages that do not exist; exposures were judged by their content.")
        }
    }

    /// Whether a response is the exposed file, by its content: a soft 404 page or a shop page
    /// never matches.
    static func matches(_ exposure: ProbeData.Exposure, _ response: ProbeExchange) -> Bool {
        let text = response.text
        let lower = String(text.prefix(2048)).lowercased()
        let isHTML = lower.contains("<html") || lower.contains("<!doctype") || lower.contains("<body")
        switch exposure.check {
        case .exposedEnv:
            guard !isHTML else { return false }
            return text.split(whereSeparator: \.isNewline).contains { line in
                let scalars = Array(line.unicodeScalars)
                guard let equals = scalars.firstIndex(of: "="), equals > 0 else { return false }
                return scalars[..<equals].allSatisfy {
                    ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
                }
            }
        case .exposedGit: return !isHTML && text.contains("[core]")
        case .exposedComposer:
            let start = text.trimmingBlanks.first
            return !isHTML && (start == "{" || start == "[")
                && (text.contains("\"require\"") || text.contains("\"packages\"") || text.contains("\"name\""))
        case .exposedBackup:
            let bytes = response.body
            return bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x1F, 0x8B])
        case .directoryListing:
            return lower.contains("<title>index of /") || lower.contains("<h1>index of /")
        default: return false
        }
    }

    // MARK: Versions

    mutating func versions() {
        let data = run.options.data
        let generators = pages.compactMap { $0.tags.meta("generator") }
        var softwareFound = false
        for platform in run.detectedPlatforms {
            guard let prefix = platform.generator,
                let generator = generators.first(where: { $0.hasPrefix(prefix) })
            else { continue }
            softwareFound = true
            let version = ProbeAnalysisVersion.leadingVersion(String(generator.dropFirst(prefix.count)))
            add(
                .outdatedSoftware, .info, pages.first?.request.url,
                ja: "\(platform.name) \(version ?? "（バージョン不明）")と表示しています。データ（\(data.date)）に該当する勧告はありません。",
                en:
                    "The site says \(platform.name) \(version ?? "(version unknown)"); the data (\(data.date)) lists no advisory for it."
            )
        }
        if !softwareFound {
            add(
                .outdatedSoftware, .info, pages.first?.request.url,
                ja: "カート・CMSのバージョンは不明です（確かな手がかりがありません）。",
                en: "The cart or CMS version is unknown (no confident fingerprint).")
        }
        var libraries: [(ProbeData.Library, VersionNumber, String, String, String?)] = []
        for (_, url, _) in run.scriptReferences() {
            let body = run.exchanges.first { $0.request.url == url && $0.request.purpose != .page(cardPath: false) }
            let hash = body.flatMap { $0.exchange.status == 200 ? Hex.sha256($0.exchange.body) : nil }
            for library in data.libraries {
                guard
                    let version = ProbeAnalysisVersion.version(of: library, url: url, body: body?.exchange.text),
                    let number = VersionNumber(version)
                else { continue }
                if !libraries.contains(where: { $0.0.id == library.id && $0.3 == url.description }) {
                    libraries.append((library, number, version, url.description, hash))
                }
            }
        }
        let exclusions = run.options.exclusions
        for (library, number, version, url, hash) in libraries {
            let affected = library.advisories.filter { $0.affects(number) }
            var ids: [String] = []
            for advisory in affected where !ids.contains(advisory.id) { ids.append(advisory.id) }
            if !affected.isEmpty, let note = exclusions[url] ?? hash.flatMap({ exclusions[$0] }) {
                add(
                    .outdatedLibrary, .info, url,
                    ja: "\(library.name) \(version)（\(ids.joined(separator: ", "))）は、所有者の除外リストで修正済みの複製とされています：\(note)",
                    en:
                        "\(library.name) \(version) (\(ids.joined(separator: ", "))) is listed by the owner as a patched copy: \(note)"
                )
            } else if affected.isEmpty {
                add(
                    .outdatedLibrary, .pass, url,
                    ja: "\(library.name) \(version)：データ（\(data.date)）に該当する勧告はありません。",
                    en: "\(library.name) \(version): no advisory in the data (\(data.date)).")
            } else {
                add(
                    .outdatedLibrary, .fail, url,
                    ja: "\(library.name) \(version) に既知の脆弱性：\(ids.joined(separator: ", "))（データ \(data.date)）。",
                    en:
                        "\(library.name) \(version) has known vulnerabilities: \(ids.joined(separator: ", ")) (data \(data.date))."
                )
            }
        }
        if libraries.isEmpty {
            add(
                .outdatedLibrary, .info, pages.first?.request.url,
                ja: "バージョンの分かるJavaScriptライブラリはありませんでした。",
                en: "No JavaScript library with a known version was found.")
        }
    }

    // MARK: Scripts and the card path

    mutating func scripts() -> [ProbeScript] {
        var scripts: [ProbeScript] = []
        var overHTTP: [String] = []
        var withoutIntegrity: [String] = []
        let cardPages = Set(pages.filter { $0.request.purpose == .page(cardPath: true) }.map(\.request.url.description))
        for (page, url, tag) in run.scriptReferences() {
            let thirdParty = url.host != target.host
            var sha256: String?
            if !thirdParty,
                let fetched = run.exchanges.first(where: {
                    $0.request.url == url && $0.request.purpose == .script(page: page)
                })
                    ?? run.exchanges.first(where: {
                        if case .script = $0.request.purpose { $0.request.url == url } else { false }
                    }),
                fetched.exchange.status == 200, fetched.exchange.body.count < ProbePurpose.script(page: page).maxBody
            {
                sha256 = Hex.sha256(fetched.exchange.body)
            }
            let sri = tag["integrity"].map { !$0.trimmingBlanks.isEmpty } ?? false
            let script = ProbeScript(
                page: page, url: url.description, origin: url.origin, thirdParty: thirdParty, sha256: sha256, sri: sri,
                cardPath: cardPages.contains(page))
            // A page with thousands of scripts must not grow the assessment past what it may hold.
            if !scripts.contains(script), scripts.count < ProbeAnalysis.maximumScripts { scripts.append(script) }
            if url.scheme == .http, ProbeURL(page)?.scheme == .https, !overHTTP.contains(url.description) {
                overHTTP.append(url.description)
            }
            if thirdParty, !sri, !withoutIntegrity.contains(url.description) {
                withoutIntegrity.append(url.description)
            }
        }
        guard let home = pages.first?.request.url else { return scripts }
        if overHTTP.isEmpty {
            add(.scriptOverHTTP, .pass, home, ja: "スクリプトはすべてhttpsで読み込まれます。", en: "Every script loads over HTTPS.")
        } else {
            add(
                .scriptOverHTTP, .fail, home, ja: "httpで読み込むスクリプト：\(overHTTP.joined(separator: " "))",
                en: "Scripts over plain HTTP: \(overHTTP.joined(separator: " "))")
        }
        let thirdPartyCount = scripts.filter(\.thirdParty).map(\.url).count
        if withoutIntegrity.isEmpty {
            add(
                .scriptIntegrity, .pass, home,
                ja: thirdPartyCount == 0 ? "外部から読み込むスクリプトはありません。" : "外部のスクリプトすべてに integrity があります。",
                en: thirdPartyCount == 0
                    ? "No scripts from other origins." : "Every script from another origin has integrity.")
        } else {
            add(
                .scriptIntegrity, .warn, home,
                ja: "integrity のない外部スクリプト \(withoutIntegrity.count) 個：\(withoutIntegrity.joined(separator: " "))",
                en:
                    "\(withoutIntegrity.count) scripts from other origins without integrity: \(withoutIntegrity.joined(separator: " "))"
            )
        }
        let unfetched = scripts.filter { !$0.thirdParty && $0.sha256 == nil }
        if !unfetched.isEmpty, run.budgetExhausted || run.stoppedBy != nil {
            let reason = notRunReason
            add(
                .scriptChanged, .notRun, home,
                ja: "自社のスクリプト \(unfetched.count) 個は、\(reason.ja)ハッシュを取っていません。",
                en: "\(unfetched.count) own scripts were not hashed: \(reason.en).")
        }
        return scripts
    }

    mutating func cardEntry() {
        let cardPages = pages.filter { $0.request.purpose == .page(cardPath: true) }
        guard !cardPages.isEmpty else {
            add(
                .cardEntry, .notRun, nil, ja: "カートや決済のページ（--page）が指定されていません。",
                en: "No cart or checkout page was named (--page).")
            return
        }
        for page in cardPages {
            let url = page.request.url
            let inputs = page.tags.all("input")
            let ownForm = inputs.contains { input in
                let auto = input["autocomplete"]?.lowercased() ?? ""
                let name = (input["name"] ?? "").lowercased() + " " + (input["id"] ?? "").lowercased()
                return auto.hasPrefix("cc-number") || name.contains("card_no") || name.contains("cardno")
                    || name.contains("card_number") || name.contains("cardnumber") || name.contains("cc-number")
                    || name.contains("ccnumber")
            }
            let frames = page.tags.all("iframe").compactMap { $0["src"].flatMap(url.resolving) }.filter {
                $0.host != target.host
            }
            let forms = page.tags.all("form").compactMap { $0["action"].flatMap(url.resolving) }.filter {
                $0.host != target.host
            }
            if ownForm {
                add(
                    .cardEntry, .info, url,
                    ja: "カード番号をこのサイトのページの入力欄で受け付けています。番号が自社のサーバーを通らない方式（トークン型）か確かめてください。",
                    en:
                        "Card numbers are typed into a field on this site's page; confirm that they never reach your server (token type)."
                )
            } else if let frame = frames.first {
                add(
                    .cardEntry, .info, url, ja: "カード番号は決済代行会社の枠（\(frame.origin)）で入力します。",
                    en: "Card numbers are entered in the provider's frame (\(frame.origin)).")
            } else if let form = forms.first {
                add(
                    .cardEntry, .info, url, ja: "注文は決済代行会社のページ（\(form.origin)）へ移ります（リンク型）。",
                    en: "The order moves to the provider's page (\(form.origin)): redirect type.")
            } else {
                add(
                    .cardEntry, .info, url, ja: "このページにカード番号の入力欄は見つかりませんでした。",
                    en: "No card number field was found on this page.")
            }
        }
    }

    mutating func compare(_ scripts: [ProbeScript], with previous: [ProbeScript]?) {
        let current = scripts.filter(\.cardPath)
        guard !current.isEmpty || previous != nil else { return }
        let page = pages.first { $0.request.purpose == .page(cardPath: true) }?.request.url
        guard let previous else {
            add(
                .scriptChanged, .info, page,
                ja: "決済までのページのスクリプト \(current.count) 個を記録しました。次回はこの記録と比べます。",
                en: "Recorded \(current.count) scripts on the card path; the next run compares with them.")
            return
        }
        let before = previous.filter(\.cardPath)
        let change = ScriptChange(before: before, after: current)
        if change.isEmpty {
            add(
                .scriptChanged, .pass, page, ja: "前回（記録済み）から決済までのページのスクリプトは変わっていません。",
                en: "The card path's scripts are the same as last recorded.")
        } else {
            add(
                .scriptChanged, .warn, page,
                ja: "決済までのページのスクリプト：追加 \(change.added.count)、削除 \(change.removed.count)、内容の変更 \(change.changed.count)。"
                    + change.lines(.ja).joined(separator: "。"),
                en:
                    "Card path scripts: \(change.added.count) added, \(change.removed.count) removed, \(change.changed.count) changed. "
                    + change.lines(.en).joined(separator: "; "))
        }
        let origins = change.newOrigins
        if origins.isEmpty {
            add(
                .newScriptOrigin, .pass, page, ja: "新しい外部の読み込み元はありません。",
                en: "No new third-party origin.")
        } else {
            add(
                .newScriptOrigin, .fail, page,
                ja: "決済までのページに新しい外部の読み込み元：\(origins.joined(separator: " "))",
                en: "New third-party origins on the card path: \(origins.joined(separator: " "))")
        }
    }
}

/// Which version of a library or platform a page shows, from confident fingerprints only.
enum ProbeAnalysisVersion {
    /// The version of `library` a script shows: in its file name (`jquery-3.4.1.min.js`,
    /// `/jquery/3.4.1/`, `jquery.min.js?ver=3.4.1`, `jquery@3.4.1`) or its banner comment.
    static func version(of library: ProbeData.Library, url: ProbeURL, body: String?) -> String? {
        let path = url.path.lowercased()
        let file = String(url.pathOnly.split(separator: "/").last ?? "").lowercased()
        for stem in library.files {
            let others = ["-ui", ".ui", "-migrate", ".migrate"].filter { !stem.hasSuffix($0) }
            guard file.hasPrefix(stem), !others.contains(where: { file.hasPrefix(stem + $0) }) else {
                if let range = path.firstRange(of: "/" + stem + "/"),
                    let version = leadingVersion(String(path[range.upperBound...]))
                {
                    return version
                }
                if let range = path.firstRange(of: "/" + stem + "@"),
                    let version = leadingVersion(String(path[range.upperBound...]))
                {
                    return version
                }
                continue
            }
            let rest = file.dropFirst(stem.count)
            if rest.hasPrefix("-"), let version = leadingVersion(String(rest.dropFirst())) { return version }
            if let query = path.firstRange(of: "ver="), let version = leadingVersion(String(path[query.upperBound...]))
            {
                return version
            }
            if let range = path.firstRange(of: "/" + stem + "/"),
                let version = leadingVersion(String(path[range.upperBound...]))
            {
                return version
            }
        }
        if let body {
            let head = String(body.prefix(1024))
            for banner in library.banners {
                if let range = head.firstRange(of: banner),
                    let version = leadingVersion(String(head[range.upperBound...]))
                {
                    return version
                }
            }
        }
        return nil
    }

    /// `3.4.1` from `3.4.1.min.js`: the dotted numbers at the start, with at least one dot.
    static func leadingVersion(_ text: String) -> String? {
        var version = ""
        for character in text.trimmingBlanks {
            if character.isASCII, character.isNumber || character == "." {
                version.append(character)
            } else {
                break
            }
        }
        while version.hasSuffix(".") { version.removeLast() }
        return version.contains(".") && VersionNumber(version) != nil ? version : nil
    }
}
