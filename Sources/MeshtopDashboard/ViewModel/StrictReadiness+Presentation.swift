import MeshtopModel

extension StrictReadiness {
    /// The word shown in tables: `READY`, `BLOCKED 3`, `NO DATA`, `STRICT`.
    package var word: String {
        switch self {
        case .ready: return "READY"
        case .blocked(let blockers): return "BLOCKED \(blockers.count)"
        case .noData: return "NO DATA"
        case .alreadyStrict: return "STRICT"
        }
    }

    /// The verdict in full on the readiness screens: the model's own words (`BLOCKED (3)`, `ALREADY STRICT`).
    package var title: String { description }

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
        case .blocked(let blockers): return 1000 + Double(blockers.count)
        case .noData: return 2
        case .ready: return 1
        case .alreadyStrict: return 0
        }
    }

    /// Whether the verdict is blocked, whoever blocks.
    package var isBlocked: Bool {
        if case .blocked = self { return true }
        return false
    }
}
