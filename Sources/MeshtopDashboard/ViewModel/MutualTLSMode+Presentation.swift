import MeshtopModel

extension MutualTLSMode {
    /// The word shown in tables: the mode as Istio spells it (`STRICT`, `PERMISSIVE`, `DISABLE`).
    package var word: String { rawValue }

    /// The style role the theme colours it with.
    package var role: StyleRole {
        switch self {
        case .strict: return .strict
        case .permissive: return .permissive
        case .disable: return .disable
        }
    }
}

extension Optional where Wrapped == MutualTLSMode {
    /// The word shown in tables; `-` when no policy was given, so no mode is known.
    package var word: String { self?.word ?? "-" }

    /// The style role the theme colours it with; dim when no mode is known.
    package var role: StyleRole { self?.role ?? .dim }
}
