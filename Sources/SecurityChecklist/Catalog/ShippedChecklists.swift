/// The checklists that ship inside the library, generated at build time from `Checklists/*.json`:
/// each file's JSON text and the model the strict loader built from it (``CompactChecklist``).
enum EmbeddedChecklists {
    /// One embedded file: its name, its JSON text, and its loaded model in compact form (the
    /// layout, and its texts, built only when that file is read).
    typealias File = (name: String, json: String, compact: String, strings: @Sendable () -> [String])
}

/// The checklists that ship with ecsec, found by id without any path.
///
/// The JSON is compiled into the binary, so a copied executable still has them.
public enum ShippedChecklists {
    /// Earlier versions ship too, as `Checklists/archive/ID-VERSION.json`, so a file answered
    /// against one is still scored, reported and compared against the questions it answered.
    static let archive = "archive/"

    /// The ids of the shipped checklists, sorted.
    public static var ids: [ChecklistID] {
        EmbeddedChecklists.files.filter { !$0.name.hasPrefix(archive) }.map {
            ChecklistID(String($0.name.dropLast(".json".count)))
        }.sorted()
    }

    /// The newest version of the shipped checklist `id`, or `nil` when none has that id.
    /// - Throws: ``LoadError`` if the embedded data is invalid (a build defect the tests catch).
    public static func checklist(_ id: ChecklistID) throws(LoadError) -> Checklist? {
        try load(id.rawValue + ".json")
    }

    /// The shipped checklist `id` in exactly `version` (the newest or an archived one), or `nil`
    /// when that version does not ship.
    /// - Throws: ``LoadError`` if the embedded data is invalid (a build defect the tests catch).
    public static func checklist(_ id: ChecklistID, version: String) throws(LoadError) -> Checklist? {
        // An archived version is named by its file, so only the newest is read to compare.
        if let archived = try load(archive + id.rawValue + "-" + version + ".json") { return archived }
        guard let newest = try checklist(id), newest.version == version else { return nil }
        return newest
    }

    /// The versions of `id` that ship, oldest first (the last is the newest).
    public static func versions(of id: ChecklistID) throws(LoadError) -> [String] {
        archivedVersions(of: id) + [try checklist(id)?.version].compactMap { $0 }
    }

    /// The earlier versions of `id` that ship, oldest first, read from their file names (nothing
    /// is parsed).
    public static func archivedVersions(of id: ChecklistID) -> [String] {
        let prefix = archive + id.rawValue + "-"
        return EmbeddedChecklists.files.filter { $0.name.hasPrefix(prefix) }.map {
            String($0.name.dropFirst(prefix.count).dropLast(".json".count))
        }.sorted { (VersionNumber($0) ?? VersionNumber("0")!) < (VersionNumber($1) ?? VersionNumber("0")!) }
    }

    /// The embedded file `name` (`ipa-ec-site.json`, `archive/ipa-ec-site-1.0.json`).
    private static func file(_ name: String) -> EmbeddedChecklists.File? {
        EmbeddedChecklists.files.first { $0.name == name }
    }

    private static func load(_ name: String) throws(LoadError) -> Checklist? {
        guard let file = file(name) else { return nil }
        // The model the strict loader built at compile time (the build checks that it reads
        // back); its JSON is read only if it somehow does not, so no shipped checklist is lost.
        if let checklist = CompactChecklist.decode(file.compact, strings: file.strings()) { return checklist }
        return try loadFromJSON(name)
    }

    /// The shipped file `name` loaded from its JSON text by the strict loader, as a custom
    /// checklist is: what the embedded model must equal (a test holds them equal).
    static func loadFromJSON(_ name: String) throws(LoadError) -> Checklist? {
        guard let file = file(name) else { return nil }
        return try Checklist(json: Array(file.json.utf8), source: "Checklists/" + file.name)
    }

    /// The text of `Checklists/probe/probe-data.json` as shipped: the platforms, exposure paths
    /// and advisories `ecsec probe` recognises (read by the SiteProbe library's strict loader).
    package static var probeDataJSON: String { EmbeddedChecklists.probeData }

    /// The names of every embedded file, newest and archived.
    static var fileNames: [String] { EmbeddedChecklists.files.map(\.name) }

    /// The compact form of the embedded file `name`, read back.
    static func loadCompact(_ name: String) -> Checklist? {
        file(name).flatMap { CompactChecklist.decode($0.compact, strings: $0.strings()) }
    }

    /// Every shipped checklist, in id order.
    public static func all() throws(LoadError) -> [Checklist] {
        var result: [Checklist] = []
        for id in ids {
            if let checklist = try checklist(id) { result.append(checklist) }
        }
        return result
    }

    /// The raw JSON text of the shipped checklist `id`.
    public static func jsonText(_ id: ChecklistID) -> String? {
        file(id.rawValue + ".json")?.json
    }
}
