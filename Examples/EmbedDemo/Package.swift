// swift-tools-version:6.0
// A tool that embeds the SecurityChecklist library: load a shipped checklist, create an
// assessment, answer, score, and diff two quarters. CI builds and runs it so it cannot rot.
import PackageDescription

let package = Package(
    name: "EmbedDemo",
    dependencies: [
        // An outside tool names the package by its Git URL and a version; inside this
        // repository the example uses the working copy.
        .package(name: "ecsec", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "EmbedDemo",
            dependencies: [.product(name: "SecurityChecklist", package: "ecsec")]
        )
    ]
)
