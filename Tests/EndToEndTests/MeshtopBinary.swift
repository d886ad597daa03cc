import Foundation

/// The package under test and its built `meshtop` binary, for every suite that runs it as a process.
enum MeshtopBinary {
    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `MESHTOP_BINARY` names (e.g. `.build/release/meshtop`, for running every suite against a
    /// release build; relative to the package root), else the `meshtop` binary next to the test bundle, else
    /// in a `.build*/debug` of the package; the first place looked at when none is built, so that a check for
    /// it names where it should be.
    static let url: URL = {
        if let named = ProcessInfo.processInfo.environment["MESHTOP_BINARY"], !named.isEmpty {
            return named.hasPrefix("/")
                ? URL(fileURLWithPath: named) : packageRoot.appendingPathComponent(named).standardizedFileURL
        }
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("meshtop"))
        }
        candidates.append(
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("meshtop")
        )
        let builds = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path)) ?? []
        for build in builds.sorted() where build.hasPrefix(".build") {
            candidates.append(packageRoot.appendingPathComponent(build).appendingPathComponent("debug/meshtop"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()
}
