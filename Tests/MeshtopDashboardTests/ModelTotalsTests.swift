import MeshtopDashboard
import MeshtopModel
import Testing

/// The mesh-wide figures the summary lines show, computed once per model update.
struct ModelTotalsTests {
    @Test func alertsAreCountedByStateAndTheFiringOnesBySeverity() {
        let totals = SampleModel.state(width: 120, height: 40).totals
        #expect(totals.firingAlerts == 4)
        #expect(totals.resolvedAlerts == 1)
        #expect(totals.alertCounts == [.critical: 2, .warning: 1, .info: 1])
    }

    @Test func certificatesAreCountedByMarkAndTheMostUrgentIsTheSoonestAmongTheExpired() {
        let state = SampleModel.state(width: 120, height: 40)
        let now = state.referenceTime
        let certificates = SampleModel.model.certificates
        var expected: [ExpiryMark: Int] = [:]
        for certificate in certificates { expected[certificate.mark(at: now), default: 0] += 1 }
        #expect(state.totals.certificateCounts == expected)
        #expect(state.totals.soonestCertificate?.workload == "old")
        #expect(state.totals.soonestCertificate?.mark(at: now).urgency == .expired)
    }

    @Test func theMostUrgentCertificateWinsOverASoonerOneAndTheSoonerWinsAmongEquals() {
        let now: Int64 = 1_795_000_000_000
        let hour: Int64 = 3_600_000
        let workloadLimits = CertificateLimits(warning: 2 * 3_600, critical: 1_800)
        let caLimits = CertificateLimits(warning: 30 * 86_400, critical: 7 * 86_400)
        func certificate(_ workload: String, in hours: Int64, _ limits: CertificateLimits) -> CertificateSummary {
            CertificateSummary(
                namespace: "shop",
                workload: workload,
                kind: "workload",
                expiresAt: now + hours * hour,
                limits: limits
            )
        }
        // A 47 min workload certificate is WARN; CA certificates 4 d and 3 d out are CRIT, so they come first
        // though they expire later, and the sooner of the two is the one shown.
        let certificates = [
            certificate("warned", in: 1, workloadLimits),
            certificate("critical-later", in: 96, caLimits),
            certificate("critical-sooner", in: 72, caLimits),
            certificate("fine", in: 20, workloadLimits),
        ]
        for order in [certificates, certificates.reversed()] {
            let state = AppState(
                model: DashboardModel(dataTime: now, certificates: order),
                width: 120,
                height: 40
            )
            #expect(state.totals.soonestCertificate?.workload == "critical-sooner")
            #expect(
                state.totals.certificateCounts == [
                    ExpiryMark(.critical): 2, ExpiryMark(.warning): 1, ExpiryMark(.ok): 1,
                ]
            )
        }
    }

    @Test func everyMarkOfTheLegendKnowsItsPlaceInIt() {
        #expect(ExpiryMark.legend.map(\.legendPosition) == Array(0..<ExpiryMark.legend.count))
        #expect(ExpiryMark(.invalid).legendPosition == nil)
    }
}
