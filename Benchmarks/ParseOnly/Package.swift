// swift-tools-version:6.0
// The floor `ecsec score` is compared with: a static Swift program that only reads an
// assessment file and parses it with Foundation's JSONSerialization (see docs/benchmarks.md).
import PackageDescription

let package = Package(
    name: "parse-only",
    targets: [.executableTarget(name: "parse-only")]
)
