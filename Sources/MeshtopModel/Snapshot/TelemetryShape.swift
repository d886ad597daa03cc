/// Which shape of Istio traffic telemetry a source delivered.
///
/// Istio's own metrics (`istio_requests_total`, …, as sidecars export them and Prometheus or Managed
/// Prometheus collects them) carry handshake and certificate series beside them; Cloud Service Mesh's managed
/// telemetry in Cloud Monitoring (`istio_io:service_server_request_count`, …, as PromQL names
/// `istio.io/service/server/request_count`) carries traffic only.
package enum TelemetryShape: String, Sendable, Hashable, CaseIterable {
    /// `istio_requests_total`, `istio_tcp_connections_opened_total` and the byte counters.
    case istio
    /// `istio_io:service_{server,client}_{request_count,connection_open_count}`.
    case cloudMonitoring = "cloud-monitoring"

    /// The one Cloud Monitoring monitored resource type whose CSM series are counted. One metric can be
    /// written against several resource types; summing them all would count each request more than once,
    /// and `istio_canonical_service` is the type Cloud Service Mesh's own dashboards and alerts use.
    package static let cloudMonitoringResource: StaticString = "istio_canonical_service"

    /// What the shape cannot tell, in the words screens and reports use; nil when it tells everything
    /// meshtop reads.
    package var unavailableNote: String? {
        switch self {
        case .istio: nil
        case .cloudMonitoring: "handshake failures and certificates are not available from Cloud Monitoring"
        }
    }

    /// The note for a source that held both shapes: only Istio's own metrics were counted.
    package static let bothShapesNote =
        "Cloud Monitoring's istio_io:service_* series were also present and not counted (Istio's own metrics were)"
}
