// swift-tools-version: 6.1
import PackageDescription

// A separate package so that the main build never compiles the benchmark harness. The modules under
// measurement are compiled here from the main package's sources (symlinks under Sources/), which keeps
// their `package` API visible to the benchmarks without making it public.
let package = Package(
    name: "meshtop-benchmarks",
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "MeshtopTelemetry", path: "Sources/MeshtopTelemetry"),
        .target(name: "MeshtopModel", dependencies: ["MeshtopTelemetry"], path: "Sources/MeshtopModel"),
        .target(name: "MeshtopDashboard", dependencies: ["MeshtopModel"], path: "Sources/MeshtopDashboard"),
        .target(
            name: "MeshtopSources",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "CZlib", "CCurl", .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/MeshtopSources"
        ),
        .target(
            name: "MeshtopSession",
            dependencies: ["MeshtopTelemetry", "MeshtopModel", "MeshtopSources", "MeshtopDashboard"],
            path: "Sources/MeshtopSession"
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Loads libcurl at run time: building needs no curl headers.
        .target(name: "CCurl", path: "Sources/CCurl"),
        .target(name: "MeshDumpGenerator"),
        .executableTarget(name: "generate-dumps", dependencies: ["MeshDumpGenerator"]),
        .executableTarget(
            name: "snapshot-digest",
            dependencies: ["MeshtopTelemetry", "MeshtopModel", "MeshtopSources", "MeshtopSession", "MeshDumpGenerator"]
        ),
        .executableTarget(
            name: "ParserBenchmarks",
            dependencies: [
                "MeshtopTelemetry", "MeshDumpGenerator",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ParserBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ModelBenchmarks",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "MeshDumpGenerator",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ModelBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RenderBenchmarks",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "MeshtopDashboard",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RenderBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SessionBenchmarks",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "MeshtopSources", "MeshtopSession", "MeshtopDashboard",
                "MeshDumpGenerator", .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SessionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
