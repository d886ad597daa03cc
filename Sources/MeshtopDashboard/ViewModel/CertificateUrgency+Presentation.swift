import MeshtopModel

extension CertificateUrgency {
    /// The label shown next to the time left, so that colour is never the only signal.
    package var word: String {
        switch self {
        case .ok: return "OK"
        case .warning: return "WARN"
        case .critical: return "CRIT"
        case .expired: return "EXPIRED"
        case .invalid: return "INVALID"
        case .notIssued: return "NOT ISSUED"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .ok: return .certOK
        case .warning: return .certWarning
        case .critical, .invalid, .notIssued: return .certCritical
        case .expired: return .certExpired
        }
    }
}
