import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// The dashboard and `replay` on a real Prometheus: live in both modes, and its past in query mode.
    @Suite(
        "Prometheus time travel",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusTimeTravelTests {
        /// The requests of every namespace and class in a report JSON document, keyed as the judge keys them.
        private static func namespaceRequests(_ output: String) throws -> [String: Double] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            var figures: [String: Double] = [:]
            for namespace in try #require(object["namespaces"] as? [[String: Any]]) {
                let name = try #require(namespace["name"] as? String)
                let requests = try #require(namespace["requests"] as? [String: Double])
                for (policy, value) in requests where value != 0 { figures["requests|\(name) \(policy)"] = value }
            }
            return figures
        }

        @Test func replayAtAPastInstantGivesThatWindowsIncreaseAsPromQLDoes() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                let judge = PrometheusJudge(client: client)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                let first = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let earlier = PrometheusClock.nowMilliseconds()
                sidecars.resume()
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: (first.values.max() ?? 0) + 3)
                _ = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let later = PrometheusClock.nowMilliseconds()
                // The mesh stays frozen from here on: later moments add nothing, the past keeps its increase.
                let window = later - earlier
                func replay(at instant: Int64, window: Int64) throws -> [String: Double] {
                    let result = try ReportCommandTests.run([
                        "replay", "--prometheus", server.baseURL, "--at", "\(instant)", "--window", "\(window)ms",
                        "--once", "--format", "json",
                    ])
                    #expect(result.status == 0)
                    return try Self.namespaceRequests(result.output)
                }
                let judged = try await judge.difference(from: earlier, to: later).namespaces.filter {
                    $0.key.hasPrefix("requests|") && $0.value != 0
                }
                #expect(!judged.isEmpty)
                let replayed = try replay(at: later, window: window)
                #expect(replayed == judged, "replayed \(replayed), PromQL \(judged)")
                // The dashboard opened at that moment prints the same figures.
                let dashboard = try ReportCommandTests.run([
                    "--prometheus", server.baseURL, "--prometheus-mode", "query", "--at", "\(later)", "--window",
                    "\(window)ms", "--once", "--format", "json",
                ])
                #expect(dashboard.status == 0)
                #expect(try Self.namespaceRequests(dashboard.output) == judged)
                // Stepping forward past the freeze reads no traffic; going back to the same instant reads it again.
                try await Task.sleep(for: .seconds(2))
                let now = PrometheusClock.nowMilliseconds()
                #expect(try replay(at: now, window: now - later).isEmpty)
                #expect(try replay(at: later, window: window) == judged)
            }
        }

        @Test func theDashboardFollowsPrometheusInBothModes() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 2)
                for mode in ["federate", "query"] {
                    let result = try ReportCommandTests.run([
                        "--prometheus", server.baseURL, "--prometheus-mode", mode, "--once", "--width", "140",
                    ])
                    #expect(result.status == 0, "\(mode)")
                    #expect(result.output.contains("NAMESPACE"), "\(mode): \(result.output)")
                    #expect(result.output.contains("shop"), "\(mode): \(result.output)")
                }
            }
        }

        @Test func aDeadServerIsAPlainErrorNamingIt() throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let port = try LoopbackPort.free()
            let result = try ProcessCapture.run(
                MeshtopBinary.url,
                ["replay", "--prometheus", "http://127.0.0.1:\(port)", "--at", "-1h", "--once", "--format", "json"]
            )
            #expect(result.status == 2)
            #expect(result.error.contains("127.0.0.1:\(port)"))
        }
    }
}
