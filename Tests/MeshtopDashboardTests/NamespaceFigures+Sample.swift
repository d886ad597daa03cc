import MeshtopDashboard
import MeshtopModel

extension NamespaceFigures {
    /// A hand-built row over a window: `requests`, `connections` and `handshakeFailures` are the summary's
    /// per-second rates, `plaintextTrend` its history steps, and `plaintextSources` that many named callers.
    init(
        name: String,
        mode: MutualTLSMode? = nil,
        workloadCount: Int = 0,
        requests: ClassCounts = .zero,
        connections: ClassCounts = .zero,
        plaintextSources: Int = 0,
        handshakeFailures: Double = 0,
        soonestCertificate: Int64? = nil,
        plaintextTrend: [Double] = []
    ) {
        var summary = NamespaceSummary(
            name: name,
            rates: TrafficCounts(requests: requests, tcpConnections: connections),
            plaintextSources: (0..<plaintextSources).map { "caller/\($0)" },
            workloadCount: workloadCount,
            history: plaintextTrend.map(HistoryPoint.plaintext)
        )
        summary.handshakeFailuresPerSecond = handshakeFailures
        self.init(summary)
        self.mode = mode
        self.soonestCertificate = soonestCertificate
    }
}

extension HistoryPoint {
    /// A step with `value` plaintext requests.
    static func plaintext(_ value: Double) -> HistoryPoint {
        HistoryPoint(time: 0, requests: ClassCounts(plaintext: value))
    }
}
