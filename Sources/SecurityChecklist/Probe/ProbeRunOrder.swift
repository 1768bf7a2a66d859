/// What `ecsec probe` asks its network edge `ecsec-probe` to do: one run, with its limits, as a
/// JSON object on the edge's standard input. The edge answers with the `ecsec/probe@1` result
/// (or, for a dry run, ``ProbePlannedRequest``s) on its standard output (ADR 10). Both sides
/// read and write it through this type, so the format has one home.
public struct ProbeRunOrder: Sendable {
    /// The site's start page.
    public var target: ProbeURL
    /// The card path's pages (`--page`).
    public var pages: [ProbeURL]
    /// The request budget.
    public var maxRequests: Int
    /// The least interval between requests, in milliseconds.
    public var intervalMilliseconds: Int
    /// Addresses given by hand: host → address.
    public var addresses: [String: String]
    /// Extra trusted certificates (PEM), if any.
    public var caFile: String?
    /// The version of ecsec running the probe (its User-Agent and the result's `probeVersion`).
    public var probeVersion: String
    /// The card path's scripts of the last run, to compare with.
    public var previousScripts: [ProbeScript]?
    /// Whether the shop runs on a hosted cart or mall.
    public var hostedCart: Bool
    /// List the requests instead of sending them.
    public var dryRun: Bool
    /// The owner's exclusion list: library copies known to be patched, by URL or by the
    /// SHA-256 of their content, each with the owner's note. A matching library is reported as
    /// information, naming the note, instead of failing.
    public var exclusions: [String: String] = [:]

    /// An order.
    public init(
        target: ProbeURL, pages: [ProbeURL] = [], maxRequests: Int = ProbeResult.defaultMaxRequests,
        intervalMilliseconds: Int = Int(ProbeResult.politeInterval * 1000), addresses: [String: String] = [:],
        caFile: String? = nil, probeVersion: String, previousScripts: [ProbeScript]? = nil, hostedCart: Bool = false,
        dryRun: Bool = false
    ) {
        self.target = target
        self.pages = pages
        self.maxRequests = maxRequests
        self.intervalMilliseconds = intervalMilliseconds
        self.addresses = addresses
        self.caFile = caFile
        self.probeVersion = probeVersion
        self.previousScripts = previousScripts
        self.hostedCart = hostedCart
        self.dryRun = dryRun
    }

    /// The User-Agent every request carries: ecsec, its version, and what it is.
    public var userAgent: String { "ecsec-probe/\(probeVersion) (self-assessment by the site's owner)" }

    /// The order as one line of JSON.
    public func jsonLine() -> String {
        var object = JSONObject()
        object["target"] = .string(target.description)
        object["pages"] = .array(pages.map { .string($0.description) })
        object["maxRequests"] = .int(maxRequests)
        object["intervalMilliseconds"] = .int(intervalMilliseconds)
        object["addresses"] = .object(
            JSONObject(addresses.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        if let caFile { object["caFile"] = .string(caFile) }
        object["probeVersion"] = .string(probeVersion)
        if let previousScripts { object["previousScripts"] = .array(previousScripts.map(\.jsonValue)) }
        object["hostedCart"] = .bool(hostedCart)
        object["dryRun"] = .bool(dryRun)
        if !exclusions.isEmpty {
            object["exclusions"] = .object(
                JSONObject(exclusions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        }
        return JSONWriter.compact(.object(object))
    }

    /// Reads an order; `nil` for anything that is not one.
    public init?(json: some Collection<UInt8>) {
        guard let order = (try? JSONParser.withTape(json, Self.init(root:))) ?? nil else { return nil }
        self = order
    }

    private init?(root: JSONNode) {
        guard let object = root.object,
            let targetText = object["target"]?.string, let target = ProbeURL(targetText),
            let pageValues = object["pages"]?.items,
            let maxRequests = object["maxRequests"]?.number?.intValue,
            let milliseconds = object["intervalMilliseconds"]?.number?.intValue,
            let addressObject = object["addresses"]?.object,
            let version = object["probeVersion"]?.string,
            let hostedCart = object["hostedCart"]?.bool, let dryRun = object["dryRun"]?.bool
        else { return nil }
        var pages: [ProbeURL] = []
        for value in pageValues {
            guard let text = value.string, let page = ProbeURL(text) else { return nil }
            pages.append(page)
        }
        var addresses: [String: String] = [:]
        for member in addressObject {
            guard let address = member.value.string else { return nil }
            addresses[member.key] = address
        }
        let caFile = object["caFile"]?.string
        var previous: [ProbeScript]?
        if let items = object["previousScripts"]?.items {
            var context = DecodingContext()
            previous = items.enumerated().compactMap {
                ProbeResultDecoder.decodeScript($0.element, at: .root / $0.offset, context: &context)
            }
            guard !context.hasErrors else { return nil }
        }
        self.init(
            target: target, pages: pages, maxRequests: maxRequests, intervalMilliseconds: milliseconds,
            addresses: addresses, caFile: caFile, probeVersion: version, previousScripts: previous,
            hostedCart: hostedCart, dryRun: dryRun)
        if let listed = object["exclusions"]?.object {
            for member in listed {
                guard let note = member.value.string else { return nil }
                exclusions[member.key] = note
            }
        }
    }

    /// Reads the owner's exclusion list: one library copy per line, a URL or a SHA-256 (64 hex
    /// digits) then, after white space, a note; blank lines and lines starting with `#` are
    /// skipped. Returns the entries, or the number of the first line that is neither.
    public static func exclusions(fromText text: String) -> Result<[String: String], ExclusionLineError> {
        var entries: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingBlanks
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let key = String(line.prefix { $0 != " " && $0 != "\t" })
            let note = String(line.dropFirst(key.count)).trimmingBlanks
            if EvidenceFile.isHexDigest(key.lowercased()) {
                entries[key.lowercased()] = note
            } else if let url = ProbeURL(key) {
                entries[url.description] = note
            } else {
                return .failure(ExclusionLineError(line: index + 1, text: line))
            }
        }
        return .success(entries)
    }

    /// A line of an exclusion list that names neither a URL nor a SHA-256.
    public struct ExclusionLineError: Error, Sendable {
        /// The line's number, from 1.
        public var line: Int
        /// Its text.
        public var text: String
    }
}

/// One request a run would make, with the condition that decides it (`nil`: always): what
/// `ecsec probe --dry-run` lists.
public struct ProbePlannedRequest: Sendable {
    /// `GET https://…` or `TLS host:443 (TLS 1.0)`.
    public var line: String
    /// When it is made, if not always.
    public var condition: LocalizedText?

    /// A planned request.
    public init(line: String, condition: LocalizedText?) {
        self.line = line
        self.condition = condition
    }

    /// A dry run's list as one JSON document.
    public static func jsonText(_ list: [ProbePlannedRequest]) -> String {
        JSONWriter.compact(
            .array(
                list.map { item in
                    var object = JSONObject([("line", .string(item.line))])
                    if let condition = item.condition {
                        object["condition"] = .object(
                            JSONObject([("ja", .string(condition.ja)), ("en", .string(condition.en))]))
                    }
                    return .object(object)
                })) + "\n"
    }

    /// Reads a dry run's list; `nil` for anything else.
    public static func list(json: some Collection<UInt8>) -> [ProbePlannedRequest]? {
        (try? JSONParser.withTape(json, list(root:))) ?? nil
    }

    private static func list(root: JSONNode) -> [ProbePlannedRequest]? {
        guard let items = root.items else { return nil }
        var list: [ProbePlannedRequest] = []
        for item in items {
            guard let object = item.object, let line = object["line"]?.string else { return nil }
            var condition: LocalizedText?
            if let text = object["condition"]?.object, let ja = text["ja"]?.string, let en = text["en"]?.string {
                condition = LocalizedText(ja: ja, en: en)
            }
            list.append(ProbePlannedRequest(line: line, condition: condition))
        }
        return list
    }
}
