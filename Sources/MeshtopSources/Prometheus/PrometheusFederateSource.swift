import Foundation
import MeshtopTelemetry

/// Federation mode: the series meshtop uses, raw, from a Prometheus server's `/federate`.
package final class PrometheusFederateSource: TelemetrySource {
    /// The display name (the server URL without credentials).
    package let name: String
    private let client: PrometheusQueryClient
    private let selectors: [String]

    /// Creates a source that federates from the server at `base` the series of the shapes `telemetry` names.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package init(
        base: String,
        connection: PrometheusConnection = PrometheusConnection(),
        telemetry: TelemetryChoice = .auto
    ) throws(PrometheusAPIError) {
        client = try PrometheusQueryClient(base: base, connection: connection)
        name = client.displayName
        selectors = FederateQuery.selectors(for: telemetry)
    }

    /// Fetches `/federate` once.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        let began = ContinuousClock.now
        do throws(PrometheusAPIError) {
            let bytes = try await client.federate(selectors: selectors)
            let latency = ContinuousClock.now - began
            return .frame(
                ScrapeFrame(
                    bytes: bytes,
                    source: name,
                    timestampMilliseconds: WallClock.nowMilliseconds(),
                    format: .prometheusText,
                    latencyMilliseconds: latency.components.seconds * 1000 + latency.components.attoseconds
                        / 1_000_000_000_000_000
                )
            )
        } catch {
            throw error.fetchError
        }
    }
}
