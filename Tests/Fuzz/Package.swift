// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for every parser. A separate package, because these executables hand control to
// libFuzzer's driver and only link with `-sanitize=fuzzer` (and lld: gold fails on the sanitizer runtime):
//
//     swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
//     .build/debug/fuzz-prometheus -max_total_time=600 corpus-prometheus/ ../MeshtopTelemetryTests/Fixtures
//
// The parsers are compiled from the main package's sources (symlinked), so their package API is visible.
let fuzzTargets = ["prometheus", "openmetrics", "envoy", "envoy-json", "sniffed"]

let package = Package(
    name: "meshtop-fuzz",
    targets: [
        .target(name: "MeshtopTelemetry", path: "Sources/MeshtopTelemetry"),
        .target(name: "FuzzDriver", dependencies: ["MeshtopTelemetry"]),
    ]
        + fuzzTargets.map { name in
            .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzDriver"], path: "Sources/fuzz-\(name)")
        }
)
