/// Which kind of proxy produced a series: it says how far its security labels can be trusted.
package enum ProxyKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// An Istio sidecar Envoy (`reporter` of `source` or `destination`).
    case sidecar
    /// An Istio ambient ztunnel: reports `unknown` for plaintext at the destination.
    case ztunnel
    /// An Istio ambient waypoint Envoy (`reporter="waypoint"`).
    case waypoint
    /// A Linkerd proxy (`tls` labels).
    case linkerd
    /// A plain Envoy without Istio's labels (only `ssl.*` and certificate stats).
    case envoy

    private var rank: Int {
        switch self {
        case .sidecar: 0
        case .ztunnel: 1
        case .waypoint: 2
        case .linkerd: 3
        case .envoy: 4
        }
    }

    package static func < (lhs: ProxyKind, rhs: ProxyKind) -> Bool { lhs.rank < rhs.rank }
}

/// Which side of a connection reported a series.
package enum Reporter: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The serving side (Istio `destination`, Linkerd `inbound`): decides the security class.
    case destination
    /// An ambient waypoint on the serving path: decides the security class like a destination.
    case waypoint
    /// The calling side (Istio `source`, Linkerd `outbound`): never decides the security class.
    case source

    /// Whether reports of this side decide the ``SecurityClass``.
    package var decidesClass: Bool { self != .source }

    private var rank: Int {
        switch self {
        case .destination: 0
        case .waypoint: 1
        case .source: 2
        }
    }

    package static func < (lhs: Reporter, rhs: Reporter) -> Bool { lhs.rank < rhs.rank }
}
