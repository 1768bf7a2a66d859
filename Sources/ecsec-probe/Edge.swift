import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import NIOTLS
import SecurityChecklist
import SiteProbe

/// Carries out one order on its own connection: a TLS handshake, or one HTTP/1.1 request with
/// `Connection: close`. Never follows a redirect and never sends anything but the order.
struct Edge {
    let group: MultiThreadedEventLoopGroup

    func perform(_ order: EdgeOrder) -> ProbeExchange {
        let port = order.url.effectivePort
        let target = order.address ?? order.url.host
        do {
            let tls = try order.url.scheme == .https ? sslContext(for: order) : nil
            let loop = group.next()
            let done = loop.makePromise(of: ProbeExchange.self)
            let collector = ResponseCollector(order: order, done: done)
            let serverName = ProbeURL.isIPAddress(order.url.host) ? nil : order.url.host
            let bootstrap = ClientBootstrap(group: loop)
                .connectTimeout(.seconds(Int64(order.timeout)))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let tls {
                            try channel.pipeline.syncOperations.addHandler(
                                NIOSSLClientHandler(context: tls, serverHostname: serverName))
                        }
                        if order.kind != .handshake {
                            try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        }
                        try channel.pipeline.syncOperations.addHandler(collector)
                    }
                }
            let channel: any Channel
            do {
                channel = try bootstrap.connect(host: target, port: port).wait()
            } catch {
                done.fail(error)
                return Self.failure(error)
            }
            let address = channel.remoteAddress?.ipAddress
            let timeout = channel.eventLoop.scheduleTask(in: .seconds(Int64(order.timeout))) {
                collector.finish(.failure(EdgeTimeout()))
                channel.close(promise: nil)
            }
            if tls == nil { collector.start(on: channel) }
            var exchange: ProbeExchange
            do {
                exchange = try done.futureResult.wait()
            } catch {
                exchange = Self.failure(error)
            }
            timeout.cancel()
            exchange.address = address
            try? channel.closeFuture.wait()
            return exchange
        } catch {
            return Self.failure(error)
        }
    }

    private func sslContext(for order: EdgeOrder) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = order.verify ? .fullVerification : .none
        if let caFile = order.caFile {
            configuration.additionalTrustRoots = [.file(caFile)]
        }
        switch order.onlyVersion {
        case .tls10?:
            configuration.minimumTLSVersion = .tlsv1
            configuration.maximumTLSVersion = .tlsv1
            configuration.cipherSuites = Self.legacyCiphers
        case .tls11?:
            configuration.minimumTLSVersion = .tlsv11
            configuration.maximumTLSVersion = .tlsv11
            configuration.cipherSuites = Self.legacyCiphers
        case nil: break
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The suites TLS 1.0 and 1.1 servers offer, so a refusal means the version, not the suite.
    private static let legacyCiphers =
        "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:AES128-SHA:AES256-SHA"

    static func versionText(_ version: TLSVersion) -> String? {
        switch version {
        case .tlsv1: "1.0"
        case .tlsv11: "1.1"
        case .tlsv12: "1.2"
        case .tlsv13: "1.3"
        }
    }

    static func summary(of certificate: NIOSSLCertificate) -> ProbeExchange.Certificate {
        let subject = certificate.subjectName.first { $0.type == .commonName }?.value ?? ""
        let issuer = certificate.issuerName.first { $0.type == .commonName }?.value ?? ""
        var names: [String] = []
        for name in certificate._subjectAlternativeNames() where name.nameType == .dnsName {
            names.append(String(decoding: name.contents, as: UTF8.self))
        }
        return ProbeExchange.Certificate(
            subject: subject, issuer: issuer, notAfter: Int64(certificate.notValidAfter), names: names)
    }

    /// The error as the probe reports it: what kind of failure, and the stack's words.
    static func failure(_ error: any Error) -> ProbeExchange {
        var message = String(describing: error)
        // BoringSSL's errors end in the source file they came from; keep only the reason.
        while let at = message.firstRange(of: " at /") {
            let end = message[at.upperBound...].firstIndex { $0 == "]" || $0 == ")" } ?? message.endIndex
            message.removeSubrange(at.lowerBound..<end)
        }
        let kind: ProbeExchange.Failure
        if error is EdgeTimeout {
            kind = .timeout
        } else if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            kind = .hostname
        } else if case NIOSSLError.handshakeFailed = error {
            kind = message.contains("CERTIFICATE_VERIFY_FAILED") ? .trust : .tls
        } else if error is NIOSSLError || error is BoringSSLError {
            kind = .tls
        } else if error is HTTPParserError {
            kind = .protocolError
        } else if let channelError = error as? ChannelError, channelError == .connectTimeout(.seconds(0)) {
            kind = .timeout
        } else {
            kind = .connect
        }
        return ProbeExchange(failure: kind, message: String(message.prefix(300)))
    }
}

struct EdgeTimeout: Error, CustomStringConvertible {
    var description: String { "no answer in time" }
}

/// Collects one response: the head, then the body up to the limit (the connection is closed
/// there, so nothing beyond it is downloaded); or, for a bare handshake, just its outcome. It
/// completes its promise exactly once, whatever ends the connection first.
final class ResponseCollector: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let order: EdgeOrder
    private let done: EventLoopPromise<ProbeExchange>
    private var exchange = ProbeExchange()
    private var finished = false

    init(order: EdgeOrder, done: EventLoopPromise<ProbeExchange>) {
        self.order = order
        self.done = done
    }

    /// Completes the exchange, once; later outcomes are ignored. Runs on the channel's loop.
    func finish(_ result: Result<ProbeExchange, any Error>) {
        guard !finished else { return }
        finished = true
        done.completeWith(result)
    }

    /// Begins: sends the request, or (a bare handshake) reports success. Called once the
    /// connection is usable: at once for plain HTTP, after the handshake for HTTPS.
    func start(on channel: any Channel) {
        channel.eventLoop.execute {
            guard self.order.kind != .handshake else {
                self.finish(.success(self.exchange))
                channel.close(promise: nil)
                return
            }
            var headers = HTTPHeaders()
            headers.add(name: "Host", value: self.order.url.hostHeader)
            headers.add(name: "User-Agent", value: self.order.userAgent)
            headers.add(name: "Accept", value: "text/html,application/xhtml+xml,*/*;q=0.8")
            headers.add(name: "Connection", value: "close")
            let method: HTTPMethod = self.order.kind == .head ? .HEAD : .GET
            let head = HTTPRequestHead(version: .http1_1, method: method, uri: self.order.url.path, headers: headers)
            channel.write(HTTPClientRequestPart.head(head), promise: nil)
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event {
            // Read here, on the loop, before anything can close the connection.
            let pipeline = context.pipeline.syncOperations
            exchange.tlsVersion = (try? pipeline.nioSSL_tlsVersion())?.flatMap(Edge.versionText)
            exchange.certificate = (try? pipeline.nioSSL_peerCertificate())?.flatMap(Edge.summary(of:))
            start(on: context.channel)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            exchange.status = Int(head.status.code)
            exchange.headers = head.headers.map { ($0.name, $0.value) }
        case .body(var buffer):
            let room = order.maxBody - exchange.body.count
            if room > 0, let bytes = buffer.readBytes(length: min(room, buffer.readableBytes)) {
                exchange.body += bytes
            }
            if exchange.body.count >= order.maxBody {
                finish(.success(exchange))
                context.close(promise: nil)
            }
        case .end:
            finish(.success(exchange))
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(exchange.status != nil ? .success(exchange) : .failure(error))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(exchange.status != nil ? .success(exchange) : .failure(ChannelError.eof))
        context.fireChannelInactive()
    }
}
