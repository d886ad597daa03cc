/// The effective peer-authentication mode of a namespace or workload.
package enum PolicyMode: String, CaseIterable, Hashable, Sendable {
    /// Only mTLS is accepted.
    case strict
    /// mTLS and plaintext are accepted.
    case permissive
    /// Only plaintext is accepted.
    case disable
    /// No policy is known.
    case unknown

    /// The word shown in tables.
    package var word: String {
        switch self {
        case .strict: return "STRICT"
        case .permissive: return "PERMISSIVE"
        case .disable: return "DISABLE"
        case .unknown: return "-"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .strict: return .strict
        case .permissive: return .permissive
        case .disable: return .disable
        case .unknown: return .dim
        }
    }
}
