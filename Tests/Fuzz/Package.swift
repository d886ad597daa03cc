// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for every parser. A separate package, because these executables hand control to
// libFuzzer's driver and only link with `-sanitize=fuzzer` (and lld: gold fails on the sanitizer runtime):
//
//     swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
//     .build/debug/fuzz-prometheus -max_total_time=600 corpus-prometheus/ ../MeshtopTelemetryTests/Fixtures
//
// The parsers, the model and the dashboard's view model are compiled from the main package's sources
// (symlinked), so their package API is visible. `fuzz-model` runs the model, its snapshot and the view
// model on two frames of each input (seed it with ../MeshtopTelemetryTests/Fixtures too).
let fuzzTargets = ["prometheus", "openmetrics", "envoy", "envoy-json", "sniffed"]

let package = Package(
    name: "meshtop-fuzz",
    targets: [
        .target(name: "MeshtopTelemetry", path: "Sources/MeshtopTelemetry"),
        .target(name: "MeshtopModel", dependencies: ["MeshtopTelemetry"], path: "Sources/MeshtopModel"),
        .target(
            name: "MeshtopDashboard",
            dependencies: ["MeshtopModel", "MeshtopTelemetry"],
            path: "Sources/MeshtopDashboard"
        ),
        .target(name: "FuzzDriver", dependencies: ["MeshtopTelemetry"]),
        .target(name: "ModelFuzzDriver", dependencies: ["FuzzDriver", "MeshtopModel", "MeshtopDashboard"]),
        .executableTarget(name: "fuzz-model", dependencies: ["ModelFuzzDriver"], path: "Sources/fuzz-model"),
    ]
        + fuzzTargets.map { name in
            .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzDriver"], path: "Sources/fuzz-\(name)")
        }
)
