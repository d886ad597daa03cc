import Foundation
import MeshtopModel
import Testing

@testable import MeshtopSources

/// STRICT readiness on the bundled sample mesh (`sample-telemetry/mesh.mtrec.gz`) at points of its story:
/// legacy callers send plaintext to `payments` until minute 15, when `payments` flips to STRICT; by
/// minute 25 the callers have sidecars.
@Suite("Readiness on the sample mesh")
struct SampleMeshReadinessTests {
    private static let recording = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("sample-telemetry/mesh.mtrec.gz")
        .path

    private func check(_ policies: String, from: String? = nil, to: String? = nil) throws -> PolicyCheckReport {
        let model = MeshModel()
        let window = TelemetryWindow(
            from: try from.map { try TimeExpression(parsing: $0) },
            to: try to.map { try TimeExpression(parsing: $0) }
        )
        #expect(try window.load([Self.recording], into: model) > 0)
        let snapshot = model.snapshot()
        let policy = try PolicyFiles.loadPolicies([PolicyFixtures.path(policies)])
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
        #expect(report.findings.map(\.finding.code) == [.plaintextIntoPermissive, .plaintextIntoPermissive])
        #expect(report.findings.allSatisfy { $0.finding.severity == .warning })
        #expect(!report.failed)
    }

    @Test("Judged against STRICT, the same plaintext is critical: callers without a proxy would break")
    func strictPolicyOverPlaintextWindow() throws {
        let report = try check("story-after-flip.yaml", to: "+14m50s")
        #expect(try namespace("payments", in: report).readiness == "ALREADY STRICT")
        #expect(report.findings.map(\.finding.code) == [.unmeshedCallerIntoStrict, .unmeshedCallerIntoStrict])
        #expect(report.failed)
    }

    @Test("After the flip, payments is STRICT and no plaintext arrives")
    func afterTheFlip() throws {
        let report = try check("story-after-flip.yaml", from: "+15m", to: "+23m50s")
        #expect(try namespace("payments", in: report).readiness == "ALREADY STRICT")
        #expect(report.findings.isEmpty)
        #expect(!report.failed)
    }

    @Test("Once the callers have sidecars, payments would have been ready without breaking anyone")
    func afterTheCallersAreMeshed() throws {
        let report = try check("story-before-flip.yaml", from: "+26m")
        #expect(try namespace("payments", in: report).readiness == "READY")
        let api = try #require(report.workloads.first { $0.namespace == "payments" && $0.name == "api" })
        #expect(api.readiness == "READY")
        #expect(report.findings.isEmpty)
    }
}
