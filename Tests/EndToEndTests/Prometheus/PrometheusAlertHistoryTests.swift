import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// Alerts over a query-mode server's past: `replay --prometheus --at` shows an alert firing while its
    /// condition held and resolved after it stopped, as the replay of a recording of the same run does.
    @Suite(
        "Prometheus alert history",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusAlertHistoryTests {
        /// The plaintext alert on `payments/ledger` at a moment of `replay … --once --format json`.
        private static func plaintextAlert(_ arguments: [String]) throws -> [String: Any]? {
            let result = try ProcessCapture.run(
                MeshtopBinary.url,
                ["replay"] + arguments + ["--window", "5s", "--once", "--format", "json"]
            )
            #expect(result.status == 0, "\(arguments): \(result.error)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            )
            let alerts = try #require(object["alerts"] as? [[String: Any]])
            return alerts.first {
                $0["code"] as? String == "MTLS001" && $0["namespace"] as? String == "payments"
                    && $0["workload"] as? String == "ledger"
            }
        }

        @Test func anAlertFiresWhilePlaintextFlowsAndShowsResolvedAfterItStopped() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-prom-alerts-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let recording = folder.appendingPathComponent("mesh.mtrec.gz")
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let recorder = try ChildProcess(
                    executable: MeshtopBinary.url.path,
                    arguments: [
                        "record", "--prometheus", server.baseURL, "--prometheus-mode", "query", "-o", recording.path,
                        "--interval", "1s", "--quiet",
                    ],
                    logPath: folder.appendingPathComponent("record.log").path
                )
                defer { recorder.stop() }
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 10)
                let flowing = PrometheusClock.nowMilliseconds()
                sidecars.stopPlaintext()
                let stopped = PrometheusClock.nowMilliseconds()
                let ticks = sidecars.ticks
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: (ticks.values.max() ?? 0) + 4)
                while PrometheusClock.nowMilliseconds() < stopped + 13_000 {
                    try await Task.sleep(for: .milliseconds(200))
                }
                let later = PrometheusClock.nowMilliseconds()
                try await Task.sleep(for: .milliseconds(1_500))
                recorder.stop()

                for source in [["--prometheus", server.baseURL], [recording.path]] {
                    let firing = try #require(try Self.plaintextAlert(source + ["--at", "\(flowing)"]), "\(source)")
                    #expect(firing["state"] as? String == "firing", "\(source): \(firing)")
                    #expect(firing["resolved_at"] is NSNull || firing["resolved_at"] == nil, "\(source): \(firing)")
                    let resolved = try #require(try Self.plaintextAlert(source + ["--at", "\(later)"]), "\(source)")
                    #expect(resolved["state"] as? String == "resolved", "\(source): \(resolved)")
                    let resolvedAt = try #require(resolved["resolved_at"] as? Int, "\(source): \(resolved)")
                    #expect(
                        resolvedAt >= stopped && resolvedAt <= later,
                        "\(source): \(resolvedAt), stopped \(stopped)"
                    )
                }
            }
        }
    }
}
