// swift-tools-version:6.0
import PackageDescription

/// The static release builds (`--static-swift-stdlib`) link the C++ runtime that the Swift
/// runtime needs statically too: `packaging/link/libstdc++.so` is a linker script naming
/// `libstdc++.a`, found first on this library path. Loading and relocating libstdc++.so cost
/// every command about 1.5 M instructions before `main` (docs/benchmarks.md). Builds with the
/// shared Swift runtime do not pass `-lstdc++` and are unaffected.
let staticCPlusPlus: [LinkerSetting] = [
    .unsafeFlags(["-Xclang-linker", "-L\(Context.packageDirectory)/packaging/link"], .when(platforms: [.linux]))
]

let package = Package(
    name: "ecsec",
    products: [
        .library(name: "SecurityChecklist", targets: ["SecurityChecklist"]),
        .executable(name: "ecsec", targets: ["ecsec"]),
        .executable(name: "ecsec-probe", targets: ["ecsec-probe"]),
    ],
    dependencies: [
        // SHA-256 for the answers hash and evidence files, Ed25519 for signatures (ADR 9).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // HTTP/1.1 and TLS for `ecsec-probe` only: the peer certificate, chosen TLS versions and
        // the address connected to (ADR 10). Not linked into `ecsec`, whose start-up it would slow.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The library: model, strict loading, scoring, persistence. The standard library, libc
        // and swift-crypto's hashes and signatures; pure: no printing, clock, environment or
        // exit (ADR 4).
        .target(
            name: "SecurityChecklist",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            plugins: ["EmbedChecklists"]
        ),
        // Turns Checklists/*.json into Swift source at build time, so the data travels
        // inside the binary (no resource bundle to lose when the binary is copied). It loads
        // each file with the library's own strict loader, whose sources are linked into
        // Sources/ChecklistEmbedder/Loader, and embeds the loaded model (ADR 2).
        .executableTarget(name: "ChecklistEmbedder"),
        .plugin(
            name: "EmbedChecklists",
            capability: .buildTool(),
            dependencies: ["ChecklistEmbedder"]
        ),
        // The terminal UI core: state + key -> state + effects, render(state, size) -> cells. Pure.
        .target(name: "AssessmentTUI", dependencies: ["SecurityChecklist"]),
        // ncursesw from Debian's libncursesw5-dev (scripts/setup.sh installs it).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The command line: the only place that touches the environment, the clock and exit codes.
        .executableTarget(
            name: "ecsec",
            dependencies: [
                "SecurityChecklist",
                "AssessmentTUI",
                "CNcursesw",
            ],
            linkerSettings: staticCPlusPlus
        ),
        // The site probe's rules: the polite planner, the analysis of responses into findings,
        // the data file's loader and the wire format. Pure, like the library; linked into
        // ecsec-probe only, so ecsec's start-up does not carry its types (ADR 10).
        .target(name: "SiteProbe", dependencies: ["SecurityChecklist"]),
        // The site probe's network edge: carries out one request at a time as `ecsec probe`'s
        // planner asks, over JSON lines on standard input and output (ADR 10).
        .executableTarget(
            name: "ecsec-probe",
            dependencies: [
                "SecurityChecklist",
                "SiteProbe",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            linkerSettings: staticCPlusPlus
        ),
        // What every test target shares: repository paths, golden files with a line diff.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "SecurityChecklistTests",
            dependencies: ["SecurityChecklist", "TestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "SiteProbeTests",
            dependencies: ["SiteProbe", "SecurityChecklist", "TestSupport"]
        ),
        .testTarget(
            name: "AssessmentTUITests",
            dependencies: ["AssessmentTUI", "SecurityChecklist", "TestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ecsec", "SecurityChecklist", "TestSupport"],
            exclude: ["Golden"]
        ),
    ]
)
