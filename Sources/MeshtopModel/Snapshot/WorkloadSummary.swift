/// What one workload receives, how its TLS handshakes go and which certificates it holds.
package struct WorkloadSummary: Sendable, Hashable {
    /// The workload.
    package var id: WorkloadID
    /// Traffic the workload received, as its own proxy reported it (destination side).
    package var traffic: TrafficCounts
    /// Traffic towards the workload reported only by callers (its class is ``SecurityClass/unknown``).
    package var callerReportedTraffic: TrafficCounts
    /// Per-second rates of ``traffic`` over the window; nil for a single scrape.
    package var rates: TrafficCounts?
    /// Failed TLS handshakes per second over the window; nil for a single scrape.
    package var handshakeFailuresPerSecond: Double?
    /// Handshake outcomes per second by reason over the window, inbound and outbound together; nil for a
    /// single scrape.
    package var handshakeRates: HandshakeCounts?
    /// TLS handshake outcomes on its listeners and clusters.
    package var handshakeFailures: HandshakeFailures
    /// The kinds of proxy that reported for it; empty when only its callers mention it.
    package var proxyKinds: CaseSet<ProxyKind>
    /// Whether a proxy reported for the workload (as destination, or through its own stats).
    package var hasProxy: Bool
    /// Its identities (`destination_principal`), sorted.
    package var principals: [String]
    /// Callers that sent it plaintext or unverified traffic, as `ns/workload`, sorted.
    package var insecureSources: [String]
    /// The earliest not-after of its certificates (unix seconds), if any was reported.
    package var earliestCertificateExpiry: Int64?
    /// Recent steps for sparklines, oldest first.
    package var history: [HistoryPoint]
    /// Some of the series the figures came from (capped).
    package var evidence: [SeriesEvidence]

    /// Creates a summary.
    package init(
        id: WorkloadID,
        traffic: TrafficCounts = .zero,
        callerReportedTraffic: TrafficCounts = .zero,
        rates: TrafficCounts? = nil,
        handshakeFailuresPerSecond: Double? = nil,
        handshakeRates: HandshakeCounts? = nil,
        handshakeFailures: HandshakeFailures = HandshakeFailures(),
        proxyKinds: CaseSet<ProxyKind> = [],
        hasProxy: Bool = false,
        principals: [String] = [],
        insecureSources: [String] = [],
        earliestCertificateExpiry: Int64? = nil,
        history: [HistoryPoint] = [],
        evidence: [SeriesEvidence] = []
    ) {
        self.id = id
        self.traffic = traffic
        self.callerReportedTraffic = callerReportedTraffic
        self.rates = rates
        self.handshakeFailuresPerSecond = handshakeFailuresPerSecond
        self.handshakeRates = handshakeRates
        self.handshakeFailures = handshakeFailures
        self.proxyKinds = proxyKinds
        self.hasProxy = hasProxy
        self.principals = principals
        self.insecureSources = insecureSources
        self.earliestCertificateExpiry = earliestCertificateExpiry
        self.history = history
        self.evidence = evidence
    }
}
