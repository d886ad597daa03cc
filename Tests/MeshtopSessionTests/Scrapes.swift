import MeshtopSources
import MeshtopTelemetry

/// Prometheus text scrapes made in memory: Istio request counters between two workloads.
enum Scrapes {
    /// One destination-reported `istio_requests_total` line.
    static func requests(from source: String, to destination: String, policy: String, _ value: Double) -> String {
        let from = source.split(separator: "/")
        let to = destination.split(separator: "/")
        return "istio_requests_total{reporter=\"destination\",source_workload=\"\(from[1])\","
            + "source_workload_namespace=\"\(from[0])\",destination_workload=\"\(to[1])\","
            + "destination_workload_namespace=\"\(to[0])\",connection_security_policy=\"\(policy)\"} \(value)\n"
    }

    /// One `ssl.fail_verify_no_cert` counter of an Istio sidecar's inbound listener.
    static func handshakeFailures(_ value: Double) -> String {
        "envoy_listener_ssl_fail_verify_no_cert{listener_address=\"0.0.0.0_15006\"} \(value)\n"
    }

    /// A scrape of `source` at `seconds` after the epoch of the story, holding `lines`.
    static func scrape(_ source: String, at seconds: Double, _ lines: [String]) -> ScrapeFrame {
        ScrapeFrame(
            bytes: Array(lines.joined().utf8),
            source: source,
            timestampMilliseconds: start + Int64((seconds * 1000).rounded()),
            format: .prometheusText
        )
    }

    /// The story's first moment: 2026-11-23 14:00:00 UTC.
    static let start: Int64 = 1_795_442_400_000
}
