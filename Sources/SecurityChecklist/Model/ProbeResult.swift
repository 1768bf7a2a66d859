/// What one run of `ecsec probe` saw: the `ecsec/probe@1` document, and the `probe` member an
/// assessment keeps of its latest run. Observations are evidence for answers, never answers.
public struct ProbeResult: Sendable, Hashable {
    /// The format identifier of a probe document.
    public static let schema = "ecsec/probe@1"
    /// The default request budget of a run.
    public static let defaultMaxRequests = 40
    /// The default and least interval between requests, in seconds, unless every address
    /// connected to is a loopback address.
    public static let politeInterval = 1.0
    /// The most well-known exposure paths a run requests of one site.
    public static let maximumExposurePaths = 15

    /// Why the well-known exposure list ran, or why it did not.
    public enum Consent: String, Sendable, Hashable, CaseIterable {
        /// The site carries the owner's token (`/.well-known/ecsec.txt` or a `<meta>` tag).
        case token
        /// The URL names this machine (`localhost`, 127.0.0.1, ::1) as written.
        case loopback
        /// Neither: only what a visitor sees was checked.
        case none
    }

    /// The URL probed.
    public var target: String
    /// When the run started and ended.
    public var startedAt: Timestamp
    /// When the run ended.
    public var finishedAt: Timestamp
    /// The ecsec version that ran it.
    public var probeVersion: String
    /// The date of the data file it used (`Checklists/probe/probe-data.json`).
    public var dataDate: String
    /// The requests made (TLS handshakes count as one each).
    public var requests: Int
    /// The request budget.
    public var maxRequests: Int
    /// The least time between two requests, in milliseconds.
    public var intervalMilliseconds: Int
    /// Why the exposure list ran or did not.
    public var consent: Consent
    /// The platforms recognised, by name.
    public var platforms: [String]
    /// Set when the site asked the probe to stop (429 or 503): the status and its Retry-After.
    public var stoppedBy: StopRequest?
    /// What was found, in check order.
    public var findings: [ProbeFinding]
    /// The scripts on the pages read: the card path's inventory.
    public var scripts: [ProbeScript]

    /// A result.
    public init(
        target: String, startedAt: Timestamp, finishedAt: Timestamp, probeVersion: String, dataDate: String,
        requests: Int, maxRequests: Int, intervalMilliseconds: Int, consent: Consent, platforms: [String] = [],
        stoppedBy: StopRequest? = nil, findings: [ProbeFinding] = [], scripts: [ProbeScript] = []
    ) {
        self.target = target
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.probeVersion = probeVersion
        self.dataDate = dataDate
        self.requests = requests
        self.maxRequests = maxRequests
        self.intervalMilliseconds = intervalMilliseconds
        self.consent = consent
        self.platforms = platforms
        self.stoppedBy = stoppedBy
        self.findings = findings
        self.scripts = scripts
    }

    /// The site's request to stop.
    public struct StopRequest: Sendable, Hashable {
        /// 429 or 503.
        public var status: Int
        /// The Retry-After header as sent, if any.
        public var retryAfter: String?

        /// A stop request.
        public init(status: Int, retryAfter: String?) {
            self.status = status
            self.retryAfter = retryAfter
        }
    }

    /// The findings that name `control`.
    public func findings(for control: ControlID) -> [ProbeFinding] {
        findings.filter { $0.controls.contains(control) }
    }
}

/// The outcome of one check.
public enum ProbeStatus: String, Sendable, Hashable, CaseIterable {
    /// As it should be.
    case pass
    /// A problem a reader should act on.
    case fail
    /// Weaker than recommended.
    case warn
    /// Recorded, not judged.
    case info
    /// Not run, and why is in the detail (no consent, the budget, an earlier failure).
    case notRun

    /// The status in a few words.
    public var label: LocalizedText {
        switch self {
        case .pass: LocalizedText(ja: "良好", en: "pass")
        case .fail: LocalizedText(ja: "問題", en: "FAIL")
        case .warn: LocalizedText(ja: "注意", en: "warn")
        case .info: LocalizedText(ja: "情報", en: "info")
        case .notRun: LocalizedText(ja: "未実施", en: "not run")
        }
    }
}

/// One finding: a check's outcome on one URL, the controls it is evidence for, and what it
/// means in both languages.
public struct ProbeFinding: Sendable, Hashable {
    /// Who changes it on a hosted cart.
    public enum Responsibility: String, Sendable, Hashable {
        /// 店舗で対応.
        case shop
        /// カート事業者の管理.
        case vendor

        /// 「店舗で対応」 / 「カート事業者の管理」.
        public var label: LocalizedText {
            switch self {
            case .shop: LocalizedText(ja: "店舗で対応", en: "the shop's to fix")
            case .vendor: LocalizedText(ja: "カート事業者の管理", en: "the cart operator's (ask them)")
            }
        }
    }

    /// The check.
    public var check: ProbeCheck
    /// Its outcome.
    public var status: ProbeStatus
    /// The URL it is about, if one.
    public var url: String?
    /// The controls it is evidence for, in the checklist the result was mapped to.
    public var controls: [ControlID]
    /// What was seen.
    public var detail: LocalizedText
    /// Who changes it, when the shop is on a hosted cart.
    public var responsibility: Responsibility?

    /// A finding.
    public init(
        check: ProbeCheck, status: ProbeStatus, url: String? = nil, controls: [ControlID] = [], detail: LocalizedText,
        responsibility: Responsibility? = nil
    ) {
        self.check = check
        self.status = status
        self.url = url
        self.controls = controls
        self.detail = detail
        self.responsibility = responsibility
    }
}

/// A script on a page the probe read.
public struct ProbeScript: Sendable, Hashable {
    /// The page it was found on.
    public var page: String
    /// Its URL.
    public var url: String
    /// Its origin (`https://cdn.example`).
    public var origin: String
    /// Whether it comes from another host than the shop's.
    public var thirdParty: Bool
    /// The SHA-256 of its content (lowercase hex), when the probe fetched it: only scripts of the
    /// shop's own host are fetched.
    public var sha256: String?
    /// Whether the tag carries an `integrity` attribute.
    public var sri: Bool
    /// Whether the page is on the card path (`--page`).
    public var cardPath: Bool

    /// A script.
    public init(
        page: String, url: String, origin: String, thirdParty: Bool, sha256: String?, sri: Bool, cardPath: Bool
    ) {
        self.page = page
        self.url = url
        self.origin = origin
        self.thirdParty = thirdParty
        self.sha256 = sha256
        self.sri = sri
        self.cardPath = cardPath
    }
}
