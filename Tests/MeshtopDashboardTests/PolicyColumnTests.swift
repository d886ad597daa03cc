import MeshtopDashboard
import MeshtopModel
import Testing

/// Policies seen through the dashboard: MODE with its origin, the READY? verdict, weighted alerts.
struct PolicyColumnTests {
    static let snapshot: MeshSnapshot = {
        var snapshot = SnapshotAdapterTests.snapshot(rates: false)
        snapshot.namespaces = [
            NamespaceSummary(
                name: "payments",
                traffic: TrafficCounts(requests: ClassCounts(mutualTLS: 90, plaintext: 10)),
                plaintextSources: ["checkout/web"],
                workloadCount: 1
            )
        ]
        return snapshot
    }()

    static func model(_ peerAuthentications: [PeerAuthentication]) -> DashboardModel {
        let policy = MeshPolicy(peerAuthentications: peerAuthentications)
        return DashboardModel(snapshot: snapshot, policy: PolicyOverlay(snapshot: snapshot, policy: policy))
    }

    static func namespaceRow(_ model: DashboardModel, _ name: String) -> [String: String] {
        let table = AppState(model: model, width: 140, height: 30).rows()
        let titles = table.data.columns.map(\.title)
        guard let row = table.data.rows.first(where: { $0.cells.first?.text == name }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(titles, row.cells.map(\.text)))
    }

    @Test func plaintextIntoAPermissiveNamespaceBlocksStrictAndShowsWhereTheModeComesFrom() {
        let model = Self.model([PeerAuthentication(namespace: "payments", name: "default", mode: .permissive)])
        let row = Self.namespaceRow(model, "payments")
        #expect(row["MODE"] == "PERMISSIVE")
        #expect(row["READY?"]?.hasPrefix("BLOCKED") == true)
        let api = model.workloads.first { $0.id == SnapshotAdapterTests.api }
        #expect(api?.mode == .permissive)
        #expect(api?.modeOrigin == "namespace policy default")
        var state = AppState(model: model, width: 140, height: 30)
        state.location = .workload(SnapshotAdapterTests.api)
        let summary = DashboardRenderer.render(state).lines().first { $0.contains("Workload payments/api") }
        #expect(summary?.contains("mode PERMISSIVE (namespace policy default)  STRICT? BLOCKED") == true)
    }

    @Test func aStrictMeshPolicyIsAlreadyStrictAndRaisesPlaintextToCritical() {
        let model = Self.model([PeerAuthentication(namespace: "istio-system", name: "default", mode: .strict)])
        #expect(Self.namespaceRow(model, "payments")["READY?"] == "STRICT")
        #expect(model.workloads.first?.modeOrigin == "mesh policy istio-system/default")
        #expect(model.alerts.first?.severity == .critical)
    }

    @Test func aDisabledNamespaceMakesPlaintextIntoItOnlyInformation() {
        let model = Self.model([PeerAuthentication(namespace: "payments", name: "default", mode: .disable)])
        #expect(Self.namespaceRow(model, "payments")["MODE"] == "DISABLE")
        #expect(model.alerts.first?.severity == .info)
    }

    @Test func theReadinessScreenNamesThePlaintextCallerThatBlocksStrict() throws {
        let model = Self.model([PeerAuthentication(namespace: "payments", name: "default", mode: .permissive)])
        #expect(model.hasPolicy)
        let blocker = try #require(model.namespaces.first { $0.name == "payments" }?.readiness?.blockers.first)
        #expect(blocker.kind == .plaintextCaller)
        #expect(blocker.destinationWorkload == SnapshotAdapterTests.api)
        var state = AppState(model: model, width: 160, height: 30)
        state.apply(.key(.character("7")))
        let row = try #require(DashboardRenderer.render(state).lines().first { $0.hasPrefix("payments") })
        #expect(row.contains("BLOCKED (1)"))
        #expect(row.contains("namespace policy default"))
        #expect(row.contains("\(blocker.source) → payments/api"))
        #expect(!DashboardModel(snapshot: Self.snapshot).hasPolicy)
    }

    @Test func withoutPoliciesNeitherColumnIsShown() {
        let table = AppState(model: DashboardModel(snapshot: Self.snapshot), width: 140, height: 30).rows()
        let titles = table.data.columns.map(\.title)
        #expect(!titles.contains("READY?") && !titles.contains("MODE"))
    }
}
