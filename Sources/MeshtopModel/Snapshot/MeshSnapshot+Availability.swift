extension MeshSnapshot {
    /// Whether every source that delivered traffic is Cloud Service Mesh's managed telemetry and none held
    /// Envoy `ssl.*` statistics: handshake failures and certificates were then never measured, and are shown
    /// as not available rather than as zeros.
    package var handshakesUnavailable: Bool {
        let shaped = sources.filter { $0.telemetry != nil }
        return !shaped.isEmpty && shaped.allSatisfy { $0.telemetry == .cloudMonitoring }
            && !sources.contains { $0.sslStatsPresent } && certificates.isEmpty
    }

    /// What the figures cannot tell, one plain sentence each (empty when they tell everything).
    package var notes: [String] {
        handshakesUnavailable ? [TelemetryShape.cloudMonitoring.unavailableNote].compactMap { $0 } : []
    }
}
