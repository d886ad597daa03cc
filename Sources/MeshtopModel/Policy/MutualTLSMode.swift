/// The mutual TLS mode a server-side proxy enforces on inbound traffic, once inheritance is resolved.
package enum MutualTLSMode: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Plaintext only: the proxy does not terminate mutual TLS.
    case disable = "DISABLE"
    /// Both mutual TLS and plaintext are accepted (the migration mode).
    case permissive = "PERMISSIVE"
    /// Only mutual TLS is accepted.
    case strict = "STRICT"

    /// Orders modes by how much they demand: DISABLE < PERMISSIVE < STRICT.
    package static func < (lhs: MutualTLSMode, rhs: MutualTLSMode) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .disable: 0
        case .permissive: 1
        case .strict: 2
        }
    }
}
