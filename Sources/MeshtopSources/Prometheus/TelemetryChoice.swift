/// Which telemetry shape to read from a Prometheus-compatible server (`--telemetry`).
package enum TelemetryChoice: String, Sendable, CaseIterable {
    /// Ask for both shapes; the model counts Istio's own metrics where a scrape holds both.
    case auto
    /// Istio's own metrics only (`istio_requests_total`, …), with handshake and certificate series.
    case istio
    /// Cloud Service Mesh's managed telemetry only (`istio_io:service_server_request_count`, …).
    case cloudMonitoring = "cloud-monitoring"

    /// Whether Istio's own metrics (and the Linkerd, Envoy and certificate series beside them) are asked for.
    package var includesIstio: Bool { self != .cloudMonitoring }

    /// Whether Cloud Monitoring's `istio_io:service_*` series are asked for.
    package var includesCloudMonitoring: Bool { self != .istio }

    /// The note printed when federation was asked for but the server is read in query mode instead; nil
    /// when federation is used as asked.
    ///
    /// Cloud Monitoring's Prometheus API serves no `/federate`, so a Cloud Monitoring URL or
    /// `--telemetry cloud-monitoring` reads the server through `/api/v1/query`.
    package static func federationFallbackNote(choice: TelemetryChoice, endpoint: PrometheusEndpoint) -> String? {
        if endpoint.isCloudMonitoring {
            return "Cloud Monitoring offers no /federate: reading it in query mode (--prometheus-mode query)"
        }
        if choice == .cloudMonitoring {
            return "Cloud Monitoring's telemetry is read in query mode (--prometheus-mode query): it has no /federate"
        }
        return nil
    }
}
