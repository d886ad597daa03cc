import MeshtopDashboard
import MeshtopModel
import Testing

/// The view model takes any snapshot: times at the ends of Int64 leave a certificate out instead of trapping.
struct OutOfRangeSnapshotTests {
    static let api = WorkloadID(namespace: "payments", name: "api")

    static func snapshot(time: Int64, notAfter: Int64) -> MeshSnapshot {
        MeshSnapshot(
            time: time,
            windowStart: time,
            windowEnd: time,
            isWindow: false,
            namespaces: [NamespaceSummary(name: "payments", earliestCertificateExpiry: notAfter, workloadCount: 1)],
            workloads: [WorkloadSummary(id: api, earliestCertificateExpiry: notAfter)],
            certificates: [
                CertificateRecord(
                    namespace: "payments",
                    workload: "api",
                    kind: .workload,
                    name: "default",
                    notAfter: notAfter,
                    secondsLeft: nil,
                    urgency: .ok,
                    source: "api.prom"
                )
            ]
        )
    }

    @Test(
        arguments: [(Int64.min, Int64.max), (Int64.max, Int64.min), (1_787_320_935_000, Int64.max)] as [(Int64, Int64)]
    )
    func certificatesBeyondTheRangeAreLeftOut(time: Int64, notAfter: Int64) {
        let model = DashboardModel(snapshot: Self.snapshot(time: time, notAfter: notAfter))
        #expect(model.certificates.isEmpty)
        #expect(model.workloads.first?.soonestCertificate == nil)
        #expect(model.namespaces.first?.soonestCertificate == nil)
    }

    @Test func aCertificateInRangeStillCountsDownAtAnyTime() {
        let notAfter: Int64 = 1_787_320_935 + 3_600
        let model = DashboardModel(snapshot: Self.snapshot(time: .max, notAfter: notAfter))
        #expect(model.certificates.first?.expiresAt == notAfter * 1000)
        #expect(model.workloads.first?.soonestCertificate.map { $0 < 0 } == true)
    }
}
