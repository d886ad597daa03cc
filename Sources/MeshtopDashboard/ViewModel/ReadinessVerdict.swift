/// Whether a namespace or workload could switch to STRICT now, as the READY? column shows it.
package enum ReadinessVerdict: Hashable, Sendable {
    /// Every inbound call seen was mTLS, and enough were seen.
    case ready
    /// This many callers, ports or rules would break.
    case blocked(Int)
    /// Too little traffic to tell.
    case noData
    /// STRICT is already in force.
    case alreadyStrict

    /// The word shown in tables: `READY`, `BLOCKED 3`, `NO DATA`, `STRICT`.
    package var word: String {
        switch self {
        case .ready: return "READY"
        case .blocked(let count): return "BLOCKED \(count)"
        case .noData: return "NO DATA"
        case .alreadyStrict: return "STRICT"
        }
    }

    /// The verdict in full on the readiness screen: `READY`, `BLOCKED (3)`, `NO DATA`, `ALREADY STRICT`.
    package var title: String {
        switch self {
        case .ready: return "READY"
        case .blocked(let count): return "BLOCKED (\(count))"
        case .noData: return "NO DATA"
        case .alreadyStrict: return "ALREADY STRICT"
        }
    }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .ready, .alreadyStrict: return .mtls
        case .blocked: return .plaintext
        case .noData: return .dim
        }
    }

    /// Sorts blocked first (most blockers first), then no data, ready, already strict.
    package var sortValue: Double {
        switch self {
        case .blocked(let count): return 1000 + Double(count)
        case .noData: return 2
        case .ready: return 1
        case .alreadyStrict: return 0
        }
    }
}
