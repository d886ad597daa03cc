import MeshtopDashboard
import MeshtopModel

extension WorkloadFigures {
    /// A hand-built row over a window: `requests`, `connections` and `handshakeFailures` are the summary's
    /// per-second rates, `plaintextTrend` its history steps, and `plaintextSources` that many named callers.
    init(
        id: WorkloadID,
        mode: MutualTLSMode? = nil,
        requests: ClassCounts = .zero,
        connections: ClassCounts = .zero,
        plaintextSources: Int = 0,
        handshakeFailures: Double = 0,
        soonestCertificate: Int64? = nil,
        plaintextTrend: [Double] = [],
        principal: String? = nil
    ) {
        self.init(
            WorkloadSummary(
                id: id,
                rates: TrafficCounts(requests: requests, tcpConnections: connections),
                handshakeFailuresPerSecond: handshakeFailures,
                principals: principal.map { [$0] } ?? [],
                insecureSources: (0..<plaintextSources).map { "caller/\($0)" },
                history: plaintextTrend.map(HistoryPoint.plaintext)
            )
        )
        self.mode = mode
        self.soonestCertificate = soonestCertificate
    }
}
