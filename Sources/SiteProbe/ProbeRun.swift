import SecurityChecklist

/// How a probe is asked to run: the site, the card-path pages, and the limits that keep it
/// polite.
public struct ProbeOptions: Sendable {
    /// The default request budget.
    public static let defaultMaxRequests = ProbeResult.defaultMaxRequests
    /// The default and least interval between requests, in seconds, unless the address connected
    /// to is a loopback address.
    public static let politeInterval = ProbeResult.politeInterval

    /// The site's start page.
    public var target: ProbeURL
    /// The cart and checkout pages (the card path), on the same site.
    public var pages: [ProbeURL]
    /// At most this many requests (a TLS handshake counts as one).
    public var maxRequests: Int
    /// At least this many seconds between the starts of two requests.
    public var interval: Double
    /// Addresses given by hand (`--resolve`): host → address.
    public var addresses: [String: String]
    /// A path no site has, made fresh for each run by the caller (the library reads no
    /// randomness): how the site answers it tells a soft 404.
    public var notFoundPath: String
    /// The platforms, exposure paths and libraries recognised.
    public var data: ProbeData
    /// The owner's exclusion list (``ProbeRunOrder/exclusions``).
    public var exclusions: [String: String] = [:]

    /// The options of `order`, with a fresh `notFoundPath` and the shipped data.
    public init(order: ProbeRunOrder, notFoundPath: String, data: ProbeData) {
        self.init(
            target: order.target, pages: order.pages, maxRequests: order.maxRequests,
            interval: Double(order.intervalMilliseconds) / 1000, addresses: order.addresses,
            notFoundPath: notFoundPath, data: data)
        exclusions = order.exclusions
    }

    /// Options with the polite defaults.
    public init(
        target: ProbeURL, pages: [ProbeURL] = [], maxRequests: Int = defaultMaxRequests,
        interval: Double = politeInterval, addresses: [String: String] = [:], notFoundPath: String, data: ProbeData
    ) {
        self.target = target
        self.pages = pages
        self.maxRequests = maxRequests
        self.interval = interval
        self.addresses = addresses
        self.notFoundPath = notFoundPath
        self.data = data
    }
}

/// One probe run as a state machine, with no network and no clock of its own: ``next()`` says
/// what to request, the caller carries it out (waiting until ``notBefore()``) and hands the
/// outcome to ``record(_:for:startedAt:)``. Every politeness rule lives here, where a test can
/// hold it without a network:
/// - GET, HEAD and TLS handshakes only, never more than ``ProbeOptions/maxRequests``;
/// - at least ``ProbeOptions/interval`` seconds apart, and below one second only while every
///   address connected to is a loopback address;
/// - a 429 or 503 ends the run (its Retry-After is reported, never overridden);
/// - the soft-404 check before any admin or exposure path;
/// - the well-known exposure list only with the owner's token on the site, or on a URL that
///   names this machine as written.
public struct ProbeRun: Sendable {
    /// The options.
    public let options: ProbeOptions
    /// Every request made and what came back, in order.
    public private(set) var exchanges: [(request: ProbeRequest, exchange: ProbeExchange)] = []
    /// Set when the site asked to stop.
    public private(set) var stoppedBy: ProbeResult.StopRequest?
    /// The pages read, final responses only (not the redirects before them), each parsed once
    /// when it is recorded: the planner's stages and the analysis read them many times.
    private(set) var pages: [(request: ProbeRequest, exchange: ProbeExchange, tags: HTMLTags)] = []
    /// Requests still to make in the current stage.
    private var queue: [ProbeRequest] = []
    private var stage = Stage.start
    private var lastStart: Double?

    private enum Stage: Int, Comparable {
        case start, certificate, oldProtocols, redirect, pages, consent, notFound, admin, exposures, scripts, done
        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A run with `options`.
    public init(options: ProbeOptions) { self.options = options }

    /// The requests made so far.
    public var requestCount: Int { exchanges.count }

    /// Whether the budget ran out with requests still to make.
    public private(set) var budgetExhausted = false

    /// The earliest time (on the caller's clock, in seconds) the next request may start.
    public func notBefore() -> Double? {
        guard let lastStart else { return nil }
        return lastStart + effectiveInterval
    }

    /// The interval in force: the one asked for, or one second when it is shorter and an
    /// address connected to was not a loopback address (or none was reached yet).
    public var effectiveInterval: Double {
        guard options.interval < ProbeOptions.politeInterval else { return options.interval }
        let allLoopback =
            !exchanges.isEmpty
            && exchanges.allSatisfy { $0.exchange.address.map(ProbeURL.isLoopbackAddress) ?? false }
        return allLoopback ? options.interval : ProbeOptions.politeInterval
    }

    /// The next request, or `nil` when the run is over (done, out of budget, or stopped).
    public mutating func next() -> ProbeRequest? {
        guard stoppedBy == nil else { return nil }
        while queue.isEmpty, stage < .done {
            stage = Stage(rawValue: stage.rawValue + 1) ?? .done
            queue = requests(for: stage)
        }
        guard !queue.isEmpty else { return nil }
        guard requestCount < options.maxRequests else {
            budgetExhausted = true
            return nil
        }
        return queue.first
    }

    /// Records the outcome of the request ``next()`` returned, started at `startedAt` seconds on
    /// the caller's clock.
    public mutating func record(_ exchange: ProbeExchange, for request: ProbeRequest, startedAt: Double) {
        if let index = queue.firstIndex(of: request) { queue.remove(at: index) }
        exchanges.append((request, exchange))
        if case .page = request.purpose, let status = exchange.status, !(300..<400).contains(status) {
            pages.append((request, exchange, HTMLTags(exchange.text)))
        }
        lastStart = startedAt
        if let status = exchange.status, status == 429 || status == 503 {
            stoppedBy = ProbeResult.StopRequest(status: status, retryAfter: exchange.value(of: "Retry-After"))
            return
        }
        follow(exchange, of: request)
    }

    /// What a run would request before any answer is known, each with the condition that
    /// decides it (`nil` when it is always requested): `--dry-run`'s list.
    public func plannedRequests() -> [(request: ProbeRequest, condition: LocalizedText?)] {
        var list: [(ProbeRequest, LocalizedText?)] = []
        let target = options.target
        if target.scheme == .https {
            list.append((request(.handshake, target, .certificate), nil))
            for version in [ProbeRequest.TLSVersion.tls10, .tls11] {
                var old = request(.handshake, target, .oldProtocol, verify: false)
                old.onlyVersion = version
                list.append((old, nil))
            }
            if target.port == nil {
                list.append((request(.get, httpStart, .httpRedirect, verify: false), nil))
            }
        }
        list.append((request(.get, target, .page(cardPath: false)), nil))
        for page in options.pages { list.append((request(.get, page, .page(cardPath: true)), nil)) }
        if !target.isLoopbackAsWritten {
            list.append(
                (
                    request(.get, target.with(path: "/.well-known/ecsec.txt"), .token),
                    LocalizedText(ja: "ページにトークンがないとき", en: "when no page carries the token")
                ))
        }
        list.append((request(.get, target.with(path: options.notFoundPath), .notFound), nil))
        for platform in options.data.platforms {
            for path in platform.admin {
                list.append(
                    (
                        request(.get, target.with(path: path), .admin(platform: platform.id)),
                        LocalizedText(ja: "\(platform.name)と分かったとき", en: "when the site is \(platform.name)")
                    ))
            }
        }
        let consent = LocalizedText(
            ja: "所有の確認（トークン）があるとき", en: "with the owner's token in place")
        for exposure in options.data.commonExposures {
            list.append((request(.get, target.with(path: exposure.path), .exposure(exposure.check)), consent))
        }
        for platform in options.data.platforms {
            for exposure in platform.exposures {
                list.append(
                    (
                        request(.get, target.with(path: exposure.path), .exposure(exposure.check)),
                        LocalizedText(
                            ja: "所有の確認があり、\(platform.name)と分かったとき",
                            en: "with the token, when the site is \(platform.name)")
                    ))
            }
        }
        return list
    }

    // MARK: - Stages

    private var httpStart: ProbeURL { ProbeURL(scheme: .http, host: options.target.host, path: "/") }

    private func request(_ kind: ProbeRequest.Kind, _ url: ProbeURL, _ purpose: ProbePurpose, verify: Bool = true)
        -> ProbeRequest
    {
        ProbeRequest(
            kind: kind, url: url, address: options.addresses[url.host], verify: verify && certificateTrusted,
            maxBody: purpose.maxBody, purpose: purpose)
    }

    /// Whether requests verify the certificate: yes until a verified handshake failed, so a
    /// site with a broken certificate is still read (and reported).
    private var certificateTrusted: Bool {
        guard
            let first = exchanges.first(where: {
                if case .certificate = $0.request.purpose { true } else { false }
            })
        else { return true }
        return first.exchange.failure == nil
    }

    private func requests(for stage: Stage) -> [ProbeRequest] {
        let target = options.target
        switch stage {
        case .start, .done: return []
        case .certificate:
            return target.scheme == .https ? [request(.handshake, target, .certificate)] : []
        case .oldProtocols:
            guard target.scheme == .https, reached(.certificate) else { return [] }
            return [ProbeRequest.TLSVersion.tls10, .tls11].map {
                var old = request(.handshake, target, .oldProtocol, verify: false)
                old.onlyVersion = $0
                return old
            }
        case .redirect:
            guard target.scheme == .https, target.port == nil else { return [] }
            return [request(.get, httpStart, .httpRedirect, verify: false)]
        case .pages:
            return [request(.get, target, .page(cardPath: false))]
                + options.pages.map { request(.get, $0, .page(cardPath: true)) }
        case .consent:
            guard !target.isLoopbackAsWritten, !pagesCarryToken else { return [] }
            return [request(.get, target.with(path: "/.well-known/ecsec.txt"), .token)]
        case .notFound:
            guard siteAnswers else { return [] }
            return [request(.get, target.with(path: options.notFoundPath), .notFound)]
        case .admin:
            guard siteAnswers else { return [] }
            return detectedPlatforms.flatMap { platform in
                platform.admin.map { request(.get, target.with(path: $0), .admin(platform: platform.id)) }
            }
        case .exposures:
            guard siteAnswers, consent != .none else { return [] }
            return exposureList.map { request(.get, target.with(path: $0.path), .exposure($0.check)) }
        case .scripts:
            var seen: Set<String> = []
            var list: [ProbeRequest] = []
            for (page, url, _) in scriptReferences()
            where url.host == target.host && seen.insert(url.description).inserted {
                list.append(request(.get, url, .script(page: page)))
            }
            return list
        }
    }

    /// After a page or admin entry answers with a redirect on the same site, follow it (at most
    /// three hops), so a start page that moves to `/ja/` is still read.
    private mutating func follow(_ exchange: ProbeExchange, of request: ProbeRequest) {
        guard let status = exchange.status, [301, 302, 303, 307, 308].contains(status),
            let location = exchange.value(of: "Location"), let next = request.url.resolving(location),
            next.host == options.target.host, next.scheme == request.url.scheme
        else { return }
        switch request.purpose {
        case .page, .admin:
            let hops = exchanges.filter { $0.request.purpose == request.purpose }.count
            guard hops <= 3,
                !exchanges.contains(where: { $0.request.url == next && $0.request.purpose == request.purpose })
            else { return }
            var again = request
            again.url = next
            queue.insert(again, at: 0)
        default: return
        }
    }

    private func reached(_ purpose: ProbePurpose) -> Bool {
        exchanges.contains { $0.request.purpose == purpose && $0.exchange.address != nil }
    }

    /// Whether the start page answered at all (no point asking for more of a site that is down,
    /// and a run that never reached it is no evidence to keep).
    public var siteAnswers: Bool {
        exchanges.contains { $0.request.purpose == .page(cardPath: false) && $0.exchange.status != nil }
    }

    // MARK: - What the pages said (shared with the analysis)

    var pagesCarryToken: Bool {
        let token = options.target.consentToken
        return pages.contains { $0.tags.meta("ecsec-site-verification")?.trimmingBlanks == token }
    }

    /// Why exposures may be checked.
    var consent: ProbeResult.Consent {
        if options.target.isLoopbackAsWritten { return .loopback }
        if pagesCarryToken { return .token }
        let token = options.target.consentToken
        let file = exchanges.first { $0.request.purpose == .token }?.exchange
        guard let file, file.status == 200 else { return .none }
        let lines = file.text.split(whereSeparator: \.isNewline).map { String($0).trimmingBlanks }
        return lines.contains(token) ? .token : .none
    }

    /// The platforms the pages show.
    var detectedPlatforms: [ProbeData.Platform] {
        options.data.platforms.filter { platform in
            pages.contains { page in
                if let generator = platform.generator, page.tags.meta("generator")?.hasPrefix(generator) == true {
                    return true
                }
                let addresses = page.tags.tags.flatMap { tag in [tag["src"], tag["href"]].compactMap { $0 } }
                let cookies = page.exchange.values(of: "Set-Cookie").map { String($0.prefix { $0 != "=" }) }
                return platform.signals.contains { signal in
                    addresses.contains { $0.lowercased().contains(signal) }
                        || cookies.contains { $0.lowercased() == signal }
                }
            }
        }
    }

    /// The well-known exposure paths for this site, at most ``ProbeData/maximumExposures``: the
    /// common ones, the recognised platforms', and the folders of the shop's own scripts and
    /// stylesheets (two at most), where a directory listing would show every file.
    var exposureList: [ProbeData.Exposure] {
        var list = options.data.commonExposures + detectedPlatforms.flatMap(\.exposures)
        var folders: [String] = []
        for page in pages {
            for tag in page.tags.tags where tag.name == "script" || tag.name == "link" {
                guard let reference = tag["src"] ?? tag["href"], let url = page.request.url.resolving(reference),
                    url.host == options.target.host
                else { continue }
                let path = url.pathOnly
                guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { continue }
                let folder = String(path[...slash])
                if !folders.contains(folder) { folders.append(folder) }
            }
        }
        list += folders.prefix(2).map { ProbeData.Exposure(path: $0, check: .directoryListing) }
        var seen: Set<String> = []
        return Array(list.filter { seen.insert($0.path).inserted }.prefix(ProbeData.maximumExposures))
    }

    /// Every external script on the pages read: the page, the resolved URL and the tag.
    func scriptReferences() -> [(page: String, url: ProbeURL, tag: HTMLTags.Tag)] {
        pages.flatMap { page in
            page.tags.all("script").compactMap { tag in
                guard let source = tag["src"], let url = page.request.url.resolving(source) else { return nil }
                return (page.request.url.description, url, tag)
            }
        }
    }
}

extension ProbePurpose {
    /// How much of the body is read: pages and scripts whole (up to 8 MiB, beyond which a
    /// script's hash is not reported), archives only their first bytes.
    var maxBody: Int {
        switch self {
        case .certificate, .oldProtocol: 0
        case .exposure(.exposedBackup): 512
        case .script: 8 * 1024 * 1024
        default: 1024 * 1024
        }
    }
}
