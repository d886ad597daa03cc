import Foundation
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import Testing

/// The readiness screen shows each namespace's step of the STRICT plan, and `y` copies its YAML.
@Suite struct ReadinessPlanTests {
    @Test func `a ready namespace's step is a STRICT PeerAuthentication whose YAML y copies`() throws {
        let policies = SampleReplayTests.recording.replacingOccurrences(of: "mesh.mtrec.gz", with: "policies.yaml")
        let loaded = try PolicyFiles.loadPolicies([policies])
        let policy = DashboardPolicy(
            policy: loaded.meshPolicy(rootNamespace: MeshPolicy.defaultRootNamespace),
            pods: [],
            manifests: loaded.manifests
        )
        let session = ReplaySession(
            reader: try RecordingReader(path: SampleReplayTests.recording),
            policy: policy,
            start: .paused(at: .relative(600_000))
        )
        let view = try #require(session.view())
        let bookinfo = try #require(view.model.namespaces.first { $0.name == "bookinfo" })
        #expect(bookinfo.planStep?.hasPrefix("switch to STRICT") == true, "\(bookinfo.planStep ?? "nil")")
        let yaml = try #require(bookinfo.planYAML)
        #expect(yaml.contains("kind: PeerAuthentication"))
        #expect(yaml.contains("mode: STRICT"))
        let payments = try #require(view.model.namespaces.first { $0.name == "payments" })
        #expect(payments.planStep?.hasPrefix("fix first") == true, "\(payments.planStep ?? "nil")")

        var state = AppState(model: view.model, width: 200, height: 40)
        state.apply(.key(.character("7")))
        let position = try #require(
            (0..<state.rows().count).first { state.rows().row(at: $0)?.cells.first?.text == "bookinfo" }
        )
        for _ in 0..<position { state.apply(.key(.down)) }
        state.apply(.key(.character("y")))
        #expect(state.requests.last == .copy(yaml))
        #expect(DashboardRenderer.render(state).plainText().contains("PLAN STEP"))
    }
}
