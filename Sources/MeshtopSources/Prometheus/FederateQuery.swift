import Foundation

/// The `/federate` request that fetches exactly the series meshtop uses from a Prometheus server.
///
/// Federation returns the newest sample of every matching series with the target labels Prometheus
/// attached (`namespace`, `pod`, `job`, `instance`), so the model sees the same series a sidecar scrape
/// would show, for the whole mesh at once.
package enum FederateQuery {
    /// The `match[]` selectors: Istio and Linkerd traffic, Envoy TLS statistics, certificate gauges and
    /// `istio_build` (which tells a ztunnel from a sidecar).
    package static let selectors: [String] = [
        "istio_requests_total",
        "istio_tcp_connections_opened_total",
        "istio_tcp_sent_bytes_total",
        "istio_tcp_received_bytes_total",
        #"{__name__=~"envoy_(listener|cluster)_ssl_.*"}"#,
        "envoy_server_days_until_first_cert_expiring",
        "istio_agent_cert_expiry_seconds",
        #"{__name__=~"citadel_server_.*_expiry_.*"}"#,
        "certmanager_certificate_expiration_timestamp_seconds",
        "x509_cert_not_after",
        "identity_cert_expiration_timestamp_seconds",
        "request_total",
        "tcp_open_total",
        "istio_build",
    ]

    /// The selectors for the shapes `telemetry` names: Cloud Service Mesh's counters are added unless
    /// Istio's own metrics were asked for alone.
    package static func selectors(for telemetry: TelemetryChoice) -> [String] {
        telemetry.includesCloudMonitoring ? selectors + PrometheusMeshQueries.cloudMonitoringCounters : selectors
    }

    /// The federation URL under `base` (`http://prometheus:9090`, or a path prefix such as
    /// `https://host/prometheus/`).
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package static func url(base: String, selectors: [String] = selectors) throws(PrometheusAPIError) -> URL {
        let endpoint = try PrometheusEndpoint(base: base)
        return endpoint.url(path: "federate", query: selectors.map { ("match[]", $0) })
    }
}
