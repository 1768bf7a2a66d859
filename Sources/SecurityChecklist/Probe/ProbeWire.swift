/// The conversation between `ecsec probe` and its network edge `ecsec-probe`: one JSON object
/// per line each way. `ecsec` writes an order, the edge carries it out and writes one result
/// line, and so on until `ecsec` closes the edge's standard input (ADR 10). Both sides use
/// this file, so the format has one home.
public enum ProbeWire {
    /// One order as the edge reads it.
    public struct Order: Sendable, Hashable {
        /// The request.
        public var kind: ProbeRequest.Kind
        /// Its URL.
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
    }

    /// The order line for `request` (no newline).
    public static func orderLine(_ request: ProbeRequest, userAgent: String, caFile: String?, timeout: Int) -> String {
        var object = JSONObject()
        object["kind"] = .string(request.kind.rawValue)
        object["url"] = .string(request.url.description)
        if let address = request.address { object["address"] = .string(address) }
        object["verify"] = .bool(request.verify)
        if let version = request.onlyVersion { object["onlyVersion"] = .string(version.rawValue) }
        object["maxBody"] = .int(request.maxBody)
        object["userAgent"] = .string(userAgent)
        if let caFile { object["caFile"] = .string(caFile) }
        object["timeout"] = .int(timeout)
        return JSONWriter.compact(.object(object))
    }

    /// Reads an order line; `nil` for a line that is not one.
    public static func order(from line: some Collection<UInt8>) -> Order? {
        guard case .object(let object)? = try? JSONParser.parse(line),
            case .string(let kindText)? = object["kind"], let kind = ProbeRequest.Kind(rawValue: kindText),
            case .string(let urlText)? = object["url"], let url = ProbeURL(urlText),
            case .bool(let verify)? = object["verify"],
            case .number(let maxBody)? = object["maxBody"], let maxBodyValue = maxBody.intValue,
            case .string(let userAgent)? = object["userAgent"],
            case .number(let timeout)? = object["timeout"], let timeoutValue = timeout.intValue
        else { return nil }
        var onlyVersion: ProbeRequest.TLSVersion?
        if case .string(let text)? = object["onlyVersion"] {
            guard let version = ProbeRequest.TLSVersion(rawValue: text) else { return nil }
            onlyVersion = version
        }
        var address: String?
        if case .string(let text)? = object["address"] { address = text }
        var caFile: String?
        if case .string(let text)? = object["caFile"] { caFile = text }
        return Order(
            kind: kind, url: url, address: address, verify: verify, onlyVersion: onlyVersion, maxBody: maxBodyValue,
            userAgent: userAgent, caFile: caFile, timeout: timeoutValue)
    }

    /// The result line for `exchange` (no newline); the body travels in Base64.
    public static func resultLine(_ exchange: ProbeExchange) -> String {
        var object = JSONObject()
        if let address = exchange.address { object["address"] = .string(address) }
        if let failure = exchange.failure { object["failure"] = .string(failure.rawValue) }
        if let message = exchange.message { object["message"] = .string(message) }
        if let version = exchange.tlsVersion { object["tlsVersion"] = .string(version) }
        if let certificate = exchange.certificate {
            object["certificate"] = .object(
                JSONObject([
                    ("subject", .string(certificate.subject)), ("issuer", .string(certificate.issuer)),
                    ("notAfter", .number(JSONNumber(text: String(certificate.notAfter)))),
                    ("names", .array(certificate.names.map(JSONValue.string))),
                ]))
        }
        if let status = exchange.status { object["status"] = .int(status) }
        if !exchange.headers.isEmpty {
            object["headers"] = .array(exchange.headers.map { .array([.string($0.name), .string($0.value)]) })
        }
        if !exchange.body.isEmpty { object["body"] = .string(Base64.encode(exchange.body)) }
        return JSONWriter.compact(.object(object))
    }

    /// Reads a result line; `nil` for a line that is not one.
    public static func exchange(from line: some Collection<UInt8>) -> ProbeExchange? {
        guard case .object(let object)? = try? JSONParser.parse(line) else { return nil }
        var exchange = ProbeExchange()
        func string(_ key: String) -> String? {
            if case .string(let text)? = object[key] { return text }
            return nil
        }
        exchange.address = string("address")
        if let failure = string("failure") {
            guard let value = ProbeExchange.Failure(rawValue: failure) else { return nil }
            exchange.failure = value
        }
        exchange.message = string("message")
        exchange.tlsVersion = string("tlsVersion")
        if case .object(let certificate)? = object["certificate"] {
            guard case .string(let subject)? = certificate["subject"],
                case .string(let issuer)? = certificate["issuer"],
                case .number(let notAfter)? = certificate["notAfter"], let seconds = Int64(notAfter.text),
                case .array(let names)? = certificate["names"]
            else { return nil }
            exchange.certificate = ProbeExchange.Certificate(
                subject: subject, issuer: issuer, notAfter: seconds,
                names: names.compactMap { if case .string(let name) = $0 { name } else { nil } })
        }
        if case .number(let status)? = object["status"] { exchange.status = status.intValue }
        if case .array(let headers)? = object["headers"] {
            for header in headers {
                guard case .array(let pair) = header, pair.count == 2, case .string(let name) = pair[0],
                    case .string(let value) = pair[1]
                else { return nil }
                exchange.headers.append((name, value))
            }
        }
        if let body = string("body") {
            guard let bytes = Base64.decode(body) else { return nil }
            exchange.body = bytes
        }
        return exchange
    }
}
