import MeshtopModel

/// Mesh-wide figures the summary lines show, computed once per model update rather than per frame.
package struct ModelTotals: Sendable {
    /// Request rates of the whole mesh by class.
    package var requests = ClassCounts.zero
    /// Firing alerts by severity.
    package var alertCounts: [AlertSeverity: Int] = [:]
    /// Alerts firing.
    package var firingAlerts = 0
    /// Alerts resolved.
    package var resolvedAlerts = 0
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
        // Counted by position rather than by hashing a key per alert or certificate: there are few kinds and
        // many of them. Read in place through the buffer rather than copied one by one.
        var bySeriousness = Array(repeating: 0, count: AlertSeverity.allCases.count)
        model.alerts.withUnsafeBufferPointer { alerts in
            for position in alerts.indices where alerts[position].resolvedAt == nil {
                bySeriousness[alerts[position].severity.seriousness] += 1
            }
        }
        for (seriousness, count) in bySeriousness.enumerated() where count > 0 {
            alertCounts[AlertSeverity.allCases[seriousness]] = count
        }
        firingAlerts = bySeriousness.reduce(0, +)
        resolvedAlerts = model.alerts.count - firingAlerts
        insecureEdgeCount = model.edgeIndex.insecure.count
        insecureEdgeRate = model.edgeIndex.insecure.reduce(0) { $0 + model.edges[$1].requestRate }
        // The most urgent certificate, the soonest among equally urgent ones, each marked once.
        var counts = Array(repeating: 0, count: ExpiryMark.legend.count)
        let soonest = model.certificates.withUnsafeBufferPointer { certificates in
            var soonest: (position: Int, mark: ExpiryMark)?
            for position in certificates.indices {
                let mark = certificates[position].mark(at: now)
                if let place = mark.legendPosition { counts[place] += 1 }
                if let best = soonest,
                    !CertificateSummary.isShown(
                        mark,
                        expiringAt: certificates[position].expiresAt,
                        before: best.mark,
                        expiringAt: certificates[best.position].expiresAt
                    )
                {
                    continue
                }
                soonest = (position, mark)
            }
            return soonest
        }
        for (place, count) in counts.enumerated() where count > 0 {
            certificateCounts[ExpiryMark.legend[place]] = count
        }
        soonestCertificate = soonest.map { model.certificates[$0.position] }
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
