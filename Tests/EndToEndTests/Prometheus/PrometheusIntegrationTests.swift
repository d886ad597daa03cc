import Foundation
import MeshtopSources
import MeshtopTelemetry
import Testing

/// meshtop over `/federate` and over the query API, judged by PromQL on the same real server.
@Suite(
    "Prometheus integration",
    .serialized,
    .tags(.prometheus),
    .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
)
struct PrometheusIntegrationTests {
    /// One reading of the server through both meshtop paths at one instant.
    private struct Reading {
        var time: Int64
        var federated: [Sample]
        var queried: [Sample]
    }

    private static func read(_ client: PrometheusQueryClient, _ source: PrometheusQuerySource) async throws -> Reading {
        let federated = TelemetryParser.parse(try await client.federate())
        #expect(federated.errors.isEmpty)
        let time = try #require(federated.samples.compactMap(\.timestampMilliseconds).max())
        let scrape = try await source.scrape(at: time)
        let queried = TelemetryParser.parse(scrape.bytes)
        #expect(queried.errors.isEmpty)
        return Reading(time: time, federated: federated.samples, queried: queried.samples)
    }

    @Test func federationQueriesAndPromQLAgreeOnTotalsAndOnAWindow() async throws {
        let sidecars = try FakeSidecarServer(mesh: .shop)
        defer { sidecars.stop() }
        try await withPrometheus(scraping: sidecars.targets) { server in
            let client = try PrometheusQueryClient(base: server.baseURL)
            let source = try PrometheusQuerySource(base: server.baseURL)
            let judge = PrometheusJudge(client: client)
            try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)

            let ticksBefore = try await PrometheusPolling.freezeAndSettle(sidecars, client)
            let before = try await Self.read(client, source)
            let totals = EdgeFigures(before.federated)
            #expect(EdgeFigures(before.queried) == totals)
            #expect(try await judge.totals(at: before.time) == totals)
            let truth = sidecars.mesh.edgeTotals(of: "istio_requests_total", ticks: ticksBefore)
            #expect(totals.edges.filter { $0.key.hasPrefix("requests|") }.count == truth.count)
            for (edge, value) in truth { #expect(totals.edges["requests|\(edge)"] == Double(value), "\(edge)") }

            try await waitUntilEveryPodWasScraped(after: before.time, client)
            sidecars.resume()
            try await PrometheusPolling.waitForScrapes(sidecars, atLeast: (ticksBefore.values.max() ?? 0) + 3)
            let ticksAfter = try await PrometheusPolling.freezeAndSettle(sidecars, client)
            let after = try await Self.read(client, source)

            let window = EdgeFigures(from: before.federated, to: after.federated)
            #expect(EdgeFigures(from: before.queried, to: after.queried) == window)
            #expect(try await judge.resets(from: before.time, to: after.time) == 0)
            #expect(try await judge.difference(from: before.time, to: after.time) == window)
            let grown = sidecars.mesh.edgeTotals(of: "istio_requests_total", ticks: ticksAfter)
            for (edge, value) in grown {
                #expect(window.edges["requests|\(edge)"] == Double(value - truth[edge, default: 0]), "\(edge)")
            }
            try await expectIncreaseWithinExtrapolation(judge, window: window, from: before.time, to: after.time)
        }
    }

    @Test func prometheusGoingAwayIsAPlainSourceErrorAndTheSameSourceRecovers() async throws {
        let sidecars = try FakeSidecarServer(mesh: .shop)
        defer { sidecars.stop() }
        try await withPrometheus(scraping: sidecars.targets) { server in
            let client = try PrometheusQueryClient(base: server.baseURL)
            let source = try PrometheusQuerySource(base: server.baseURL)
            try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
            let first = try await source.scrape()
            #expect(first.elements > 0)

            server.stop()
            let error = await #expect(throws: PrometheusAPIError.self) { try await source.scrape() }
            #expect(error?.description == "cannot connect to Prometheus: connection refused")
            await #expect(throws: PrometheusAPIError.connectionRefused) { try await client.federate() }
            let federation = try PrometheusFederateSource(base: server.baseURL)
            await #expect(throws: FetchError.connectionRefused) { try await federation.fetch() }
            await #expect(throws: FetchError.connectionRefused) { try await source.fetch() }

            try await server.start()
            let recovered = await PrometheusPolling.eventually(within: 15) {
                guard let scrape = try? await source.scrape() else { return false }
                return String(decoding: scrape.bytes, as: UTF8.self).contains("istio_requests_total{")
            }
            #expect(recovered, "the same source answered again after Prometheus came back")
            guard case .frame(let frame) = try await federation.fetch() else {
                Issue.record("federation gave no frame after Prometheus came back")
                return
            }
            #expect(frame.format == .prometheusText)
            #expect(TelemetryParser.parse(frame.bytes).samples.contains { $0.name == "istio_requests_total" })
        }
    }

    @Test func aBadQueryIsReportedInPlainWords() async throws {
        try await withPrometheus(scraping: []) { server in
            let client = try PrometheusQueryClient(base: server.baseURL)
            let error = await #expect(throws: PrometheusAPIError.self) { try await client.query("sum by (") }
            guard case .badQuery(let reason)? = error else {
                Issue.record("expected a bad query, got \(String(describing: error))")
                return
            }
            #expect(error?.description.hasPrefix("Prometheus rejected the query: ") == true)
            #expect(reason.contains("parse error"))
        }
    }

    /// Waits until every pod has a sample newer than `time`, so that resuming the counters afterwards
    /// leaves the frozen value inside any window starting at `time`.
    private func waitUntilEveryPodWasScraped(after time: Int64, _ client: PrometheusQueryClient) async throws {
        let seconds = PrometheusQueryClient.seconds(time)
        let done = await PrometheusPolling.eventually(within: 10) {
            await PrometheusPolling.number(client, "min(timestamp(envoy_listener_ssl_handshake)) > \(seconds)") != nil
        }
        guard done else { throw HarnessError("not every pod was scraped again within 10 s") }
    }

    /// PromQL `increase()` extrapolates the sampled increase towards the window's ends by at most half a
    /// scrape interval each side (here 1 s), so it lies between the exact increase and that increase times
    /// window / (window − 2 intervals).
    private func expectIncreaseWithinExtrapolation(
        _ judge: PrometheusJudge,
        window: EdgeFigures,
        from earlier: Int64,
        to later: Int64
    ) async throws {
        let length = later - earlier
        let extrapolated = try await judge.increase(over: length, at: later)
        let ceiling = Double(length) / Double(max(1, length - 2_000))
        for (key, exact) in window.edges {
            let value = extrapolated.edges[key] ?? 0
            #expect(value >= exact - 1e-9 && value <= exact * ceiling + 1e-9, "\(key): increase() \(value), exact \(exact)")
        }
    }
}
