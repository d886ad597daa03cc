import Foundation
import MeshtopSources
import Testing

extension Tag {
    /// Tests that start a real Prometheus server (filter with `swift test --filter Prometheus`).
    @Tag static var prometheus: Self
}

/// A real `prometheus` process on a loopback port, with its own configuration and data directory.
///
/// Use ``withPrometheus(scraping:_:)``: it always stops the process and removes the directory, whether the
/// body returns or throws. The process also runs under `timeout`, so even a crashed test run cannot
/// leave it behind for more than a few minutes.
final class PrometheusServer: @unchecked Sendable {
    /// The scrape target of one fake pod.
    struct Target {
        var namespace: String
        var pod: String
        var address: String
        var path: String
    }

    /// Where `prometheus` is installed, or nil.
    static let executable: String? = findExecutable("prometheus")
    /// Whether Prometheus tests can run here.
    static var isInstalled: Bool { executable != nil }

    let port: UInt16
    let directory: URL
    /// `--web.route-prefix`, so the API sits under a path as Cloud Monitoring's does; nil for the root.
    let routePrefix: String?
    private var process: ChildProcess?

    /// `http://127.0.0.1:PORT`, with the route prefix when there is one.
    var baseURL: String { "http://127.0.0.1:\(port)\(routePrefix ?? "")" }

    init(targets: [Target], routePrefix: String? = nil) throws {
        self.routePrefix = routePrefix
        port = try LoopbackPort.free()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "meshtop-prometheus-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("data"),
            withIntermediateDirectories: true
        )
        let configuration = Self.configuration(targets: targets)
        try configuration.write(to: directory.appendingPathComponent("prometheus.json"))
    }

    /// Starts the process and waits until `/-/ready` answers 200.
    func start(readyWithin seconds: Double = 60) async throws {
        guard let executable = Self.executable else { throw HarnessError("prometheus is not installed") }
        let arguments =
            [
                "--config.file=\(directory.appendingPathComponent("prometheus.json").path)",
                "--storage.tsdb.path=\(directory.appendingPathComponent("data").path)",
                "--web.listen-address=127.0.0.1:\(port)",
                "--web.enable-lifecycle",
                "--log.level=warn",
            ] + (routePrefix.map { ["--web.route-prefix=\($0)"] } ?? [])
        let logPath = directory.appendingPathComponent("prometheus.log").path
        if let timeout = Self.findExecutable("timeout") {
            process = try ChildProcess(
                executable: timeout,
                arguments: ["--kill-after=5", "300", executable] + arguments,
                logPath: logPath
            )
        } else {
            process = try ChildProcess(executable: executable, arguments: arguments, logPath: logPath)
        }
        try await waitUntilReady(within: seconds)
    }

    /// Stops the process: SIGTERM (which `timeout` passes on), then SIGKILL after eight seconds.
    func stop() {
        process?.stop(graceSeconds: 8)
        process = nil
    }

    /// Removes the configuration and data directory.
    func removeDirectory() { try? FileManager.default.removeItem(at: directory) }

    /// The server's log, for failure messages.
    var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("prometheus.log"), encoding: .utf8)) ?? ""
    }

    private func waitUntilReady(within seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        let ready = HTTPRequest(url: "\(baseURL)/-/ready", timeout: .seconds(5), maximumResponseBytes: 1 << 20)
        while Date() < deadline {
            if let process, !process.isRunning {
                throw HarnessError("prometheus exited (wait status \(process.exitStatus ?? -1)): \(log.suffix(2000))")
            }
            if case .success(let response) = await HTTPClient.perform(ready), response.status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw HarnessError("prometheus was not ready within \(seconds) s: \(log.suffix(2000))")
    }

    private static func configuration(targets: [Target]) -> Data {
        let staticConfigs: [[String: Any]] = targets.map { target in
            [
                "targets": [target.address],
                "labels": ["__metrics_path__": target.path, "namespace": target.namespace, "pod": target.pod],
            ]
        }
        let configuration: [String: Any] = [
            "global": ["scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"],
            "scrape_configs": [["job_name": "sidecars", "static_configs": staticConfigs]],
        ]
        // JSON is YAML, so Prometheus reads this as its configuration file.
        return
            (try? JSONSerialization.data(
                withJSONObject: configuration,
                options: [.sortedKeys, .withoutEscapingSlashes]
            )) ?? Data()
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") + ["/usr/bin", "/usr/sbin"] {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Runs `body` with a started Prometheus scraping `targets` (its API under `routePrefix` when given); stops
/// it and removes its files afterwards.
func withPrometheus<R>(
    scraping targets: [PrometheusServer.Target],
    routePrefix: String? = nil,
    _ body: (PrometheusServer) async throws -> R
) async throws -> R {
    let server = try PrometheusServer(targets: targets, routePrefix: routePrefix)
    defer {
        server.stop()
        server.removeDirectory()
    }
    try await server.start()
    return try await body(server)
}

/// A harness failure, with what went wrong.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
