/// How much a finding matters, from informational to critical; ordered by gravity.
package enum FindingSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Worth knowing; nothing breaks.
    case info
    /// Migration debt or a configuration smell.
    case warning
    /// Traffic fails, or the policy does not do what the operator thinks.
    case critical

    /// The next level up (critical stays critical): used for a plaintext source new in the window.
    package var raised: FindingSeverity {
        switch self {
        case .info: .warning
        case .warning, .critical: .critical
        }
    }

    /// Orders info < warning < critical.
    package static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The severity of plaintext arriving at a port whose effective mode is `mode`: critical into STRICT
    /// (the policy is not doing what the operator thinks), a warning into PERMISSIVE (migration debt),
    /// informational into DISABLE; raised one level when the source is new in the window.
    package static func plaintext(into mode: MutualTLSMode, isNewSource: Bool) -> FindingSeverity {
        let base: FindingSeverity =
            switch mode {
            case .strict: .critical
            case .permissive: .warning
            case .disable: .info
            }
        return isNewSource ? base.raised : base
    }
}
