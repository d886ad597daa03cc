import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// The harness itself: a real Prometheus scrapes the fake sidecars, and PromQL sees what they served.
    @Suite(
        "Prometheus harness",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed")
    )
    struct PrometheusHarnessTests {
        @Test func prometheusStoresExactlyWhatTheFrozenSidecarsServed() async throws {
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 2)
                let ticks = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let plaintext = sidecars.mesh.total(of: "istio_requests_total", ticks: ticks) {
                    $0["connection_security_policy"] == "none"
                }
                let answer = await PrometheusPolling.number(
                    client,
                    #"sum(istio_requests_total{connection_security_policy="none"})"#
                )
                #expect(answer == Double(plaintext))
                #expect(ticks.values.allSatisfy { $0 >= 2 })
            }
        }

        @Test func theServerIsGoneAfterTheScopeEndsEvenWhenTheBodyThrows() async throws {
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            var directory: URL?
            var base = ""
            await #expect(throws: HarnessError.self) {
                try await withPrometheus(scraping: sidecars.targets) { server in
                    directory = server.directory
                    base = server.baseURL
                    throw HarnessError("the body failed")
                }
            }
            let client = try PrometheusQueryClient(base: base)
            await #expect(throws: PrometheusAPIError.connectionRefused) { try await client.query("1") }
            #expect(directory.map { FileManager.default.fileExists(atPath: $0.path) } == false)
        }
    }
}
