import MeshtopTelemetry
import Synchronization

/// The series `/federate` serves, as they stood at any instant.
///
/// `/federate` answers only for the server's now, so a window that starts (or ends) in the past is read
/// with one instant query of the same selectors instead: an instant vector selector returns the newest
/// sample at or before the instant, the value federation would have served then.
package enum FederatedSeries {
    /// One selector matching every series ``FederateQuery/selectors(for:)`` matches for `telemetry`.
    package static func selector(for telemetry: TelemetryChoice) -> String {
        let alternatives = FederateQuery.selectors(for: telemetry).map { selector -> String in
            let prefix = #"{__name__=~""#
            let suffix = #""}"#
            guard selector.hasPrefix(prefix), selector.hasSuffix(suffix) else { return selector }
            return "(" + selector.dropFirst(prefix.count).dropLast(suffix.count) + ")"
        }
        return #"{__name__=~""# + alternatives.joined(separator: "|") + #""}"#
    }
}

extension PrometheusQueryClient {
    /// The series federation serves for the shapes `telemetry` names at `instant` (unix milliseconds), as
    /// one scrape of the server taken then.
    ///
    /// - Throws: ``PrometheusEvaluationError``: the server and what went wrong, in plain words.
    package func federatedFrame(at instant: Int64, telemetry: TelemetryChoice = .auto) async throws -> ScrapeFrame {
        do throws(PrometheusAPIError) {
            // The raw series of a large mesh make a large answer: rendered as it arrives, never held whole.
            let renderer = RendererSet(count: 1)
            _ = try await queryStreaming(FederatedSeries.selector(for: telemetry), at: instant) { element in
                renderer.renderers.withLock { $0[0].append(labels: element.labels, value: element.value) }
            }
            let bytes = renderer.renderers.withLock { renderers in
                renderers[0].finishResult(as: .untyped)
                return renderers[0].bytes
            }
            return ScrapeFrame(
                bytes: bytes,
                source: displayName,
                timestampMilliseconds: instant,
                format: .prometheusText
            )
        } catch {
            throw PrometheusEvaluationError(server: displayName, error: error)
        }
    }
}
