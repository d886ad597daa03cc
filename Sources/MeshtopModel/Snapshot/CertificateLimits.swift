/// The seconds left at which certificates of one kind turn warning and critical (``Thresholds`` holds one pair
/// for short-lived kinds and one for long-lived ones).
package struct CertificateLimits: Sendable, Hashable {
    /// At or below this many seconds left, ``CertificateUrgency/warning``.
    package var warning: Int64
    /// At or below this many seconds left, ``CertificateUrgency/critical``.
    package var critical: Int64

    /// Creates limits in seconds.
    package init(warning: Int64, critical: Int64) {
        self.warning = warning
        self.critical = critical
    }

    /// The urgency of a certificate with `secondsLeft` (zero or less: expired).
    package func urgency(secondsLeft: Int64) -> CertificateUrgency {
        if secondsLeft <= 0 { return .expired }
        if secondsLeft <= critical { return .critical }
        if secondsLeft <= warning { return .warning }
        return .ok
    }
}
