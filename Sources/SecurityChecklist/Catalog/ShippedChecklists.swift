/// The checklists that ship inside the library, generated at build time from `Checklists/*.json`.
enum EmbeddedChecklists {}

/// The checklists that ship with ecsec, found by id without any path.
///
/// The JSON is compiled into the binary, so a copied executable still has them.
public enum ShippedChecklists {
    /// The ids of the shipped checklists, sorted.
    public static var ids: [ChecklistID] {
        EmbeddedChecklists.files.map { ChecklistID(String($0.name.dropLast(".json".count))) }.sorted()
    }

    /// The shipped checklist `id`, or `nil` when none has that id.
    /// - Throws: ``LoadError`` if the embedded data is invalid (a build defect the tests catch).
    public static func checklist(_ id: ChecklistID) throws(LoadError) -> Checklist? {
        guard let file = EmbeddedChecklists.files.first(where: { $0.name == id.rawValue + ".json" }) else { return nil }
        return try Checklist(json: Array(file.json.utf8), source: "Checklists/" + file.name)
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
        EmbeddedChecklists.files.first { $0.name == id.rawValue + ".json" }?.json
    }
}
