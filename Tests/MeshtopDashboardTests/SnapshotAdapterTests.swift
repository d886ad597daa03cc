import MeshtopDashboard
import MeshtopModel
import Testing

/// The adapter from the mesh model's snapshot to the dashboard's view model.
struct SnapshotAdapterTests {
    static let time: Int64 = 1_787_320_935_000
    static let api = WorkloadID(namespace: "payments", name: "api")
    static let web = WorkloadID(namespace: "checkout", name: "web")

    static func snapshot(rates: Bool) -> MeshSnapshot {
        let mixed = TrafficCounts(requests: ClassCounts(mutualTLS: 90, plaintext: 10))
        let secured = TrafficCounts(requests: ClassCounts(mutualTLS: 5), tcpConnections: ClassCounts(mutualTLS: 2))
        return MeshSnapshot(
            time: time,
            windowStart: time - 60_000,
            windowEnd: time,
            isWindow: rates,
            meshRates: rates ? mixed : nil,
            workloads: [
                WorkloadSummary(
                    id: api,
                    traffic: mixed,
                    rates: rates ? mixed : nil,
                    handshakeFailures: HandshakeFailures(
                        inbound: HandshakeCounts(byReason: [.failVerifyNoCert: 3, .noCertificate: 7])
                    ),
                    principals: ["spiffe://cluster.local/ns/payments/sa/api"],
                    insecureSources: ["unknown/unknown"],
                    earliestCertificateExpiry: time / 1000 + 3_600
                )
            ],
            edges: [
                Edge(source: web, destination: api, traffic: mixed, firstSeen: time, lastSeen: time),
                Edge(source: api, destination: web, traffic: secured, firstSeen: time, lastSeen: time),
            ],
            certificates: [
                CertificateRecord(
                    namespace: "payments",
                    workload: "api",
                    kind: .workload,
                    name: "default",
                    notAfter: time / 1000 + 3_600,
                    secondsLeft: 3_600,
                    urgency: .critical,
                    source: "api.prom"
                ),
                CertificateRecord(
                    namespace: "payments",
                    workload: "ledger",
                    kind: .workload,
                    name: "default",
                    notAfter: nil,
                    secondsLeft: nil,
                    urgency: .notIssued,
                    source: "ledger.prom"
                ),
            ],
            alerts: [
                Alert(
                    code: .plaintextIntoWorkload,
                    severity: .critical,
                    namespace: "payments",
                    workload: "api",
                    summary: "plaintext from 1 source",
                    firstSeen: time - 5_000,
                    lastSeen: time
                )
            ]
        )
    }

    @Test func edgesAreClassedByTheirWorstTraffic() {
        let model = DashboardModel(snapshot: Self.snapshot(rates: false))
        #expect(model.edges.map(\.securityClass) == [.plaintext, .mutualTLS])
        #expect(model.edges[0].requestRate == 100)
        #expect(model.edges[1].connectionRate == 2)
    }

    @Test func singleScrapesAreMarkedAsTotalsAndWindowsAsRates() {
        #expect(DashboardModel(snapshot: Self.snapshot(rates: false)).isCumulative)
        #expect(!DashboardModel(snapshot: Self.snapshot(rates: true)).isCumulative)
        let state = AppState(model: DashboardModel(snapshot: Self.snapshot(rates: false)), width: 120, height: 30)
        let header = DashboardRenderer.render(state).lines().first { $0.hasPrefix("NAMESPACE") } ?? ""
        #expect(header.contains("PLAIN") && !header.contains("/S"))
    }

    @Test func failedHandshakesPerSecondComeFromThePerSecondFieldNeverFromTheCountBehindIt() {
        var snapshot = Self.snapshot(rates: true)
        snapshot.workloads[0].handshakeFailuresPerSecond = 0.25
        var namespace = NamespaceSummary(name: "payments", rates: .zero, workloadCount: 1)
        namespace.handshakeFailures = 10
        namespace.handshakeFailuresPerSecond = 0.5
        snapshot.namespaces = [namespace]
        let windowed = DashboardModel(snapshot: snapshot)
        #expect(windowed.workloads.first?.handshakeFailures == 0.25)
        #expect(windowed.namespaces.first?.handshakeFailures == 0.5)
        let row = PolicyColumnTests.namespaceRow(windowed, "payments")
        #expect(row["HSFAIL/S"] == "0.5")
        // A single scrape has no rates: its counts are shown, under titles without `/S`.
        let scrape = DashboardModel(snapshot: Self.snapshot(rates: false))
        #expect(scrape.workloads.first?.handshakeFailures == 3)
    }

    @Test func handshakeFailuresKeepOnlyRealFailuresWithTheirExplanation() {
        let failures = DashboardModel(snapshot: Self.snapshot(rates: false)).handshakeFailures
        #expect(failures.map(\.reason) == ["fail_verify_no_cert"])
        #expect(failures.first?.rate == 3)
        #expect(failures.first?.explanation == HandshakeFailureReason.failVerifyNoCert.explanation)
    }

    @Test func certificatesWithoutExpiryAreLeftOutAndTimesBecomeMilliseconds() {
        let model = DashboardModel(snapshot: Self.snapshot(rates: false))
        #expect(model.certificates.count == 1)
        #expect(model.certificates.first?.expiresAt == Self.time + 3_600_000)
        #expect(model.workloads.first?.soonestCertificate == 3_600)
    }

    @Test func alertsKeepSeverityCodeAndWorkload() {
        let alert = DashboardModel(snapshot: Self.snapshot(rates: false)).alerts.first
        #expect(alert?.severity == .critical)
        #expect(alert?.workload == WorkloadID(namespace: "payments", name: "api"))
        #expect(alert?.message == "MTLS001 plaintext from 1 source")
    }

    @Test func certificateUrgencyFollowsTheModelsThresholdsForEachKind() {
        func record(_ kind: CertificateKind, workload: String?, hoursLeft: Int64) -> CertificateRecord {
            CertificateRecord(
                namespace: "payments",
                workload: workload,
                kind: kind,
                name: kind.rawValue,
                notAfter: Self.time / 1000 + hoursLeft * 3600,
                secondsLeft: hoursLeft * 3600,
                urgency: .ok,
                source: "test"
            )
        }
        var snapshot = Self.snapshot(rates: false)
        snapshot.namespaces = [NamespaceSummary(name: "payments")]
        snapshot.certificates = [
            // A 24 h Istio workload certificate at 20 h left is healthy; at 90 min it needs attention.
            record(.workload, workload: "api", hoursLeft: 20),
            record(.workload, workload: "ledger", hoursLeft: 1),
            // A cert-manager certificate is critical within 7 days, although it has more time left.
            record(.certManager, workload: nil, hoursLeft: 5 * 24),
        ]
        let model = DashboardModel(snapshot: snapshot)
        let urgency = Dictionary(
            uniqueKeysWithValues: model.certificates.map {
                ($0.kind + "/" + ($0.workload ?? "-"), $0.mark(at: Self.time).urgency)
            }
        )
        #expect(urgency["workload/api"] == .ok)
        #expect(urgency["workload/ledger"] == .warning)
        #expect(urgency["cert-manager/-"] == .critical)
        // The namespace shows its most urgent certificate, not merely the soonest to expire.
        let namespace = model.namespaces.first { $0.name == "payments" }
        #expect(namespace?.soonestCertificate == Int64(5 * 24 * 3600))
        #expect(model.workloads.first { $0.id == Self.api }?.soonestCertificate == Int64(20 * 3600))
    }
}

/// A certificate is one row however many sources report it.
struct CertificateMergeTests {
    static let time = SnapshotAdapterTests.time

    static func record(source: String, notAfter: Int64) -> CertificateRecord {
        CertificateRecord(
            namespace: "payments",
            workload: "api",
            kind: .workload,
            name: "default",
            notAfter: notAfter,
            secondsLeft: notAfter - time / 1000,
            urgency: .critical,
            source: source
        )
    }

    static func model(_ records: [CertificateRecord]) -> DashboardModel {
        var snapshot = SnapshotAdapterTests.snapshot(rates: false)
        snapshot.certificates = records
        return DashboardModel(snapshot: snapshot)
    }

    @Test func `the same certificate seen through two sources is one row with both sources`() {
        let expiry = Self.time / 1000 + 3_600
        let model = Self.model([
            Self.record(source: "a.prom", notAfter: expiry), Self.record(source: "b.prom", notAfter: expiry),
        ])
        #expect(model.certificates.count == 1)
        #expect(model.certificates.first?.sources == ["a.prom", "b.prom"])

        var state = AppState(model: model, width: 200, height: 30)
        state.go(to: .certificates)
        let table = state.rows()
        #expect(table.count == 1)
        let sources = table.data.columns.firstIndex { $0.title == "SOURCES" }
        #expect(sources.flatMap { table.row(at: 0)?.cells[$0].text } == "a.prom, b.prom")
    }

    @Test func `two sources reporting different expiries are two certificates`() {
        let expiry = Self.time / 1000 + 3_600
        let model = Self.model([
            Self.record(source: "a.prom", notAfter: expiry), Self.record(source: "b.prom", notAfter: expiry + 86_400),
        ])
        #expect(model.certificates.map(\.sources) == [["a.prom"], ["b.prom"]])
    }
}
