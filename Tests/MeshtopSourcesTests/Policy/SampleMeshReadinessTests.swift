import Foundation
import MeshtopModel
import Testing

@testable import MeshtopSources

/// STRICT readiness on the bundled sample mesh (`sample-telemetry/mesh.mtrec.gz`) at points of its story:
/// legacy callers send plaintext to `payments` until minute 15, when `payments` flips to STRICT; by
/// minute 25 the callers have sidecars. Throughout, `bookinfo/reviews-v3` calls `legacy/inventory`, which
/// has no proxy.
@Suite("Readiness on the sample mesh")
struct SampleMeshReadinessTests {
    private static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("sample-telemetry")
    private static let recording = sample.appendingPathComponent("mesh.mtrec.gz").path
    /// The policies shipped with the sample, which the dashboard loads when it shows the sample.
    private static let bundledPolicies = sample.appendingPathComponent("policies.yaml").path

    private func check(_ policies: String, from: String? = nil, to: String? = nil) throws -> PolicyCheckReport {
        try check(path: PolicyFixtures.path(policies), from: from, to: to)
    }

    private func check(path policies: String, from: String? = nil, to: String? = nil) throws -> PolicyCheckReport {
        let model = MeshModel()
        let window = TelemetryWindow(
            from: try from.map { try TimeExpression(parsing: $0) },
            to: try to.map { try TimeExpression(parsing: $0) }
        )
        #expect(try window.load([Self.recording], into: model) > 0)
        let snapshot = model.snapshot()
        let policy = try PolicyFiles.loadPolicies([policies])
        return PolicyCheckReport(
            .init(
                policy: policy.meshPolicy(rootNamespace: MeshPolicy.defaultRootNamespace),
                workloads: PolicyWorkload.all(in: snapshot, pods: []),
                inbound: InboundTraffic.all(in: snapshot),
                criteria: .init(newSourceAfter: InboundTraffic.newSourceThreshold(in: snapshot))
            )
        )
    }

    private func namespace(_ name: String, in report: PolicyCheckReport) throws -> PolicyCheckReport.NamespaceEntry {
        try #require(report.namespaces.first { $0.name == name })
    }

    /// The findings about `payments` workloads.
    private func paymentsFindings(in report: PolicyCheckReport) -> [PolicyFinding] {
        report.findings.map(\.finding).filter { $0.subject.hasPrefix("payments/") }
    }

    /// The one finding every window has: reviews-v3's calls into the proxy-less legacy/inventory.
    private func expectOnlyInventoryFindingBesides(_ payments: [PolicyFinding], in report: PolicyCheckReport) {
        let others = report.findings.map(\.finding).filter { !$0.subject.hasPrefix("payments/") }
        #expect(others.map(\.code) == [.plaintextIntoPermissive])
        #expect(others.map(\.subject) == ["legacy/inventory"])
        #expect(others.allSatisfy { $0.severity == .warning && $0.message.contains("runs no proxy") })
        #expect(report.findings.count == payments.count + 1)
    }

    @Test("A window keeps exactly the frames between its ends, relative to the recording's start")
    func windowBounds() throws {
        #expect(try TelemetryWindow().load([Self.recording], into: MeshModel()) == 360)
        // A tick's three scrapes lie within 0.2 s of each other; 60 ticks end at 14:45 plus that.
        let firstQuarter = TelemetryWindow(to: try TimeExpression(parsing: "+14m50s"))
        #expect(try firstQuarter.load([Self.recording], into: MeshModel()) == 180)
        let cutInsideATick = TelemetryWindow(to: try TimeExpression(parsing: "+14m45s"))
        #expect(try cutInsideATick.load([Self.recording], into: MeshModel()) == 178)
        let lastMinute = TelemetryWindow(from: try TimeExpression(parsing: "+29m"))
        #expect(try lastMinute.load([Self.recording], into: MeshModel()) == 12)
    }

    @Test("Before the flip, payments is blocked by the unmeshed legacy callers; bookinfo is ready")
    func beforeTheFlip() throws {
        let report = try check("story-before-flip.yaml", to: "+14m50s")
        let payments = try namespace("payments", in: report)
        #expect(payments.readiness == "BLOCKED (2)")
        #expect(payments.blockers.map(\.kind) == [.unmeshedCaller, .unmeshedCaller])
        #expect(payments.blockers.map(\.destination) == ["payments/api", "payments/ledger"])
        #expect(payments.mode.origin == "namespace policy default")
        #expect(try namespace("bookinfo", in: report).readiness == "READY")
        #expect(try namespace("bookinfo", in: report).mode.origin == "mesh default")
        let findings = paymentsFindings(in: report)
        #expect(findings.map(\.code) == [.plaintextIntoPermissive, .plaintextIntoPermissive])
        #expect(findings.map(\.subject) == ["payments/api", "payments/ledger"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        expectOnlyInventoryFindingBesides(findings, in: report)
        #expect(!report.failed)
    }

    @Test("Judged against STRICT, the same plaintext is critical: callers without a proxy would break")
    func strictPolicyOverPlaintextWindow() throws {
        let report = try check("story-after-flip.yaml", to: "+14m50s")
        #expect(try namespace("payments", in: report).readiness == "ALREADY STRICT")
        let payments = paymentsFindings(in: report)
        #expect(payments.map(\.code) == [.unmeshedCallerIntoStrict, .unmeshedCallerIntoStrict])
        expectOnlyInventoryFindingBesides(payments, in: report)
        #expect(report.failed)
    }

    @Test("After the flip, payments is STRICT and no plaintext arrives")
    func afterTheFlip() throws {
        let report = try check("story-after-flip.yaml", from: "+15m", to: "+23m50s")
        #expect(try namespace("payments", in: report).readiness == "ALREADY STRICT")
        #expect(paymentsFindings(in: report).isEmpty)
        expectOnlyInventoryFindingBesides([], in: report)
        #expect(!report.failed)
    }

    @Test("Once the callers have sidecars, payments would have been ready without breaking anyone")
    func afterTheCallersAreMeshed() throws {
        let report = try check("story-before-flip.yaml", from: "+26m")
        #expect(try namespace("payments", in: report).readiness == "READY")
        let api = try #require(report.workloads.first { $0.namespace == "payments" && $0.name == "api" })
        #expect(api.readiness == "READY")
        #expect(paymentsFindings(in: report).isEmpty)
        expectOnlyInventoryFindingBesides([], in: report)
    }

    @Test("The bundled policies block payments while its callers send plaintext, and not after they are meshed")
    func bundledPoliciesTellTheMigration() throws {
        let before = try check(path: Self.bundledPolicies, to: "+14m")
        let payments = try namespace("payments", in: before)
        #expect(payments.mode.mode == .permissive)
        #expect(payments.mode.origin == "namespace policy default")
        #expect(payments.readiness == "BLOCKED (2)")
        #expect(payments.blockers.map(\.kind) == [.unmeshedCaller, .unmeshedCaller])
        #expect(payments.blockers.map(\.destination) == ["payments/api", "payments/ledger"])
        #expect(payments.blockers.allSatisfy { $0.source == "unknown/unknown" && $0.observations > 0 })

        let recovered = try check(path: Self.bundledPolicies, from: "+26m")
        #expect(try namespace("payments", in: recovered).readiness == "READY")
        #expect(try namespace("payments", in: recovered).blockers.isEmpty)
    }

    @Test("Under the bundled policies bookinfo is ready and legacy, without sidecars, is blocked throughout")
    func bundledPoliciesForTheOtherNamespaces() throws {
        for window in [(from: nil, to: "+14m"), (from: "+26m", to: nil)] as [(from: String?, to: String?)] {
            let report = try check(path: Self.bundledPolicies, from: window.from, to: window.to)
            let bookinfo = try namespace("bookinfo", in: report)
            #expect(bookinfo.readiness == "READY")
            #expect(bookinfo.mode.origin == "mesh policy istio-system/default")
            let legacy = try namespace("legacy", in: report)
            #expect(legacy.blockers.map(\.kind) == [.destinationRuleDisablesTLS, .destinationWithoutProxy])
            #expect(legacy.blockers.allSatisfy { $0.destination == "legacy/inventory" })
            #expect(legacy.blockers.last?.source == "bookinfo/reviews-v3")
            #expect(!report.failed)
        }
    }
}
