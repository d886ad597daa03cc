/// The text formats meshtop reads; each names the exposition it came from.
package enum TelemetryFormat: String, Sendable, CaseIterable, Codable {
    /// Prometheus text exposition 0.0.4 (also `/federate` output and Envoy `/stats/prometheus`).
    case prometheusText = "prometheus"
    /// OpenMetrics 1.0 text (`application/openmetrics-text`).
    case openMetrics = "openmetrics"
    /// Envoy admin `/stats` plain text (`name: value` lines).
    case envoyStats = "envoy"
    /// Envoy admin `/stats?format=json`.
    case envoyStatsJSON = "envoy-json"
}
