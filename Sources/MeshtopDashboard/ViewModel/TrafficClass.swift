/// How a stream of traffic is secured, as far as the telemetry says.
package enum TrafficClass: String, CaseIterable, Hashable, Sendable {
    /// Mutual TLS with a verified peer identity.
    case mtls
    /// No TLS at all.
    case plaintext
    /// TLS, but the peer identity was not verified.
    case unverified
    /// The telemetry does not say (e.g. source-reported Istio series).
    case unknown

    /// The word shown in tables, so that colour is never the only signal.
    package var word: String {
        switch self {
        case .mtls: return "mTLS"
        case .plaintext: return "PLAIN"
        case .unverified: return "UNVERIF"
        case .unknown: return "UNKNOWN"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .mtls: return .mtls
        case .plaintext: return .plaintext
        case .unverified: return .unverified
        case .unknown: return .unknown
        }
    }

    /// The mark drawn before the word.
    package func mark(_ glyphs: Glyphs) -> String {
        switch self {
        case .mtls: return glyphs.markMTLS
        case .plaintext: return glyphs.markPlaintext
        case .unverified: return glyphs.markUnverified
        case .unknown: return glyphs.markUnknown
        }
    }
}

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

/// How serious an alert is.
package enum Severity: Int, CaseIterable, Comparable, Hashable, Sendable {
    /// Worth knowing.
    case info = 0
    /// Needs attention soon.
    case warning = 1
    /// Needs attention now.
    case critical = 2

    /// Orders severities from least to most serious.
    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The word shown in tables.
    package var word: String {
        switch self {
        case .info: return "INFO"
        case .warning: return "WARN"
        case .critical: return "CRIT"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .info: return .info
        case .warning: return .warning
        case .critical: return .critical
        }
    }
}
