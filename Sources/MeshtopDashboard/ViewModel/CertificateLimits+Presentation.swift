import MeshtopModel

extension CertificateLimits {
    /// The limits of hand-built view models, which carry no model thresholds: warning within 7 days, critical
    /// within 24 hours. Snapshots always carry the model's own limits for each kind.
    package static let unspecified = CertificateLimits(warning: 7 * 86_400, critical: 86_400)

    /// Below this many seconds left an OK certificate is marked SOON: twice the warning limit.
    ///
    /// The model has no such step (it alerts from the warning limit on); the dashboard adds it so that a
    /// certificate nearing its warning limit stands out before it alerts.
    package var notice: Int64 {
        let (twice, overflow) = warning.multipliedReportingOverflow(by: 2)
        return overflow ? (warning < 0 ? .min : .max) : twice
    }

    /// `warn 2h crit 30m`: shown beside each certificate, so that a 47 min workload certificate at WARN next
    /// to a 4 d CA certificate at CRIT reads right.
    package var text: String {
        "warn " + Format.duration(seconds: warning) + " crit " + Format.duration(seconds: critical)
    }
}
