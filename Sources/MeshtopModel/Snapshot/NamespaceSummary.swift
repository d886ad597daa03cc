/// One namespace: the traffic its workloads received, their handshake failures and certificates.
package struct NamespaceSummary: Sendable, Hashable {
    /// The namespace name.
    package var name: String
    /// Traffic received by its workloads, destination-reported (namespace = the destination's namespace).
    package var traffic: TrafficCounts
    /// Per-second rates of ``traffic`` over the window; nil for a single scrape.
    package var rates: TrafficCounts?
    /// Handshake outcomes of its workloads, inbound and outbound together.
    package var handshakes: HandshakeCounts
    /// Failed handshakes of its workloads (``HandshakeCounts/failures`` of ``handshakes``).
    package var handshakeFailures: Double
    /// Failed handshakes of its workloads per second over the window; nil for a single scrape.
    package var handshakeFailuresPerSecond: Double?
    /// Whether any of its workloads' dumps held `ssl.*` stats.
    package var sslStatsPresent: Bool
    /// Callers that sent plaintext into the namespace, as sorted `ns/workload` strings.
    package var plaintextSources: [String]
    /// Callers whose traffic into the namespace was unverified (ambient `unknown`), sorted.
    package var unverifiedSources: [String]
    /// The earliest not-after of its certificates (unix seconds), or nil.
    package var earliestCertificateExpiry: Int64?
    /// How many workloads it has in the snapshot.
    package var workloadCount: Int
    /// Recent steps for sparklines, oldest first.
    package var history: [HistoryPoint]

    /// Creates a summary.
    package init(
        name: String,
        traffic: TrafficCounts = .zero,
        rates: TrafficCounts? = nil,
        handshakes: HandshakeCounts = .zero,
        sslStatsPresent: Bool = false,
        plaintextSources: [String] = [],
        unverifiedSources: [String] = [],
        earliestCertificateExpiry: Int64? = nil,
        workloadCount: Int = 0,
        history: [HistoryPoint] = []
    ) {
        self.name = name
        self.traffic = traffic
        self.rates = rates
        self.handshakes = handshakes
        self.handshakeFailures = handshakes.failures
        self.sslStatsPresent = sslStatsPresent
        self.plaintextSources = plaintextSources
        self.unverifiedSources = unverifiedSources
        self.earliestCertificateExpiry = earliestCertificateExpiry
        self.workloadCount = workloadCount
        self.history = history
    }
}
