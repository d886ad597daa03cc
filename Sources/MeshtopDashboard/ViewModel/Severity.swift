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
