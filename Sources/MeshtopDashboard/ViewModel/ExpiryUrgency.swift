/// How soon a certificate runs out, in the steps operators act on.
package enum ExpiryUrgency: Int, CaseIterable, Comparable, Hashable, Sendable {
    /// More time left than the notice limit.
    case ok = 0
    /// Within the notice limit.
    case notice = 1
    /// Within the warning limit.
    case warning = 2
    /// Within the critical limit.
    case critical = 3
    /// Already expired.
    case expired = 4

    /// Seconds left below which a certificate reaches each urgency; they differ by kind of certificate.
    package struct Limits: Hashable, Sendable {
        /// Below this, `.notice`.
        package var notice: Int64
        /// Below this, `.warning`.
        package var warning: Int64
        /// Below this, `.critical`.
        package var critical: Int64

        /// Creates limits in seconds.
        package init(notice: Int64, warning: Int64, critical: Int64) {
            self.notice = notice
            self.warning = warning
            self.critical = critical
        }

        /// The steps used when the model gave none for a certificate's kind (hand-built view models):
        /// notice within 30 days, warning 7 days, critical 24 hours. Snapshots always carry the model's own.
        package static let unspecified = Limits(notice: 30 * 86_400, warning: 7 * 86_400, critical: 86_400)
    }

    /// The urgency of a certificate with `seconds` left (negative when expired).
    package init(secondsLeft seconds: Int64, limits: Limits = .unspecified) {
        switch seconds {
        case ..<0: self = .expired
        case ..<limits.critical: self = .critical
        case ..<limits.warning: self = .warning
        case ..<limits.notice: self = .notice
        default: self = .ok
        }
    }

    /// Orders urgencies from least to most urgent.
    package static func < (lhs: ExpiryUrgency, rhs: ExpiryUrgency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The label shown next to the time left, so that colour is never the only signal.
    package var word: String {
        switch self {
        case .ok: return "OK"
        case .notice: return "SOON"
        case .warning: return "WARN"
        case .critical: return "CRIT"
        case .expired: return "EXPIRED"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .ok: return .certOK
        case .notice: return .certNotice
        case .warning: return .certWarning
        case .critical: return .certCritical
        case .expired: return .certExpired
        }
    }
}
