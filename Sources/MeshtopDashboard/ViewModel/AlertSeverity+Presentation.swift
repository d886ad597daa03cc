import MeshtopModel

extension AlertSeverity {
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

    /// Its place from the least serious (0) to the most, for sorting and counting; its index in `allCases`.
    var seriousness: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .critical: return 2
        }
    }
}
