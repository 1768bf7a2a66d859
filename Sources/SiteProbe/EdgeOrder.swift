import SecurityChecklist

/// One request as the network edge carries it out: the planner's ``ProbeRequest`` with the
/// run's User-Agent, extra trust and time limit. The edge decides nothing else.
public struct EdgeOrder: Sendable, Hashable {
    /// A handshake, GET or HEAD.
    public var kind: ProbeRequest.Kind
    /// The URL: its host is the TLS server name and the `Host` header.
    public var url: ProbeURL
    /// The address to connect to instead of the host's.
    public var address: String?
    /// Whether to verify the certificate.
    public var verify: Bool
    /// Exactly this old TLS version, if set.
    public var onlyVersion: ProbeRequest.TLSVersion?
    /// The most body bytes to read.
    public var maxBody: Int
    /// The `User-Agent` header.
    public var userAgent: String
    /// Extra trusted certificates (PEM), if any.
    public var caFile: String?
    /// Seconds before the request is given up.
    public var timeout: Int

    /// The order that carries out `request`.
    public init(request: ProbeRequest, userAgent: String, caFile: String?, timeout: Int) {
        kind = request.kind
        url = request.url
        address = request.address
        verify = request.verify
        onlyVersion = request.onlyVersion
        maxBody = request.maxBody
        self.userAgent = userAgent
        self.caFile = caFile
        self.timeout = timeout
    }
}
