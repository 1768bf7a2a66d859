import SecurityChecklist

/// One thing the probe asks the network edge (`ecsec-probe`) to do: a TLS handshake, or one
/// HTTP/1.1 GET or HEAD on its own connection. Redirects are never followed by the edge; the
/// planner decides what comes next.
public struct ProbeRequest: Sendable, Hashable {
    /// A handshake only, or an HTTP method.
    public enum Kind: String, Sendable, Hashable {
        case handshake
        case get = "GET"
        case head = "HEAD"
    }

    /// The TLS versions a handshake offers: all the edge supports, or exactly one old one.
    public enum TLSVersion: String, Sendable, Hashable {
        case tls10 = "1.0"
        case tls11 = "1.1"
    }

    /// What to do.
    public var kind: Kind
    /// The URL: its host is the TLS server name and the `Host` header.
    public var url: ProbeURL
    /// The address to connect to instead of the host's (`--resolve`).
    public var address: String?
    /// Whether the certificate chain and name are verified (a failed check ends the request).
    public var verify: Bool
    /// Offer exactly this old TLS version (a handshake testing whether it is accepted).
    public var onlyVersion: TLSVersion?
    /// The most body bytes to read; the rest is not downloaded.
    public var maxBody: Int
    /// Why the planner asked: drives the analysis, and names the request in progress lines.
    public var purpose: ProbePurpose

    /// A request.
    public init(
        kind: Kind, url: ProbeURL, address: String? = nil, verify: Bool = true, onlyVersion: TLSVersion? = nil,
        maxBody: Int = 512 * 1024, purpose: ProbePurpose
    ) {
        self.kind = kind
        self.url = url
        self.address = address
        self.verify = verify
        self.onlyVersion = onlyVersion
        self.maxBody = maxBody
        self.purpose = purpose
    }

    /// `GET https://…`, `TLS shop.example.jp:443 (1.0)`: one line for progress and `--dry-run`.
    public var line: String {
        switch kind {
        case .handshake:
            "TLS \(url.hostForURL):\(url.effectivePort)" + (onlyVersion.map { " (TLS \($0.rawValue))" } ?? "")
        case .get, .head: "\(kind.rawValue) \(url)"
        }
    }
}

/// Why a request is made.
public enum ProbePurpose: Sendable, Hashable {
    /// The certificate, verified.
    case certificate
    /// Whether an old TLS version is accepted.
    case oldProtocol
    /// Whether plain HTTP redirects to HTTPS.
    case httpRedirect
    /// A page to read: the start page, or one named with `--page` (the card path).
    case page(cardPath: Bool)
    /// The ownership token file, `/.well-known/ecsec.txt`.
    case token
    /// A path that cannot exist, to learn how the site answers one (soft 404).
    case notFound
    /// A platform's admin entry.
    case admin(platform: String)
    /// A well-known exposure and the check it belongs to.
    case exposure(ProbeCheck)
    /// A script of the shop's own host, to hash it; `page` is the page it was found on.
    case script(page: String)
}

/// What came back: the address connected to, the TLS facts, and the HTTP response, or the
/// error that ended the request.
public struct ProbeExchange: Sendable, Hashable {
    /// Why a request ended without a response.
    public enum Failure: String, Sendable, Hashable {
        /// The name did not resolve, or nothing listened.
        case connect
        /// No answer in time.
        case timeout
        /// The chain did not lead to a trusted root, or was expired or malformed.
        case trust
        /// The certificate did not name the host.
        case hostname
        /// The handshake failed for another reason (e.g. an old version refused).
        case tls
        /// The response could not be read.
        case protocolError = "protocol"
    }

    /// The leaf certificate, as far as the probe reports it.
    public struct Certificate: Sendable, Hashable {
        /// The subject's common name, if any.
        public var subject: String
        /// The issuer's common name, if any.
        public var issuer: String
        /// The end of validity, seconds since 1970.
        public var notAfter: Int64
        /// The DNS names the certificate is for.
        public var names: [String]

        /// A certificate summary.
        public init(subject: String, issuer: String, notAfter: Int64, names: [String]) {
            self.subject = subject
            self.issuer = issuer
            self.notAfter = notAfter
            self.names = names
        }
    }

    /// The address connected to, when a connection was made.
    public var address: String?
    /// Why the request ended without a response, and the edge's message.
    public var failure: Failure?
    /// The message that came with the failure.
    public var message: String?
    /// The TLS version negotiated (`1.2`, `1.3`, …).
    public var tlsVersion: String?
    /// The server's certificate.
    public var certificate: Certificate?
    /// The HTTP status.
    public var status: Int?
    /// The response headers in order, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body's first bytes (at most the request's `maxBody`).
    public var body: [UInt8]

    /// An exchange.
    public init(
        address: String? = nil, failure: Failure? = nil, message: String? = nil, tlsVersion: String? = nil,
        certificate: Certificate? = nil, status: Int? = nil, headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.address = address
        self.failure = failure
        self.message = message
        self.tlsVersion = tlsVersion
        self.certificate = certificate
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Every value of header `name` (case-insensitive), in order.
    public func values(of name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// The first value of header `name`.
    public func value(of name: String) -> String? { values(of: name).first }

    /// The body as text (invalid UTF-8 replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    public static func == (lhs: ProbeExchange, rhs: ProbeExchange) -> Bool {
        lhs.address == rhs.address && lhs.failure == rhs.failure && lhs.message == rhs.message
            && lhs.tlsVersion == rhs.tlsVersion && lhs.certificate == rhs.certificate && lhs.status == rhs.status
            && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
            && lhs.body == rhs.body
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(address)
        hasher.combine(status)
        hasher.combine(body)
    }
}
