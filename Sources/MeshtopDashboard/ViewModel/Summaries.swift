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

/// Traffic from one workload to another.
package struct EdgeSummary: Hashable, Sendable {
    /// The client; `unknown` names mean outside the mesh.
    package var source: WorkloadID
    /// The server.
    package var destination: WorkloadID
    /// How the traffic is secured.
    package var securityClass: SecurityClass
    /// Requests per second.
    package var requestRate: Double
    /// New connections per second.
    package var connectionRate: Double
    /// The principal the client presented, when known.
    package var sourcePrincipal: String?
    /// The principal the server presented, when known.
    package var destinationPrincipal: String?

    /// Creates an edge.
    package init(
        source: WorkloadID,
        destination: WorkloadID,
        securityClass: SecurityClass,
        requestRate: Double = 0,
        connectionRate: Double = 0,
        sourcePrincipal: String? = nil,
        destinationPrincipal: String? = nil
    ) {
        self.source = source
        self.destination = destination
        self.securityClass = securityClass
        self.requestRate = requestRate
        self.connectionRate = connectionRate
        self.sourcePrincipal = sourcePrincipal
        self.destinationPrincipal = destinationPrincipal
    }
}

/// TLS handshake failures of one workload for one reason.
package struct HandshakeFailureSummary: Hashable, Sendable {
    /// The workload whose proxy counted them.
    package var workload: WorkloadID
    /// The counter's reason, e.g. `fail_verify_no_cert`.
    package var reason: String
    /// Failures per second.
    package var rate: Double
    /// What the reason means for an operator.
    package var explanation: String

    /// Creates a summary.
    package init(workload: WorkloadID, reason: String, rate: Double, explanation: String) {
        self.workload = workload
        self.reason = reason
        self.rate = rate
        self.explanation = explanation
    }
}

/// A certificate and when it expires.
package struct CertificateSummary: Hashable, Sendable {
    /// The namespace it belongs to (the mesh root's namespace for roots).
    package var namespace: String
    /// The workload it belongs to, if any.
    package var workload: String?
    /// What it is: `workload`, `root`, `issuer`, `trust anchor`…
    package var kind: String
    /// The expiry as Unix milliseconds.
    package var expiresAt: Int64
    /// The seconds left at which this kind of certificate turns from OK to urgent.
    package var limits: ExpiryUrgency.Limits

    /// Creates a summary; `limits` depend on the kind (a 24 h workload certificate is fine at 20 h left).
    package init(
        namespace: String,
        workload: String?,
        kind: String,
        expiresAt: Int64,
        limits: ExpiryUrgency.Limits = .unspecified
    ) {
        self.namespace = namespace
        self.workload = workload
        self.kind = kind
        self.expiresAt = expiresAt
        self.limits = limits
    }

    /// How urgent the certificate is at `now` (Unix milliseconds).
    package func urgency(at now: Int64) -> ExpiryUrgency {
        ExpiryUrgency(secondsLeft: (expiresAt - now) / 1000, limits: limits)
    }

    /// Whether this certificate should be shown before `other` at `now`: more urgent, else sooner to expire.
    package func isShown(before other: CertificateSummary?, at now: Int64) -> Bool {
        guard let other else { return true }
        let (mine, theirs) = (urgency(at: now), other.urgency(at: now))
        return mine != theirs ? mine > theirs : expiresAt < other.expiresAt
    }
}

/// An alert raised by the model.
package struct AlertSummary: Hashable, Sendable {
    /// How serious it is.
    package var severity: Severity
    /// When it started, Unix milliseconds.
    package var since: Int64
    /// The workload concerned, if any.
    package var workload: WorkloadID?
    /// The namespace concerned, if no workload.
    package var namespace: String?
    /// One line saying what is wrong.
    package var message: String

    /// Creates an alert.
    package init(
        severity: Severity,
        since: Int64,
        workload: WorkloadID? = nil,
        namespace: String? = nil,
        message: String
    ) {
        self.severity = severity
        self.since = since
        self.workload = workload
        self.namespace = namespace ?? workload?.namespace
        self.message = message
    }
}

/// A series a figure was computed from.
package struct EvidenceItem: Hashable, Sendable {
    /// The workload the figure belongs to.
    package var workload: WorkloadID
    /// What figure it supports, e.g. `plaintext requests/s`.
    package var figure: String
    /// The series as it appeared in the telemetry (untrusted text: sanitized when drawn).
    package var series: String
    /// Its value.
    package var value: Double

    /// Creates an evidence item.
    package init(workload: WorkloadID, figure: String, series: String, value: Double) {
        self.workload = workload
        self.figure = figure
        self.series = series
        self.value = value
    }
}

/// The health of one telemetry source.
package struct SourceStatus: Hashable, Sendable {
    /// The source's name: a file or URL.
    package var name: String
    /// The last error, or nil when the last scrape worked.
    package var error: String?

    /// Creates a source health entry.
    package init(name: String, error: String? = nil) {
        self.name = name
        self.error = error
    }
}
