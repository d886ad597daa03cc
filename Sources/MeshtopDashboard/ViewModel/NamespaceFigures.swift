import MeshtopModel

/// A namespace's figures, aggregated from its workloads.
package struct NamespaceFigures: Hashable, Sendable {
    /// The namespace name.
    package var name: String
    /// Effective namespace-wide policy mode.
    package var mode: PolicyMode
    /// Where the mode comes from (`mesh default`), when a policy was given.
    package var modeOrigin: String?
    /// Whether the namespace could switch to STRICT now, when a policy was given.
    package var readiness: ReadinessVerdict?
    /// Who would break under STRICT, when the verdict is blocked.
    package var blockers: [BlockerSummary] = []
    /// Its step of the STRICT migration plan, in words (`switch to STRICT: PeerAuthentication …`).
    package var planStep: String?
    /// The objects of that step as YAML for `kubectl apply -f`, when it has any.
    package var planYAML: String?
    /// Number of workloads.
    package var workloadCount: Int
    /// Inbound request rates by class.
    package var requests: ClassCounts
    /// Inbound connection rates by class.
    package var connections: ClassCounts
    /// Distinct sources sending plaintext into it.
    package var plaintextSources: Int
    /// Handshake failures per second.
    package var handshakeFailures: Double
    /// Seconds left on its most urgent certificate (the soonest among equally urgent ones), at the data time.
    package var soonestCertificate: Int64?
    /// The urgency limits of that certificate's kind.
    package var soonestCertificateLimits: ExpiryUrgency.Limits = .unspecified
    /// Recent plaintext rates, oldest first.
    package var plaintextTrend: [Double]

    /// Creates a summary.
    package init(
        name: String,
        mode: PolicyMode = .unknown,
        workloadCount: Int = 0,
        requests: ClassCounts = .zero,
        connections: ClassCounts = .zero,
        plaintextSources: Int = 0,
        handshakeFailures: Double = 0,
        soonestCertificate: Int64? = nil,
        plaintextTrend: [Double] = []
    ) {
        self.name = name
        self.mode = mode
        self.workloadCount = workloadCount
        self.requests = requests
        self.connections = connections
        self.plaintextSources = plaintextSources
        self.handshakeFailures = handshakeFailures
        self.soonestCertificate = soonestCertificate
        self.plaintextTrend = plaintextTrend
    }
}
