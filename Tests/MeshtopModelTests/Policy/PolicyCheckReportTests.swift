import Testing

@testable import MeshtopModel

@Suite("Check report")
struct PolicyCheckReportTests {
    private let policy = MeshPolicy(
        peerAuthentications: [
            PeerAuthentication(namespace: "istio-system", name: "default", mode: .permissive),
            PeerAuthentication(namespace: "payments", name: "strict-api", selector: ["app": "ledger"], mode: .strict),
        ],
        destinationRules: [
            DestinationRule(namespace: "payments", name: "ledger", host: "ledger", tls: .init(mode: .simple))
        ]
    )
    private let ledger = PolicyWorkload(
        namespace: "payments",
        name: "ledger",
        labels: ["app": "ledger"],
        labelSource: .pods
    )
    private let batch = InboundTraffic.Source(namespace: "legacy", workload: "batch", hasProxy: true)

    @Test("The report lists modes, verdicts and findings, and fails at the threshold")
    func reportContents() {
        let inbound = [
            InboundTraffic(
                source: batch,
                destinationNamespace: "payments",
                destinationWorkload: "fx",
                mutualTLS: 50,
                plaintext: 3
            )
        ]
        let report = PolicyCheckReport(
            .init(policy: policy, workloads: [ledger], workloadsAreComplete: true, inbound: inbound)
        )
        #expect(
            report.mesh == .init(.init(mode: .permissive, origin: .meshPolicy(policy.peerAuthentications[0].reference)))
        )
        #expect(report.namespaces.map(\.name) == ["payments"])
        #expect(report.namespaces[0].readiness == "BLOCKED (1)")
        #expect(report.namespaces[0].blockers.map(\.destination) == ["payments/fx"])
        #expect(report.workloads.map(\.name) == ["fx", "ledger"])
        #expect(report.workloads.map(\.readiness) == ["BLOCKED (1)", "ALREADY STRICT"])
        #expect(report.findings.map(\.finding.code) == [.destinationRuleBreaksStrict, .plaintextIntoPermissive])
        #expect(report.failed)
        #expect(report.exitStatus == 1)
    }

    @Test("Suppressed findings do not fail the run but are counted")
    func suppression() throws {
        let rule = try #require(FindingSuppression(parsing: "MT101=payments/ledger"))
        let report = PolicyCheckReport(.init(policy: policy, workloads: [ledger], suppressions: [rule]))
        #expect(report.findings.isEmpty)
        #expect(report.suppressedCount == 1)
        #expect(!report.failed)
        #expect(report.resultLine == "PASS: 0 finding(s) at or above critical (0 shown, 1 suppressed)")
    }

    @Test("The text report shows origins and escapes control characters")
    func text() {
        let hostile = PolicyWorkload(
            namespace: "payments",
            name: "led\u{1B}[2Jger",
            labels: ["app": "ledger"],
            labelSource: .pods
        )
        let text = PolicyCheckReport(.init(policy: policy, workloads: [hostile])).text()
        #expect(text.contains("STRICT (workload policy payments/strict-api)"))
        #expect(text.contains("led\\u{1b}[2Jger"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasSuffix("FAIL: 1 finding(s) at or above critical (1 shown, 0 suppressed)\n"))
    }
}
