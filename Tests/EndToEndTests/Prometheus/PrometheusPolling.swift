import Foundation
import MeshtopSources

/// Waiting for Prometheus to catch up with a frozen fake mesh, with deadlines instead of fixed sleeps.
enum PrometheusPolling {
    /// Polls `condition` every 100 ms until it holds or `seconds` pass; returns whether it held.
    static func eventually(within seconds: Double, _ condition: () async -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return await condition()
    }

    /// The single number an aggregating query returns, or nil when it returns no element or fails.
    static func number(_ client: PrometheusQueryClient, _ promQL: String, at time: Int64? = nil) async -> Double? {
        guard let result = try? await client.query(promQL, at: time) else { return nil }
        switch result {
        case .scalar(let value): return value.number
        case .vector(let elements): return elements.count == 1 ? elements[0].value.number : nil
        }
    }

    /// Freezes the fake sidecars and waits until Prometheus stored every pod's frozen values (the sum of a
    /// step-1 counter of each pod equals its frozen total). Returns the frozen ticks.
    static func freezeAndSettle(
        _ sidecars: FakeSidecarServer,
        _ client: PrometheusQueryClient,
        within seconds: Double = 30
    ) async throws -> [String: Int] {
        let ticks = sidecars.freeze()
        let expected =
            Double(sidecars.mesh.total(of: "envoy_listener_ssl_handshake", ticks: ticks))
            + Double(sidecars.mesh.total(of: "istio_requests_total", ticks: ticks))
        let settled = await eventually(within: seconds) {
            let handshakes = await number(client, "sum(envoy_listener_ssl_handshake)")
            let requests = await number(client, "sum(istio_requests_total)")
            guard let handshakes, let requests else { return false }
            return handshakes + requests == expected
        }
        guard settled else { throw HarnessError("Prometheus did not store the frozen values within \(seconds) s") }
        return ticks
    }

    /// Freezes the fake exporter of a Cloud Service Mesh and waits until Prometheus stored its frozen values
    /// (the sum of every server request counter equals the frozen total). Returns the frozen ticks.
    static func freezeAndSettleCloudMonitoring(
        _ sidecars: FakeSidecarServer,
        _ client: PrometheusQueryClient,
        within seconds: Double = 30
    ) async throws -> [String: Int] {
        let ticks = sidecars.freeze()
        let metric = "istio_io:service_server_request_count"
        let expected = Double(sidecars.mesh.total(of: metric, ticks: ticks))
        let settled = await eventually(within: seconds) { await number(client, "sum(\(metric))") == expected }
        guard settled else { throw HarnessError("Prometheus did not store the frozen values within \(seconds) s") }
        return ticks
    }

    /// Waits until Prometheus scraped every pod at least `scrapes` times.
    static func waitForScrapes(_ sidecars: FakeSidecarServer, atLeast scrapes: Int, within seconds: Double = 30)
        async throws
    {
        let done = await eventually(within: seconds) {
            let ticks = sidecars.ticks
            return sidecars.mesh.pods.allSatisfy { ticks[$0.name, default: 0] >= scrapes }
        }
        guard done else {
            throw HarnessError("the fake sidecars were not scraped \(scrapes) times within \(seconds) s")
        }
    }
}
