import MeshtopModel

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
    /// The model's limits for this kind of certificate.
    package var limits: CertificateLimits
    /// The certificate's own name where the telemetry gives one (a cert-manager Certificate, a secret).
    package var name: String?
    /// The sources that reported it, in the order first seen; one certificate seen through two sources is
    /// one summary. Empty when not known (hand-built view models).
    package var sources: [String] = []

    /// Creates a summary; `limits` depend on the kind (a 24 h workload certificate is fine at 20 h left).
    package init(
        namespace: String,
        workload: String?,
        kind: String,
        expiresAt: Int64,
        limits: CertificateLimits = .unspecified,
        name: String? = nil
    ) {
        self.name = name
        self.namespace = namespace
        self.workload = workload
        self.kind = kind
        self.expiresAt = expiresAt
        self.limits = limits
    }

    /// Seconds from `now` (Unix milliseconds) to its expiry; negative once expired.
    package func secondsLeft(at now: Int64) -> Int64 { (expiresAt &- now) / 1000 }

    /// How the certificate is marked at `now` (Unix milliseconds), by the model's limits of its kind.
    package func mark(at now: Int64) -> ExpiryMark {
        ExpiryMark(secondsLeft: secondsLeft(at: now), limits: limits)
    }

    /// Whether this certificate should be shown before `other` at `now`: more urgent, else sooner to expire.
    package func isShown(before other: CertificateSummary?, at now: Int64) -> Bool {
        guard let other else { return true }
        return Self.isShown(
            mark(at: now),
            expiringAt: expiresAt,
            before: other.mark(at: now),
            expiringAt: other.expiresAt
        )
    }

    /// The order of ``isShown(before:at:)`` on marks already made: the more urgent mark first, else the sooner
    /// expiry.
    package static func isShown(
        _ mark: ExpiryMark,
        expiringAt expiry: Int64,
        before otherMark: ExpiryMark,
        expiringAt otherExpiry: Int64
    ) -> Bool {
        mark != otherMark ? mark > otherMark : expiry < otherExpiry
    }
}
