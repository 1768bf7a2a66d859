import SecurityChecklist

/// What `ecsec probe` recognises, from the dated data file `Checklists/probe/probe-data.json`
/// (`ecsec/probe-data@1`): platforms by what their pages load, their admin entries and
/// well-known exposure paths, and JavaScript libraries with published advisories.
public struct ProbeData: Sendable, Hashable {
    /// The format identifier the data file declares.
    public static let schema = "ecsec/probe-data@1"
    /// The most exposure paths one platform may add to the common ones: the probe is polite by
    /// construction (at most 15 well-known paths a site).
    public static let maximumExposures = ProbeResult.maximumExposurePaths

    /// A path checked on every site with the owner's consent, and the check it answers.
    public struct Exposure: Sendable, Hashable {
        /// The path, starting with `/`.
        public var path: String
        /// The check a match fails.
        public var check: ProbeCheck
    }

    /// A cart or CMS recognised by what its pages load.
    public struct Platform: Sendable, Hashable {
        /// A stable id (`ec-cube`).
        public var id: String
        /// Its name as people write it.
        public var name: String
        /// Whether the operator runs it for the shop (a hosted cart), so the shop has no server.
        public var hosted: Bool
        /// Texts whose presence in a page's script, link or image addresses (or cookie names)
        /// says the page runs on it.
        public var signals: [String]
        /// The start of the `generator` meta content it writes, with its version after it.
        public var generator: String?
        /// Its admin entry paths.
        public var admin: [String]
        /// Paths exposed only on this platform.
        public var exposures: [Exposure]
    }

    /// A JavaScript library recognised by its file name or its banner comment.
    public struct Library: Sendable, Hashable {
        /// A stable id (`jquery`).
        public var id: String
        /// Its name as people write it.
        public var name: String
        /// File-name stems (`jquery` matches `jquery-3.4.1.min.js`, `/jquery/3.4.1/…`).
        public var files: [String]
        /// Banner comment texts the version follows (`jQuery v`).
        public var banners: [String]
        /// Published advisories.
        public var advisories: [Advisory]
    }

    /// One advisory: versions from `from` (inclusive, when given) below `below` are affected.
    public struct Advisory: Sendable, Hashable {
        /// The CVE or advisory id.
        public var id: String
        /// The first fixed version.
        public var below: VersionNumber
        /// The first affected version, when the advisory names one.
        public var from: VersionNumber?
        /// What it is, in a few words.
        public var summary: LocalizedText

        /// Whether `version` is affected.
        public func affects(_ version: VersionNumber) -> Bool {
            version < below && (from.map { !(version < $0) } ?? true)
        }
    }

    /// The day the data was last checked against its sources (`YYYY-MM-DD`), printed with
    /// every finding that uses it.
    public var date: String
    /// The paths checked on every site.
    public var commonExposures: [Exposure]
    /// The platforms.
    public var platforms: [Platform]
    /// The libraries.
    public var libraries: [Library]

    /// The data shipped in the binary.
    /// - Throws: ``LoadError`` if the embedded file is invalid (a build defect the tests catch).
    public static func shipped() throws(LoadError) -> ProbeData {
        try ProbeData(json: Array(ShippedChecklists.probeDataJSON.utf8), source: "Checklists/probe/probe-data.json")
    }

    /// Loads a data file strictly.
    /// - Throws: ``LoadError`` listing every problem.
    public init(json: some Collection<UInt8>, source: String) throws(LoadError) {
        self = try DecodingContext.load(json, source: source) { ProbeDataDecoder.decode($0, context: &$1) }
    }

    init(date: String, commonExposures: [Exposure], platforms: [Platform], libraries: [Library]) {
        self.date = date
        self.commonExposures = commonExposures
        self.platforms = platforms
        self.libraries = libraries
    }
}

enum ProbeDataDecoder {
    static func decode(_ root: JSONNode, context: inout DecodingContext) -> ProbeData? {
        guard checkSchema(root, expected: ProbeData.schema, context: &context) != nil else { return nil }
        let path = JSONPath.root
        guard
            let object = context.object(
                root, at: path, required: ["schema", "date", "commonExposures", "platforms", "libraries"],
                optional: ["note"])
        else { return nil }
        _ = context.string(object["note"], at: path / "note")
        let date = context.date(object["date"], at: path / "date")?.dateText
        let common = exposures(object["commonExposures"], at: path / "commonExposures", context: &context)
        var platforms: [ProbeData.Platform] = []
        for (index, item) in (context.array(object["platforms"], at: path / "platforms") ?? []).enumerated() {
            if let platform = decodePlatform(item, at: path / "platforms" / index, context: &context) {
                if platform.exposures.count + common.count > ProbeData.maximumExposures {
                    context.error(
                        path / "platforms" / index / "exposures",
                        "\(platform.exposures.count + common.count) paths with the common ones; at most \(ProbeData.maximumExposures)"
                    )
                }
                platforms.append(platform)
            }
        }
        context.rejectDuplicates(
            platforms.enumerated().map { ($0.element.id, path / "platforms" / $0.offset / "id") }, what: "platform id")
        var libraries: [ProbeData.Library] = []
        for (index, item) in (context.array(object["libraries"], at: path / "libraries") ?? []).enumerated() {
            if let library = decodeLibrary(item, at: path / "libraries" / index, context: &context) {
                libraries.append(library)
            }
        }
        guard let date else { return nil }
        return ProbeData(date: date, commonExposures: common, platforms: platforms, libraries: libraries)
    }

    static func strings(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> [String] {
        (context.array(value, at: path) ?? []).enumerated().compactMap {
            context.string($0.element, at: path / $0.offset)
        }
    }

    static func sitePath(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext) -> String? {
        guard let text = context.string(value, at: path) else { return nil }
        guard text.hasPrefix("/"), ProbeURL("https://example.invalid" + text)?.path == text else {
            context.error(path, "\(quoted(text)) is not a path starting with /")
            return nil
        }
        return text
    }

    static func exposures(_ value: JSONNode?, at path: JSONPath, context: inout DecodingContext)
        -> [ProbeData.Exposure]
    {
        let exposureChecks: [ProbeCheck] = [
            .exposedEnv, .exposedGit, .exposedComposer, .exposedBackup, .directoryListing,
        ]
        var result: [ProbeData.Exposure] = []
        for (index, item) in (context.array(value, at: path) ?? []).enumerated() {
            let itemPath = path / index
            guard let object = context.object(item, at: itemPath, required: ["path", "check"]) else { continue }
            let found = sitePath(object["path"], at: itemPath / "path", context: &context)
            let check = context.oneOf(
                object["check"], at: itemPath / "check", valid: exposureChecks.map(\.rawValue)
            ).flatMap(ProbeCheck.init(rawValue:))
            if let found, let check { result.append(ProbeData.Exposure(path: found, check: check)) }
        }
        return result
    }

    static func decodePlatform(_ value: JSONNode, at path: JSONPath, context: inout DecodingContext)
        -> ProbeData.Platform?
    {
        guard
            let object = context.object(
                value, at: path, required: ["id", "name", "hosted", "signals", "admin", "exposures"],
                optional: ["generator"])
        else { return nil }
        let id = context.identifier(object["id"], at: path / "id")
        let name = context.string(object["name"], at: path / "name")
        let hosted = context.bool(object["hosted"], at: path / "hosted")
        let signals = strings(object["signals"], at: path / "signals", context: &context)
        let generator = context.string(object["generator"], at: path / "generator")
        let admin = (context.array(object["admin"], at: path / "admin") ?? []).enumerated().compactMap {
            sitePath($0.element, at: path / "admin" / $0.offset, context: &context)
        }
        let found = exposures(object["exposures"], at: path / "exposures", context: &context)
        guard let id, let name, let hosted else { return nil }
        return ProbeData.Platform(
            id: id, name: name, hosted: hosted, signals: signals, generator: generator, admin: admin, exposures: found)
    }

    static func decodeLibrary(_ value: JSONNode, at path: JSONPath, context: inout DecodingContext)
        -> ProbeData.Library?
    {
        guard
            let object = context.object(
                value, at: path, required: ["id", "name", "files", "banners", "advisories"])
        else { return nil }
        let id = context.identifier(object["id"], at: path / "id")
        let name = context.string(object["name"], at: path / "name")
        let files = strings(object["files"], at: path / "files", context: &context)
        let banners = strings(object["banners"], at: path / "banners", context: &context)
        var advisories: [ProbeData.Advisory] = []
        for (index, item) in (context.array(object["advisories"], at: path / "advisories") ?? []).enumerated() {
            let itemPath = path / "advisories" / index
            guard
                let advisory = context.object(
                    item, at: itemPath, required: ["id", "below", "summary"], optional: ["from"])
            else { continue }
            let advisoryID = context.string(advisory["id"], at: itemPath / "id")
            let below = context.version(advisory["below"], at: itemPath / "below").flatMap(VersionNumber.init)
            let from = context.version(advisory["from"], at: itemPath / "from").flatMap(VersionNumber.init)
            let summary = context.localized(advisory["summary"], at: itemPath / "summary")
            if let advisoryID, let below, let summary {
                advisories.append(ProbeData.Advisory(id: advisoryID, below: below, from: from, summary: summary))
            }
        }
        guard let id, let name else { return nil }
        return ProbeData.Library(id: id, name: name, files: files, banners: banners, advisories: advisories)
    }
}
