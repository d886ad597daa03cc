import MeshtopModel
import MeshtopTelemetry
import Testing

/// Every class rule, one row per case: the series, and the class its traffic must land in.
@Suite struct ClassRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var sample: Sample
        var expected: ClassCounts
        var testDescription: String { name }
    }

    static let istioRows: [Row] = [
        Row(
            name: "sidecar destination mutual_tls is mTLS",
            sample: MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 7),
            expected: ClassCounts(mutualTLS: 7)
        ),
        Row(
            name: "sidecar destination none is plaintext",
            sample: MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "none", 7),
            expected: ClassCounts(plaintext: 7)
        ),
        Row(
            name: "ambient destination unknown is unverified, not safe",
            sample: MeshSamples.istio(
                "istio_tcp_connections_opened_total",
                reporter: "destination",
                from: "a/x",
                to: "b/y",
                policy: "unknown",
                7
            ),
            expected: ClassCounts(unverified: 7)
        ),
        Row(
            name: "waypoint decides like a destination",
            sample: MeshSamples.istio(reporter: "waypoint", from: "a/x", to: "b/y", policy: "none", 7),
            expected: ClassCounts(plaintext: 7)
        ),
        Row(
            name: "source-side unknown is never plaintext",
            sample: MeshSamples.istio(reporter: "source", from: "a/x", to: "b/y", policy: "unknown", 7),
            expected: ClassCounts(unknown: 7)
        ),
        Row(
            name: "source-side mutual_tls does not decide either",
            sample: MeshSamples.istio(reporter: "source", from: "a/x", to: "b/y", policy: "mutual_tls", 7),
            expected: ClassCounts(unknown: 7)
        ),
    ]

    @Test(arguments: istioRows)
    func istioEdgeClass(_ row: Row) throws {
        let snapshot = MeshModel.single([row.sample])
        let edge = try #require(snapshot.edges.first)
        #expect(edge.traffic.requests + edge.traffic.tcpConnections == row.expected)
        let destinationReported = row.expected.unknown == 0
        #expect(snapshot.mesh.requests.total + snapshot.mesh.tcpConnections.total == (destinationReported ? 7 : 0))
    }

    static let linkerdRows: [Row] = [
        Row(
            name: "tls true is mTLS",
            sample: MeshSamples.linkerd(direction: "inbound", tls: "true", 5),
            expected: ClassCounts(mutualTLS: 5)
        ),
        Row(
            name: "no_identity is plaintext",
            sample: MeshSamples.linkerd(direction: "inbound", tls: "no_identity", reason: "no_tls_from_remote", 5),
            expected: ClassCounts(plaintext: 5)
        ),
        Row(
            name: "disabled is plaintext",
            sample: MeshSamples.linkerd(direction: "inbound", tls: "disabled", 5),
            expected: ClassCounts(plaintext: 5)
        ),
        Row(
            name: "loopback is ignored",
            sample: MeshSamples.linkerd(direction: "inbound", tls: "no_identity", reason: "loopback", 5),
            expected: .zero
        ),
        Row(
            name: "the admin port 4191 is ignored",
            sample: MeshSamples.linkerd(
                direction: "inbound",
                tls: "no_identity",
                reason: "no_tls_from_remote",
                port: "4191",
                5
            ),
            expected: .zero
        ),
        Row(
            name: "inbound tcp from clients counts",
            sample: MeshSamples.linkerd(
                "tcp_open_total",
                direction: "inbound",
                tls: "true",
                extra: [("peer", "src")],
                5
            ),
            expected: ClassCounts(mutualTLS: 5)
        ),
        Row(
            name: "inbound tcp towards the app is not a second count",
            sample: MeshSamples.linkerd(
                "tcp_open_total",
                direction: "inbound",
                tls: "true",
                extra: [("peer", "dst")],
                5
            ),
            expected: .zero
        ),
    ]

    @Test(arguments: linkerdRows)
    func linkerdInboundClass(_ row: Row) {
        let snapshot = MeshModel.single([row.sample], as: WorkloadID(namespace: "shop", name: "web"))
        #expect(snapshot.mesh.requests + snapshot.mesh.tcpConnections == row.expected)
        if !row.expected.isZero {
            #expect(snapshot.workloads.map(\.id) == [WorkloadID(namespace: "shop", name: "web")])
        }
    }

    @Test func unmeshedCallersAreNamedAsSuch() throws {
        let sample = MeshSamples.istio(reporter: "destination", from: "unknown/unknown", to: "b/y", policy: "none", 3)
        let snapshot = MeshModel.single([sample])
        let edge = try #require(snapshot.edges.first)
        #expect(edge.sourceIsUnmeshed)
        #expect(snapshot.namespace(named: "b")?.plaintextSources == ["unknown/unknown"])
        #expect(snapshot.alerts.first?.summary == "b/y received 3 plaintext requests from callers outside the mesh.")
    }

    @Test func aCallerOnlyEdgeWithAnIdentifiedDestinationStillHasAProxy() throws {
        let identified = MeshSamples.istio(reporter: "source", from: "a/x", to: "b/y", policy: "unknown", 3)
        let anonymous = MeshSamples.istio(
            reporter: "source",
            from: "a/x",
            to: "b/z",
            policy: "unknown",
            3,
            destinationPrincipal: "unknown"
        )
        let snapshot = MeshModel.single([identified, anonymous])
        let byDestination = Dictionary(uniqueKeysWithValues: snapshot.edges.map { ($0.destination.name, $0) })
        #expect(try #require(byDestination["y"]).destinationHasProxy)
        #expect(try !#require(byDestination["z"]).destinationHasProxy)
        #expect(snapshot.alerts.map(\.code) == [.destinationWithoutProxy, .handshakeStatsMissing])
    }
}
