/// How soon a certificate runs out, in the steps operators act on.
package enum ExpiryUrgency: Int, CaseIterable, Comparable, Hashable, Sendable {
    /// More than 30 days left.
    case ok = 0
    /// Within 30 days.
    case notice = 1
    /// Within 7 days.
    case warning = 2
    /// Within 24 hours.
    case critical = 3
    /// Already expired.
    case expired = 4

    /// The urgency of a certificate with `seconds` left (negative when expired).
    package init(secondsLeft seconds: Int64) {
        switch seconds {
        case ..<0: self = .expired
        case ..<86_400: self = .critical
        case ..<(7 * 86_400): self = .warning
        case ..<(30 * 86_400): self = .notice
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
