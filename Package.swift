// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode is the default for this tools version.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "meshtop",
    products: [
        .executable(name: "meshtop", targets: ["meshtop"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Pure parsing: bytes in, samples out. Standard library only.
        .target(name: "MeshtopTelemetry", swiftSettings: strictSettings),
        // Pure mesh security model: samples and times in, figures and alerts out. No IO, no clock.
        .target(name: "MeshtopModel", dependencies: ["MeshtopTelemetry"], swiftSettings: strictSettings),
        // IO: files, HTTP, recordings, replay, policy files.
        .target(
            name: "MeshtopSources",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "CZlib", "CCurl", .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        // The UI without a terminal: cell grid, widgets, screens, key map, state and reducer, themes.
        .target(
            name: "MeshtopDashboard",
            dependencies: ["MeshtopModel", "MeshtopTelemetry"],
            swiftSettings: strictSettings
        ),
        // The application layer: live and replay engines, the windowed timeline, the recorder and the mailbox
        // to the UI; time comes in through an injected clock.
        .target(
            name: "MeshtopSession",
            dependencies: ["MeshtopTelemetry", "MeshtopModel", "MeshtopSources", "MeshtopDashboard"],
            swiftSettings: strictSettings
        ),
        // The only module that knows ncurses.
        .target(
            name: "MeshtopTerminal",
            dependencies: ["MeshtopDashboard", "CNcursesw"],
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The system libcurl (every HTTP(S) fetch, with a custom CA when asked), loaded on first use:
        // building needs no curl headers (ccurl.h declares what meshtop calls, and is checked against
        // <curl/curl.h> where that is installed); running needs libcurl.so.4 (libcurl4) only for HTTP.
        .target(name: "CCurl"),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "meshtop",
            dependencies: [
                "MeshtopTelemetry", "MeshtopModel", "MeshtopSources", "MeshtopSession", "MeshtopDashboard",
                "MeshtopTerminal", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopTelemetryTests",
            dependencies: ["MeshtopTelemetry"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopModelTests",
            dependencies: ["MeshtopModel", "MeshtopTelemetry"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopSourcesTests",
            dependencies: [
                "MeshtopSources", "MeshtopModel", "MeshtopTelemetry", "MeshtopTestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopDashboardTests",
            dependencies: ["MeshtopDashboard", "MeshtopModel", .product(name: "Yams", package: "Yams")],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopSessionTests",
            dependencies: ["MeshtopSession", "MeshtopSources", "MeshtopModel", "MeshtopDashboard", "MeshtopTelemetry"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshtopTerminalTests",
            dependencies: ["MeshtopTerminal", "CNcursesw"],
            swiftSettings: strictSettings
        ),
        // What more than one test target needs: starting child processes.
        .target(name: "MeshtopTestSupport", path: "Tests/Support", swiftSettings: strictSettings),
        // Drives the built `meshtop` binary: command line, tmux, loopback HTTP.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["meshtop", "MeshtopSources", "MeshtopModel", "MeshtopTelemetry", "MeshtopTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
