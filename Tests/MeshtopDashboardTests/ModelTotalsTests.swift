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

    @Test func everyMarkOfTheLegendKnowsItsPlaceInIt() {
        #expect(ExpiryMark.legend.map(\.legendPosition) == Array(0..<ExpiryMark.legend.count))
        #expect(ExpiryMark(.invalid).legendPosition == nil)
    }
}
