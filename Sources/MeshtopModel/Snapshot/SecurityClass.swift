/// How trustworthy the transport security of some traffic is, as far as telemetry can tell.
///
/// Only the side that terminates a connection (Istio `reporter="destination"` or `"waypoint"`, Linkerd
/// `direction="inbound"`) can say whether the peer presented a certificate, so only those reports yield
/// ``mutualTLS``, ``plaintext`` or ``unverified``. Traffic seen from the calling side alone is
/// ``unknown``: it is never counted as plaintext.
package enum SecurityClass: UInt8, Sendable, Hashable, CaseIterable, Comparable {
    /// The destination proxy saw a peer certificate and its own: mutual TLS.
    case mutualTLS
    /// The destination proxy accepted plaintext (Istio `none`, Linkerd `no_identity` or `disabled`).
    case plaintext
    /// The destination reported `unknown`: ambient ztunnel's plaintext passthrough, or Linkerd `opaque`.
    /// Not safe: treat it as possibly plaintext.
    case unverified
    /// Only the calling side reported the traffic, so its security cannot be known.
    case unknown

    /// The key used in JSON output and evidence (`mutual_tls`, `none`, `unverified`, `unknown`).
    package var key: String {
        switch self {
        case .mutualTLS: "mutual_tls"
        case .plaintext: "none"
        case .unverified: "unverified"
        case .unknown: "unknown"
        }
    }

    /// A short word for people (`mTLS`, `plaintext`, `unverified`, `unknown`).
    package var label: String {
        switch self {
        case .mutualTLS: "mTLS"
        case .plaintext: "plaintext"
        case .unverified: "unverified"
        case .unknown: "unknown"
        }
    }

    /// Whether traffic of this class is known to be protected by mutual TLS.
    package var isSecure: Bool { self == .mutualTLS }

    package static func < (lhs: SecurityClass, rhs: SecurityClass) -> Bool { lhs.rawValue < rhs.rawValue }
}
