import MeshtopModel

/// Mesh-wide figures the summary lines show, computed once per model update rather than per frame.
package struct ModelTotals: Sendable {
    /// Request rates of the whole mesh by class.
    package var requests = ClassCounts.zero
    /// Alerts by severity.
    package var alertCounts: [AlertSeverity: Int] = [:]
    /// Plaintext and unverified edges.
    package var insecureEdgeCount = 0
    /// Their request rate.
    package var insecureEdgeRate = 0.0
    /// The certificate that expires first.
    package var soonestCertificate: CertificateSummary?
    /// Certificates by mark relative to the reference time.
    package var certificateCounts: [ExpiryMark: Int] = [:]

    /// Computes the totals of a model relative to `now` (Unix milliseconds).
    init(model: DashboardModel, now: Int64) {
        requests = model.namespaces.reduce(.zero) { $0 + $1.requests }
        for alert in model.alerts where alert.resolvedAt == nil { alertCounts[alert.severity, default: 0] += 1 }
        insecureEdgeCount = model.edgeIndex.insecure.count
        insecureEdgeRate = model.edgeIndex.insecure.reduce(0) { $0 + model.edges[$1].requestRate }
        for certificate in model.certificates {
            if certificate.isShown(before: soonestCertificate, at: now) { soonestCertificate = certificate }
            certificateCounts[certificate.mark(at: now), default: 0] += 1
        }
    }
}

extension AppState {
    /// The mesh-wide totals of the current model, cached per model update.
    package var totals: ModelTotals { cache.totals(generation: generation, now: referenceTime, model: model) }
}

extension TableCache {
    /// The totals for a generation, computed on first use.
    func totals(generation: Int, now: Int64, model: DashboardModel) -> ModelTotals {
        if let cachedTotals, cachedTotals.generation == generation, cachedTotals.now == now {
            return cachedTotals.totals
        }
        let totals = ModelTotals(model: model, now: now)
        cachedTotals = (generation, now, totals)
        return totals
    }
}
