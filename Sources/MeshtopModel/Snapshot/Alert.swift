/// How much an alert matters.
package enum AlertSeverity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Worth knowing; nothing is wrong yet.
    case info
    /// Needs attention soon.
    case warning
    /// Needs attention now.
    case critical

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .critical: 2
        }
    }

    package static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// The stable codes of meshtop's alerts; scripts and suppressions rely on them (see README).
package enum AlertCode: String, Sendable, Hashable, CaseIterable, Comparable {
    /// MTLS001: a destination workload received plaintext.
    case plaintextIntoWorkload = "MTLS001"
    /// MTLS002: a destination reported `unknown` security (ambient plaintext passthrough).
    case unverifiedTraffic = "MTLS002"
    /// MTLS003: callers reach a workload that has no proxy, so the traffic cannot be mutual TLS.
    case destinationWithoutProxy = "MTLS003"
    /// TLS001: TLS handshakes fail above the configured rate.
    case handshakeFailures = "TLS001"
    /// TLS002: a workload's dumps have no `ssl.*` stats, so handshake failures cannot be seen.
    case handshakeStatsMissing = "TLS002"
    /// CERT001: a certificate expires within its kind's threshold.
    case certificateExpiring = "CERT001"
    /// CERT002: a certificate is past its not-after time.
    case certificateExpired = "CERT002"
    /// CERT003: a cert-manager Certificate has never been issued.
    case certificateNotIssued = "CERT003"
    /// CERT004: a certificate's reported expiry is no time (out of range, such as `1e19`).
    case certificateExpiryInvalid = "CERT004"
    /// SRC001: a source has not delivered a scrape for several intervals.
    case sourceStale = "SRC001"

    /// The code (`MTLS001`).
    package var code: String { rawValue }

    /// The slug that names the rule (`plaintext-into-workload`).
    package var slug: String {
        switch self {
        case .plaintextIntoWorkload: "plaintext-into-workload"
        case .unverifiedTraffic: "unverified-traffic"
        case .destinationWithoutProxy: "destination-without-proxy"
        case .handshakeFailures: "handshake-failures"
        case .handshakeStatsMissing: "handshake-stats-missing"
        case .certificateExpiring: "certificate-expiring"
        case .certificateExpired: "certificate-expired"
        case .certificateNotIssued: "certificate-not-issued"
        case .certificateExpiryInvalid: "certificate-expiry-invalid"
        case .sourceStale: "source-stale"
        }
    }

    package static func < (lhs: AlertCode, rhs: AlertCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Something an operator should look at, with when it was first and last seen.
package struct Alert: Sendable, Hashable {
    /// The stable rule code.
    package var code: AlertCode
    /// How much it matters.
    package var severity: AlertSeverity
    /// The namespace concerned (empty for mesh-wide alerts such as a stale source).
    package var namespace: String
    /// The workload concerned, if one.
    package var workload: String?
    /// What it is about beyond the workload (a caller, a certificate name, a source), to tell apart alerts
    /// of one code on one workload.
    package var subject: String
    /// One sentence an operator understands.
    package var summary: String
    /// When the condition was first seen (unix milliseconds).
    package var firstSeen: Int64
    /// When the condition was last seen (unix milliseconds).
    package var lastSeen: Int64
    /// Whether the condition holds at the moment shown, or held earlier and stopped.
    package var state: AlertState = .firing
    /// When the condition stopped holding (unix milliseconds), for a resolved alert.
    package var resolvedAt: Int64?

    /// Creates an alert.
    package init(
        code: AlertCode,
        severity: AlertSeverity,
        namespace: String,
        workload: String?,
        subject: String = "",
        summary: String,
        firstSeen: Int64,
        lastSeen: Int64
    ) {
        self.code = code
        self.severity = severity
        self.namespace = namespace
        self.workload = workload
        self.subject = subject
        self.summary = summary
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// What tells this alert apart from others at any moment: code, namespace, workload and subject.
    package var key: AlertKey { AlertKey(code: code, namespace: namespace, workload: workload, subject: subject) }
}

/// Identifies one alert across moments, whatever its summary and figures say.
package struct AlertKey: Sendable, Hashable {
    /// The rule code.
    package var code: AlertCode
    /// The namespace concerned.
    package var namespace: String
    /// The workload concerned, if one.
    package var workload: String?
    /// What else tells it apart.
    package var subject: String
}
