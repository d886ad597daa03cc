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
