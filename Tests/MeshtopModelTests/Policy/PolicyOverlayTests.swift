import Testing

@testable import MeshtopModel

/// The policy view over a hand-built snapshot: edges become inbound traffic, alerts are reweighted.
@Suite("Policy overlay on a snapshot")
struct PolicyOverlayTests {
    private let cart = WorkloadID(namespace: "shop", name: "cart")
    private let frontend = WorkloadID(namespace: "web", name: "frontend")

    private func snapshot(plaintextFirstSeen: Int64? = nil) -> MeshSnapshot {
        let mutual = Edge(
            source: frontend,
            sourcePrincipal: "spiffe://cluster.local/ns/web/sa/frontend",
            destination: cart,
            traffic: TrafficCounts(requests: ClassCounts(mutualTLS: 400), tcpConnections: ClassCounts(mutualTLS: 20)),
            firstSeen: 1_000,
            lastSeen: 9_000,
            reporters: [.destination]
        )
        var edges = [mutual]
        if let plaintextFirstSeen {
            edges.append(
                Edge(
                    source: .unknown,
                    destination: cart,
                    traffic: TrafficCounts(requests: ClassCounts(plaintext: 12)),
                    firstSeen: plaintextFirstSeen,
                    lastSeen: 9_000,
                    insecureFirstSeen: plaintextFirstSeen,
                    reporters: [.destination]
                )
            )
        }
        return MeshSnapshot(
            time: 9_000,
            windowStart: 1_000,
            windowEnd: 9_000,
            isWindow: true,
            workloads: [WorkloadSummary(id: cart, hasProxy: true), WorkloadSummary(id: frontend, hasProxy: true)],
            edges: EdgeList(edges),
            sources: [SourceHealth(name: "mesh", scrapes: 9, firstScrape: 1_000, lastScrape: 9_000)]
        )
    }

    private let permissiveShop = MeshPolicy(peerAuthentications: [
        PeerAuthentication(namespace: "shop", name: "default", mode: .permissive)
    ])

    @Test("An edge becomes inbound traffic with requests and connections added per class")
    func edgeToInboundTraffic() throws {
        let traffic = InboundTraffic.all(in: snapshot(plaintextFirstSeen: 5_000))
        #expect(traffic.count == 2)
        #expect(traffic[0].mutualTLS == 420)
        #expect(traffic[0].source.principal == "spiffe://cluster.local/ns/web/sa/frontend")
        #expect(traffic[1].source.isUnmeshed)
        #expect(traffic[1].plaintext == 12)
        #expect(traffic[1].plaintextFirstSeen == 5_000)
    }

    @Test("Caller-only traffic into a workload without a proxy counts as plaintext")
    func destinationWithoutProxy() throws {
        let edge = Edge(
            source: frontend,
            destination: cart,
            traffic: TrafficCounts(requests: ClassCounts(unknown: 8), tcpConnections: ClassCounts(unknown: 2)),
            firstSeen: 1_000,
            lastSeen: 2_000,
            insecureFirstSeen: 1_000,
            reporters: [.source],
            destinationHasProxy: false
        )
        let traffic = InboundTraffic(edge: edge)
        #expect(traffic.plaintext == 10)
        #expect(!traffic.destinationHasProxy)
        var withProxy = edge
        withProxy.destinationHasProxy = true
        #expect(InboundTraffic(edge: withProxy).total == 0)
    }

    @Test("Plaintext counts as new only after the window's first scrape interval")
    func newSourceThreshold() {
        #expect(InboundTraffic.newSourceThreshold(in: snapshot()) == 2_000)
        #expect(InboundTraffic.newSourceThreshold(in: .empty(at: 5_000)) == nil)
        let early = InboundTraffic.all(in: snapshot(plaintextFirstSeen: 2_000))[1]
        let late = InboundTraffic.all(in: snapshot(plaintextFirstSeen: 3_000))[1]
        #expect(!early.isNewPlaintextSource(after: 2_000))
        #expect(late.isNewPlaintextSource(after: 2_000))
    }

    @Test("All-mTLS edges make the workload and its namespace READY")
    func readyFromSnapshot() {
        let overlay = PolicyOverlay(snapshot: snapshot(), policy: permissiveShop)
        #expect(overlay.readiness(of: cart) == .ready)
        #expect(overlay.readiness(ofNamespace: "shop") == .ready)
        #expect(overlay.mode(of: cart).workload.description == "PERMISSIVE (namespace policy default)")
        #expect(overlay.mode(of: cart).selectorMatchIsGuess == false)
    }

    @Test("An unmeshed plaintext caller blocks the namespace")
    func blockedFromSnapshot() {
        let overlay = PolicyOverlay(snapshot: snapshot(plaintextFirstSeen: 1_000), policy: permissiveShop)
        let verdict = overlay.readiness(ofNamespace: "shop")
        #expect(verdict.description == "BLOCKED (1)")
        #expect(verdict.blockers.first?.kind == .unmeshedCaller)
        #expect(verdict.blockers.first?.source == "unknown/unknown")
    }

    @Test("Plaintext alerts are weighted by the destination's mode and raised for new sources")
    func alertWeighting() {
        let alert = Alert(
            code: .plaintextIntoWorkload,
            severity: .warning,
            namespace: "shop",
            workload: "cart",
            summary: "plaintext into shop/cart",
            firstSeen: 1_000,
            lastSeen: 9_000
        )
        let strict = MeshPolicy(peerAuthentications: [
            PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        ])
        let disabled = MeshPolicy(peerAuthentications: [
            PeerAuthentication(namespace: "shop", name: "default", mode: .disable)
        ])
        #expect(
            PolicyOverlay(snapshot: snapshot(), policy: strict).weighted(alert).severity
                == .critical
        )
        #expect(
            PolicyOverlay(snapshot: snapshot(), policy: disabled).weighted(alert).severity == .info
        )
        var newer = alert
        newer.firstSeen = 4_000
        #expect(
            PolicyOverlay(snapshot: snapshot(), policy: disabled).weighted(newer).severity
                == .warning
        )
        var other = alert
        other.code = .certificateExpiring
        #expect(PolicyOverlay(snapshot: snapshot(), policy: strict).weighted(other) == other)
    }
}
