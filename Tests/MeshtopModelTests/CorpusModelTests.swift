import Foundation
import MeshtopModel
import MeshtopTelemetry
import Testing

/// The model over real dumps (the permissive corpus files the telemetry tests keep as fixtures).
@Suite struct CorpusModelTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MeshtopTelemetryTests/Fixtures")
    static let now: Int64 = 1_700_000_000_000

    /// Parses a fixture in chunks, as `meshtop report` does, into a fresh model.
    static func model(_ file: String, as workload: WorkloadID? = nil) throws -> (MeshModel, ParsedDump) {
        let bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(file)))
        let model = MeshModel()
        var accumulator = model.makeAccumulator(source: file, scrapeTime: now, attribution: workload)
        var parser = TelemetryParser(options: ParseOptions())
        bytes.withUnsafeBytes { all in
            var offset = 0
            while offset < all.count {
                let end = min(offset + 4096, all.count)
                parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), into: &accumulator)
                offset = end
            }
        }
        parser.finish(into: &accumulator)
        model.add(accumulator.frame)
        return (model, TelemetryParser.parse(bytes))
    }

    /// The sum of `metric` over destination-reported samples with `policy`, straight from the parsed dump.
    static func destinationTotal(_ dump: ParsedDump, _ metric: String, policy: String) -> Double {
        dump.samples
            .filter { $0.name == metric && $0[label: "reporter"] == "destination" }
            .filter { $0[label: "connection_security_policy"] == policy }
            .reduce(0) { $0 + $1.value }
    }

    @Test func anIstioSidecarDumpNamesItsOwnWorkloadAndLacksSSLStats() throws {
        let (model, dump) = try Self.model("istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom")
        let snapshot = model.snapshot()
        let reviews = WorkloadID(namespace: "default", name: "reviews-v1")
        #expect(
            snapshot.mesh.requests.mutualTLS
                == Self.destinationTotal(dump, "istio_requests_total", policy: "mutual_tls")
        )
        #expect(snapshot.mesh.requests.plaintext == 0)
        let edge = try #require(snapshot.edges.first)
        #expect(edge.source == WorkloadID(namespace: "default", name: "productpage-v1"))
        #expect(edge.destination == reviews)
        #expect(edge.proxyKinds == [.sidecar])
        let workload = try #require(snapshot.workload(reviews))
        #expect(!workload.handshakeFailures.statsPresent)
        #expect(snapshot.alerts.map(\.code) == [.handshakeStatsMissing])
        let certificate = try #require(snapshot.certificates.first)
        #expect(certificate.kind == .envoyFirstExpiring)
        #expect(certificate.workload == "reviews-v1")
        #expect(certificate.secondsLeft == 43200)
    }

    @Test func aZtunnelDumpCountsOnlyDestinationReportsAsMutualTLS() throws {
        let (model, dump) = try Self.model("istio-ambient-ztunnel-1.24-metrics-datadog.prom")
        let snapshot = model.snapshot()
        let expected = Self.destinationTotal(dump, "istio_tcp_connections_opened_total", policy: "mutual_tls")
        #expect(expected > 0)
        #expect(snapshot.mesh.tcpConnections == ClassCounts(mutualTLS: expected))
        #expect(snapshot.workloads.filter(\.hasProxy).allSatisfy { $0.proxyKinds == [.ztunnel] })
        #expect(!snapshot.alerts.contains { $0.code == .handshakeStatsMissing })
    }

    @Test func aLinkerdDumpIgnoresLoopbackAndAdminPortAndSeesTheServersIdentity() throws {
        let pod = WorkloadID(namespace: "default", name: "client")
        let (model, _) = try Self.model("linkerd-proxy-metrics-opaque-pod.prom", as: pod)
        let snapshot = model.snapshot()
        #expect(snapshot.mesh.requests == .zero)
        #expect(snapshot.mesh.tcpConnections == .zero)
        let edge = try #require(snapshot.edges.first)
        #expect(snapshot.edges.count == 1)
        #expect(edge.source == pod)
        #expect(edge.destination == WorkloadID(namespace: "linkerd-opaque-ports-test", name: "opaque-pod"))
        #expect(edge.traffic.tcpConnections == ClassCounts(unknown: 1))
        #expect(edge.destinationHasProxy)
        let identity = try #require(snapshot.certificates.first)
        #expect(identity.kind == .linkerd)
        #expect(identity.notAfter == 1_651_053_543)
        #expect(identity.urgency == .expired)
    }

    @Test func certManagerCertificatesAreListedWithTheUnissuedOneFirst() throws {
        let (model, _) = try Self.model("certmanager-controller-metrics-datadog.prom")
        let snapshot = model.snapshot()
        #expect(snapshot.certificates.map(\.name) == ["acme-cert2", "selfsigned-cert", "myingress-cert", "acme-cert"])
        #expect(snapshot.certificates.first?.urgency == .notIssued)
        #expect(snapshot.certificates.allSatisfy { $0.kind == .certManager && $0.workload == nil })
        #expect(snapshot.alerts.filter { $0.code == .certificateNotIssued }.map(\.namespace) == ["default"])
    }

    @Test func envoysNoCertificateSentinelAddsNothing() throws {
        let (model, _) = try Self.model("envoy-admin-stats-raw-multiple-services-datadog.envoy")
        #expect(model.snapshot().certificates.isEmpty)
    }
}
