import MeshtopModel

/// A workload's figures.
package struct WorkloadFigures: Hashable, Sendable {
    /// Identity.
    package var id: WorkloadID
    /// Effective policy mode.
    package var mode: PolicyMode
    /// Where the mode comes from (`namespace policy default`), when a policy was given.
    package var modeOrigin: String?
    /// Whether it could switch to STRICT now, when a policy was given.
    package var readiness: ReadinessVerdict?
    /// Who would break under STRICT, when the verdict is blocked.
    package var blockers: [BlockerSummary] = []
    /// Inbound request rates by class.
    package var requests: ClassCounts
    /// Inbound connection rates by class.
    package var connections: ClassCounts
    /// Distinct sources sending plaintext to it.
    package var plaintextSources: Int
    /// Handshake failures per second.
    package var handshakeFailures: Double
    /// Seconds left on its most urgent certificate (the soonest among equally urgent ones), at the data time.
    package var soonestCertificate: Int64?
    /// The urgency limits of that certificate's kind.
    package var soonestCertificateLimits: ExpiryUrgency.Limits = .unspecified
    /// Recent plaintext rates, oldest first, for the sparkline.
    package var plaintextTrend: [Double]
    /// SPIFFE or other principal it presents.
    package var principal: String?

    /// Creates a summary.
    package init(
        id: WorkloadID,
        mode: PolicyMode = .unknown,
        requests: ClassCounts = .zero,
        connections: ClassCounts = .zero,
        plaintextSources: Int = 0,
        handshakeFailures: Double = 0,
        soonestCertificate: Int64? = nil,
        plaintextTrend: [Double] = [],
        principal: String? = nil
    ) {
        self.id = id
        self.mode = mode
        self.requests = requests
        self.connections = connections
        self.plaintextSources = plaintextSources
        self.handshakeFailures = handshakeFailures
        self.soonestCertificate = soonestCertificate
        self.plaintextTrend = plaintextTrend
        self.principal = principal
    }
}
