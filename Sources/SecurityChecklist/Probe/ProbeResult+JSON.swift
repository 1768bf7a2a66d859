extension ProbeResult {
    /// The `ecsec/probe@1` document: sorted keys, two-space indent, final newline.
    public func jsonText() -> String {
        var object = jsonObject
        object["schema"] = .string(ProbeResult.schema)
        return JSONWriter.write(.object(object))
    }

    /// The members an assessment's `probe` keeps and the document adds `schema` to.
    package var jsonObject: JSONObject {
        var object = JSONObject()
        object["target"] = .string(target)
        object["startedAt"] = .string(startedAt.description)
        object["finishedAt"] = .string(finishedAt.description)
        object["probeVersion"] = .string(probeVersion)
        object["dataDate"] = .string(dataDate)
        object["requests"] = .int(requests)
        object["maxRequests"] = .int(maxRequests)
        object["intervalMilliseconds"] = .int(intervalMilliseconds)
        object["consent"] = .string(consent.rawValue)
        object["platforms"] = .array(platforms.map(JSONValue.string))
        if let stoppedBy {
            var stop = JSONObject([("status", .int(stoppedBy.status))])
            if let retryAfter = stoppedBy.retryAfter { stop["retryAfter"] = .string(retryAfter) }
            object["stoppedBy"] = .object(stop)
        }
        object["findings"] = .array(
            findings.map { finding in
                var item = JSONObject()
                item["check"] = .string(finding.check.rawValue)
                item["status"] = .string(finding.status.rawValue)
                if let url = finding.url { item["url"] = .string(url) }
                item["controls"] = .array(finding.controls.map { .string($0.rawValue) })
                item["detail"] = .object(
                    JSONObject([("ja", .string(finding.detail.ja)), ("en", .string(finding.detail.en))]))
                if let responsibility = finding.responsibility {
                    item["responsibility"] = .string(responsibility.rawValue)
                }
                return .object(item)
            })
        object["scripts"] = .array(
            scripts.map(\.jsonValue))
        return object
    }

    /// The result's findings in the order every output lists them: what to act on first
    /// (fail, warn, not run, info, pass), each status in check order.
    package var findingsInListOrder: [ProbeFinding] {
        findings.enumerated().sorted {
            ($0.element.status.listOrder, $0.offset) < ($1.element.status.listOrder, $1.offset)
        }.map(\.element)
    }

    /// `1` or `0.05`: milliseconds as the seconds a reader types after `--interval`.
    package static func secondsText(milliseconds: Int) -> String {
        milliseconds % 1000 == 0 ? String(milliseconds / 1000) : String(Double(milliseconds) / 1000)
    }

    /// Loads an `ecsec/probe@1` document strictly.
    /// - Throws: ``LoadError`` listing every problem.
    public init(json: some Collection<UInt8>, source: String) throws(LoadError) {
        self = try DecodingContext.load(json, source: source) { root, context in
            guard checkSchema(root, expected: ProbeResult.schema, context: &context) != nil else { return nil }
            return ProbeResultDecoder.decode(root, at: .root, schema: true, context: &context)
        }
    }

    /// The result with each finding's `controls` set from `checklists`' `observedBy`: the
    /// controls an outside look is evidence for.
    public func mapped(to checklists: [Checklist]) -> ProbeResult {
        var result = self
        for index in result.findings.indices {
            let check = result.findings[index].check
            result.findings[index].controls = checklists.flatMap { checklist in
                checklist.controls.filter { $0.observedBy.contains(check) }.map(\.id)
            }
        }
        return result
    }
}

enum ProbeResultDecoder {
    static let required = [
        "target", "startedAt", "finishedAt", "probeVersion", "dataDate", "requests", "maxRequests",
        "intervalMilliseconds", "consent", "platforms", "findings", "scripts",
    ]
    static let optional = ["stoppedBy"]
    static let findingRequired = ["check", "status", "controls", "detail"]
    static let findingOptional = ["url", "responsibility"]
    static let scriptRequired = ["page", "url", "origin", "thirdParty", "sri", "cardPath"]
    static let scriptOptional = ["sha256"]

    static func decode(_ value: JSONNode, at path: JSONPath, schema: Bool, context: inout DecodingContext)
        -> ProbeResult?
    {
        guard
            let object = context.object(
                value, at: path, required: (schema ? ["schema"] : []) + required, optional: optional)
        else { return nil }
        let target = context.string(object["target"], at: path / "target")
        let startedAt = context.timestamp(object["startedAt"], at: path / "startedAt")
        let finishedAt = context.timestamp(object["finishedAt"], at: path / "finishedAt")
        let version = context.string(object["probeVersion"], at: path / "probeVersion")
        let dataDate = context.date(object["dataDate"], at: path / "dataDate")?.dateText
        let requests = context.count(object["requests"], at: path / "requests")
        let maxRequests = context.count(object["maxRequests"], at: path / "maxRequests")
        let interval = context.count(object["intervalMilliseconds"], at: path / "intervalMilliseconds")
        let consent = context.oneOf(
            object["consent"], at: path / "consent", valid: ProbeResult.Consent.allCases.map(\.rawValue)
        ).flatMap(ProbeResult.Consent.init(rawValue:))
        let platforms = (context.array(object["platforms"], at: path / "platforms") ?? []).enumerated().compactMap {
            context.string($0.element, at: path / "platforms" / $0.offset)
        }
        var stoppedBy: ProbeResult.StopRequest?
        if let stop = context.object(
            object["stoppedBy"], at: path / "stoppedBy", required: ["status"], optional: ["retryAfter"])
        {
            let status = context.count(stop["status"], at: path / "stoppedBy" / "status")
            let retryAfter = context.string(stop["retryAfter"], at: path / "stoppedBy" / "retryAfter")
            if let status { stoppedBy = ProbeResult.StopRequest(status: status, retryAfter: retryAfter) }
        }
        var findings: [ProbeFinding] = []
        for (index, item) in (context.array(object["findings"], at: path / "findings") ?? []).enumerated() {
            if let finding = decodeFinding(item, at: path / "findings" / index, context: &context) {
                findings.append(finding)
            }
        }
        var scripts: [ProbeScript] = []
        for (index, item) in (context.array(object["scripts"], at: path / "scripts") ?? []).enumerated() {
            if let script = decodeScript(item, at: path / "scripts" / index, context: &context) {
                scripts.append(script)
            }
        }
        guard let target, let startedAt, let finishedAt, let version, let dataDate, let requests, let maxRequests,
            let interval, let consent
        else { return nil }
        return ProbeResult(
            target: target, startedAt: startedAt, finishedAt: finishedAt, probeVersion: version, dataDate: dataDate,
            requests: requests, maxRequests: maxRequests, intervalMilliseconds: interval, consent: consent,
            platforms: platforms, stoppedBy: stoppedBy, findings: findings, scripts: scripts)
    }

    static func decodeFinding(_ value: JSONNode, at path: JSONPath, context: inout DecodingContext) -> ProbeFinding? {
        guard
            let object = context.object(value, at: path, required: findingRequired, optional: findingOptional)
        else { return nil }
        let check = context.oneOf(object["check"], at: path / "check", valid: ProbeCheck.allCases.map(\.rawValue))
            .flatMap(ProbeCheck.init(rawValue:))
        let status = context.oneOf(
            object["status"], at: path / "status", valid: ProbeStatus.allCases.map(\.rawValue)
        ).flatMap(ProbeStatus.init(rawValue:))
        let url = context.string(object["url"], at: path / "url")
        let controls = (context.array(object["controls"], at: path / "controls") ?? []).enumerated().compactMap {
            context.identifier($0.element, at: path / "controls" / $0.offset).map(ControlID.init)
        }
        let detail = context.localized(object["detail"], at: path / "detail")
        var responsibility: ProbeFinding.Responsibility?
        if object["responsibility"] != nil {
            responsibility = context.oneOf(
                object["responsibility"], at: path / "responsibility", valid: ["shop", "vendor"]
            ).flatMap(ProbeFinding.Responsibility.init(rawValue:))
        }
        guard let check, let status, let detail else { return nil }
        return ProbeFinding(
            check: check, status: status, url: url, controls: controls, detail: detail, responsibility: responsibility)
    }

    static func decodeScript(_ value: JSONNode, at path: JSONPath, context: inout DecodingContext) -> ProbeScript? {
        guard
            let object = context.object(value, at: path, required: scriptRequired, optional: scriptOptional)
        else { return nil }
        let page = context.string(object["page"], at: path / "page")
        let url = context.string(object["url"], at: path / "url")
        let origin = context.string(object["origin"], at: path / "origin")
        let thirdParty = context.bool(object["thirdParty"], at: path / "thirdParty")
        let sha256 = context.string(object["sha256"], at: path / "sha256")
        if let sha256, !EvidenceFile.isHexDigest(sha256) {
            context.error(path / "sha256", "\(quoted(sha256)) is not 64 lowercase hex digits")
        }
        let sri = context.bool(object["sri"], at: path / "sri")
        let cardPath = context.bool(object["cardPath"], at: path / "cardPath")
        guard let page, let url, let origin, let thirdParty, let sri, let cardPath else { return nil }
        return ProbeScript(
            page: page, url: url, origin: origin, thirdParty: thirdParty, sha256: sha256, sri: sri, cardPath: cardPath)
    }
}

extension ProbeScript {
    /// `{"page", "url", "origin", "thirdParty", "sha256"?, "sri", "cardPath"}`: in a result, and in
    /// the run order that hands the last run's scripts to the edge.
    package var jsonValue: JSONValue {
        var item = JSONObject()
        item["page"] = .string(page)
        item["url"] = .string(url)
        item["origin"] = .string(origin)
        item["thirdParty"] = .bool(thirdParty)
        if let sha256 { item["sha256"] = .string(sha256) }
        item["sri"] = .bool(sri)
        item["cardPath"] = .bool(cardPath)
        return .object(item)
    }
}
