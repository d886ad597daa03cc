import MeshtopModel

extension SecurityClass {
    /// The word shown in tables, so that colour is never the only signal.
    package var word: String {
        switch self {
        case .mutualTLS: return "mTLS"
        case .plaintext: return "PLAIN"
        case .unverified: return "UNVERIF"
        case .unknown: return "UNKNOWN"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .mutualTLS: return .mtls
        case .plaintext: return .plaintext
        case .unverified: return .unverified
        case .unknown: return .unknown
        }
    }

    /// The mark drawn before the word.
    package func mark(_ glyphs: Glyphs) -> String {
        switch self {
        case .mutualTLS: return glyphs.markMTLS
        case .plaintext: return glyphs.markPlaintext
        case .unverified: return glyphs.markUnverified
        case .unknown: return glyphs.markUnknown
        }
    }
}
