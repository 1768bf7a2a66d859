import Foundation
import PackagePlugin

/// Generates `EmbeddedChecklists.swift` from every `Checklists/*.json` at the package root, and
/// the probe's data file `Checklists/probe/probe-data.json`.
///
/// The JSON files stay the single source of truth; the generated source only carries their
/// bytes into the library so a binary copied on its own still has them.
@main
struct EmbedChecklists: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Checklists")
        let archive = folder.appending(path: "archive")
        func files(in folder: URL) -> [URL] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appending(path: $0) }
        }
        // The newest versions, then the earlier ones under archive/ (embedded as archive/NAME).
        let inputs = files(in: folder) + files(in: archive)
        // What `ecsec probe` recognises (platforms, exposure paths, library advisories).
        let probeData = folder.appending(path: "probe/probe-data.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedChecklists.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) checklist(s)",
                executable: try context.tool(named: "ChecklistEmbedder").url,
                arguments: [output.path, probeData.path] + inputs.map(\.path),
                inputFiles: [folder, archive, probeData] + inputs,
                outputFiles: [output]
            )
        ]
    }
}
