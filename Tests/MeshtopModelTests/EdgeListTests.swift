import Testing

@testable import MeshtopModel

/// A snapshot's edges are held as rows naming shared tables; these check that reading them gives back
/// exactly the edges put in, whichever way the list was made and however it was written to.
@Suite struct EdgeListTests {
    static let evidence = SeriesEvidence(
        source: "mesh.prom",
        metric: "istio_requests_total",
        labels: [(name: "reporter", value: "destination")],
        value: 3
    )

    static let edges = [
        Edge(
            source: WorkloadID(namespace: "shop", name: "frontend-with-a-long-name"),
            sourcePrincipal: "spiffe://cluster.local/ns/shop/sa/frontend",
            destination: WorkloadID(namespace: "shop", name: "cart"),
            destinationPrincipal: "spiffe://cluster.local/ns/shop/sa/cart",
            traffic: TrafficCounts(requests: ClassCounts(mutualTLS: 60, plaintext: 4)),
            rates: TrafficCounts(requests: ClassCounts(mutualTLS: 1, plaintext: 0.5)),
            firstSeen: 10,
            lastSeen: 20,
            insecureFirstSeen: 12,
            insecureLastSeen: 18,
            reporters: [.destination, .source],
            proxyKinds: [.sidecar],
            evidence: [evidence, evidence]
        ),
        Edge(source: .unknown, destination: WorkloadID(namespace: "shop", name: "cart"), firstSeen: 5, lastSeen: 5),
        Edge(
            source: WorkloadID(namespace: "shop", name: "cart"),
            destination: WorkloadID(namespace: "pay", name: "legacy"),
            destinationPrincipal: "spiffe://cluster.local/ns/shop/sa/frontend",
            firstSeen: 1,
            lastSeen: 2,
            destinationHasProxy: false,
            evidence: [evidence]
        ),
    ]

    @Test func readingGivesBackEveryEdgeInOrder() {
        let list = EdgeList(Self.edges)
        #expect(list.count == 3)
        #expect(Array(list) == Self.edges)
        #expect(list[0].evidence == [Self.evidence, Self.evidence])
        #expect(list[1].evidence.isEmpty)
        #expect(list[2].evidence == [Self.evidence])
        #expect(list[2].destinationPrincipal == Self.edges[0].sourcePrincipal)
    }

    @Test func positionReadsAgreeWithTheEdges() {
        let list = EdgeList(Self.edges)
        for position in list.indices {
            #expect(list.row(at: position).traffic == Self.edges[position].traffic)
            #expect(list.source(at: position) == Self.edges[position].source)
            #expect(list.destination(at: position) == Self.edges[position].destination)
            #expect(list.row(at: position).destinationHasProxy == Self.edges[position].destinationHasProxy)
        }
        // One workload, one position: rows compare destinations without strings.
        #expect(list.row(at: 0).destination == list.row(at: 1).destination)
        #expect(list.row(at: 1).destination != list.row(at: 2).destination)
    }

    @Test func writingAFigureOrANameChangesOnlyThatEdge() {
        var list = EdgeList(Self.edges)
        var expected = Self.edges
        list[1].traffic.requests.plaintext = 9
        expected[1].traffic.requests.plaintext = 9
        #expect(Array(list) == expected)
        // New names, a known name in a new place, and a name and evidence dropped.
        list[0].destination = WorkloadID(namespace: "pay", name: "ledger")
        list[0].sourcePrincipal = nil
        list[0].destinationPrincipal = "spiffe://cluster.local/ns/pay/sa/ledger"
        list[2].source = WorkloadID(namespace: "pay", name: "ledger")
        list[2].evidence = []
        expected[0].destination = WorkloadID(namespace: "pay", name: "ledger")
        expected[0].sourcePrincipal = nil
        expected[0].destinationPrincipal = "spiffe://cluster.local/ns/pay/sa/ledger"
        expected[2].source = WorkloadID(namespace: "pay", name: "ledger")
        expected[2].evidence = []
        #expect(Array(list) == expected)
        #expect(list.row(at: 0).destination != list.row(at: 2).destination)
        #expect(list.row(at: 0).destination == list.row(at: 2).source)
        #expect(list.destination(at: 0) == list.source(at: 2))
    }

    @Test func listsOfEqualEdgesAreEqualAndHashAlike() {
        let built = TwoScrapeMeshTests.snapshot(scrapes: 2).edges
        let remade = EdgeList(Array(built))
        #expect(built == remade)
        #expect(built.hashValue == remade.hashValue)
        var changed = remade
        changed[0].lastSeen += 1
        #expect(changed != built)
        #expect(EdgeList([]) == [])
    }

    @Test func evidenceSharingItsNamesComparesByValue() {
        var copy = Self.evidence
        #expect(copy == Self.evidence)
        copy.value = 4
        #expect(copy != Self.evidence)
        copy.value = 3
        copy.labels = [(name: "reporter", value: "source")]
        #expect(copy != Self.evidence)
        #expect(Self.evidence.labels.map(\.value) == ["destination"])
        let twin = SeriesEvidence(
            source: "mesh.prom",
            metric: "istio_requests_total",
            labels: [(name: "reporter", value: "destination")],
            value: 3
        )
        #expect(twin == Self.evidence)
        #expect(twin.hashValue == Self.evidence.hashValue)
    }
}
