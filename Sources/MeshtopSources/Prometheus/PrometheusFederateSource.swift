import Foundation
import MeshtopTelemetry

/// Federation mode: the series meshtop uses, raw, from a Prometheus server's `/federate`.
package final class PrometheusFederateSource: TelemetrySource {
    /// One refresh: the federated text, what it cost, and the advice when that was too much.
    package struct Refresh: Sendable {
        /// The answer as Prometheus text, decoded.
        package var bytes: [UInt8]
        /// How long the request took, in milliseconds.
        package var latencyMilliseconds: Int64
        /// ``FederateRefreshBudget/advice(bytes:seconds:)`` for this refresh.
        package var advice: String?
    }

    /// The display name (the server URL without credentials).
    package let name: String
    private let client: PrometheusQueryClient
    private let selectors: [String]
    private let budget: FederateRefreshBudget

    /// Creates a source that federates from the server at `base` the series of the shapes `telemetry` names;
    /// refreshes over `budget` carry the advice to use query mode.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package init(
        base: String,
        connection: PrometheusConnection = PrometheusConnection(),
        telemetry: TelemetryChoice = .auto,
        budget: FederateRefreshBudget = FederateRefreshBudget()
    ) throws(PrometheusAPIError) {
        client = try PrometheusQueryClient(base: base, connection: connection)
        name = client.displayName
        selectors = FederateQuery.selectors(for: telemetry)
        self.budget = budget
    }

    /// Fetches `/federate` once and measures it.
    ///
    /// - Throws: ``PrometheusAPIError`` in plain words; an answer over the connection's size limit throws
    ///   ``PrometheusAPIError/other(_:)`` with the advice to use query mode.
    package func refresh() async throws(PrometheusAPIError) -> Refresh {
        let began = ContinuousClock.now
        let bytes: [UInt8]
        do throws(PrometheusAPIError) {
            bytes = try await client.federate(selectors: selectors)
        } catch .tooLarge(let limit) {
            throw .other(FederateRefreshBudget.advice(tooLargeAt: limit))
        }
        let latency = ContinuousClock.now - began
        let milliseconds = latency.components.seconds * 1000 + latency.components.attoseconds / 1_000_000_000_000_000
        return Refresh(
            bytes: bytes,
            latencyMilliseconds: milliseconds,
            advice: budget.advice(bytes: bytes.count, seconds: Double(milliseconds) / 1000)
        )
    }

    /// Fetches `/federate` once; a refresh over the budget carries the advice as the frame's notice.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        do throws(PrometheusAPIError) {
            let refresh = try await refresh()
            var frame = ScrapeFrame(
                bytes: refresh.bytes,
                source: name,
                timestampMilliseconds: WallClock.nowMilliseconds(),
                format: .prometheusText,
                latencyMilliseconds: refresh.latencyMilliseconds
            )
            frame.notice = refresh.advice
            return .frame(frame)
        } catch {
            throw error.fetchError
        }
    }
}
