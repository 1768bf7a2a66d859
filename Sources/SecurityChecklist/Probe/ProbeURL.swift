/// An `http` or `https` URL as the probe uses it: a scheme, a lowercase host, an optional port
/// and a path with its query (never a fragment, never user information).
///
/// A host in Japanese (お店.jp) is kept in its ASCII form (`xn--…`), which is what a name
/// server and a certificate hold.
public struct ProbeURL: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`.
    public enum Scheme: String, Sendable, Hashable {
        case http, https
        /// The port a URL of this scheme means when it names none.
        public var defaultPort: Int { self == .https ? 443 : 80 }
    }

    /// The scheme.
    public var scheme: Scheme
    /// The host, lowercase ASCII: a name, an IPv4 address, or an IPv6 address without brackets.
    public var host: String
    /// The port written in the URL, if any.
    public var port: Int?
    /// The path and query, starting with `/`.
    public var path: String

    /// A URL from its parts.
    public init(scheme: Scheme, host: String, port: Int? = nil, path: String = "/") {
        self.scheme = scheme
        self.host = host
        self.port = port == scheme.defaultPort ? nil : port
        self.path = path.hasPrefix("/") ? path : "/" + path
    }

    /// Reads `text` as an absolute http or https URL; `nil` for anything else (another scheme,
    /// user information, an empty host or a bad port). A missing path is `/`; a fragment is
    /// dropped.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingBlanks)
        let scheme: Scheme
        if rest.lowercased().hasPrefix("https://") {
            scheme = .https
            rest = rest.dropFirst(8)
        } else if rest.lowercased().hasPrefix("http://") {
            scheme = .http
            rest = rest.dropFirst(7)
        } else {
            return nil
        }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var path = String(rest[authorityEnd...])
        if path.isEmpty || path.hasPrefix("?") { path = "/" + path }
        guard !authority.contains("@"), let (host, port) = Self.hostAndPort(authority) else { return nil }
        guard !path.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return nil }
        self.init(scheme: scheme, host: host, port: port, path: path)
    }

    /// The port connected to: the one written, or the scheme's.
    public var effectivePort: Int { port ?? scheme.defaultPort }

    /// `scheme://host[:port]`, the unit a browser's same-origin rule compares.
    public var origin: String { "\(scheme.rawValue)://\(hostForURL)\(port.map { ":\($0)" } ?? "")" }

    /// The URL as text.
    public var description: String { origin + path }

    /// The host as a URL writes it (an IPv6 address in brackets).
    public var hostForURL: String { host.contains(":") ? "[\(host)]" : host }

    /// The `Host` header's value.
    public var hostHeader: String { hostForURL + (port.map { ":\($0)" } ?? "") }

    /// The same site at another path.
    public func with(path: String) -> ProbeURL { ProbeURL(scheme: scheme, host: host, port: port, path: path) }

    /// The path without its query.
    public var pathOnly: String { String(path.prefix { $0 != "?" }) }

    /// The token that proves the owner's consent for this URL's host: placed at
    /// `/.well-known/ecsec.txt` or in `<meta name="ecsec-site-verification" content="…">`. It is
    /// derived from the host, so one made for another site does not count here; placing it is
    /// what proves control.
    public var consentToken: String {
        "ecsec-site-verification-" + Hex.sha256(Array(("ecsec probe consent\n" + host).utf8)).prefix(32)
    }

    /// Whether the URL names this machine as written: `localhost` or a loopback address. A name
    /// that only resolves to a loopback address (`--resolve`) is not.
    public var isLoopbackAsWritten: Bool { host == "localhost" || ProbeURL.isLoopbackAddress(host) }

    /// Whether `text` is an IP address literal: four decimal bytes, or IPv6 hex groups (an
    /// IPv4 tail allowed), without brackets. A host that is one gets no TLS server name, and
    /// `--resolve` accepts nothing else.
    public static func isIPAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) { return true }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }

    /// Whether `address` (as the network edge reports it) is a loopback address: 127.0.0.0/8 or
    /// `::1` (also as an IPv4-mapped IPv6 address).
    public static func isLoopbackAddress(_ address: String) -> Bool {
        var text = address.lowercased()
        if text.hasPrefix("::ffff:") { text.removeFirst(7) }
        if text == "::1" || text == "0:0:0:0:0:0:0:1" { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// A reference in a page (`src`, `href`, `action`) resolved against this URL as a browser
    /// would: absolute, scheme-relative (`//cdn…`), root-relative or relative, with `.` and `..`
    /// removed; `nil` for other schemes (`data:`, `javascript:`) and for what is not a URL.
    public func resolving(_ reference: String) -> ProbeURL? {
        let text = reference.trimmingBlanks
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return ProbeURL(text) }
        if text.hasPrefix("//") { return ProbeURL(scheme.rawValue + ":" + text) }
        if let colon = text.firstIndex(of: ":"),
            !text[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        {
            return nil
        }
        var relative = text
        if let hash = relative.firstIndex(of: "#") { relative = String(relative[..<hash]) }
        let joined: String
        if relative.hasPrefix("/") {
            joined = relative
        } else if relative.hasPrefix("?") {
            joined = pathOnly + relative
        } else if relative.isEmpty {
            joined = path
        } else {
            let base = pathOnly
            let folder = base[...(base.lastIndex(of: "/") ?? base.startIndex)]
            joined = folder + relative
        }
        return ProbeURL(scheme: scheme, host: host, port: port, path: Self.removingDotSegments(joined))
    }

    /// RFC 3986's remove_dot_segments on the path part (the query is kept as it is).
    static func removingDotSegments(_ path: String) -> String {
        let query = path.firstIndex(of: "?").map { String(path[$0...]) } ?? ""
        let pathPart = path.prefix { $0 != "?" }
        var output: [Substring] = []
        let segments = pathPart.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/") + query
    }

    private static func hostAndPort(_ authority: Substring) -> (String, Int?)? {
        var hostPart = authority
        var port: Int?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            hostPart = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), let number = Int(after.dropFirst()) else { return nil }
                port = number
            }
            guard !hostPart.isEmpty, hostPart.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                return nil
            }
            return port.map { (1...65_535).contains($0) } == false ? nil : (hostPart.lowercased(), port)
        }
        if let colon = authority.lastIndex(of: ":") {
            hostPart = authority[..<colon]
            let digits = authority[authority.index(after: colon)...]
            if !digits.isEmpty {
                guard digits.allSatisfy(\.isASCII), let number = Int(digits), (1...65_535).contains(number) else {
                    return nil
                }
                port = number
            }
        }
        var host = String(hostPart).lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty else { return nil }
        if !host.unicodeScalars.allSatisfy(\.isASCII) {
            guard let ascii = Punycode.asciiHost(host) else { return nil }
            host = ascii
        }
        let allowed = host.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
        }
        guard allowed, !host.hasPrefix("."), !host.contains("..") else { return nil }
        return (host, port)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    package var trimmingBlanks: String {
        let scalars = unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
