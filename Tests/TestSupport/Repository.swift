import Foundation

/// Paths inside this repository, found from this source file, so tests need no resource
/// bundle and no `../..` chains.
public enum Repository {
    /// The folder that holds `Package.swift`.
    public static let root: String = {
        var folder = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent != folder, "no Package.swift above \(#filePath)")
            folder = parent
        }
        return folder.path
    }()

    /// `relative` inside the repository, e.g. `Examples/quarters/shop-2026-Q4.json`.
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The example quarters a user sees in `Examples/quarters/`.
    public static func quarter(_ period: String) -> String { path("Examples/quarters/shop-\(period).json") }

    /// A file under `Tests/SecurityChecklistTests/Fixtures`.
    public static func fixture(_ name: String) -> String { path("Tests/SecurityChecklistTests/Fixtures/" + name) }
}
