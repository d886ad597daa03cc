/// Traffic from one caller to one destination workload, split by security class.
///
/// The class comes from the destination's reports; an edge seen only from the calling side keeps its
/// traffic in ``ClassCounts/unknown`` and says whether the destination runs a proxy at all.
package struct Edge: Sendable, Hashable {
    /// The caller; ``WorkloadID/unknown`` for callers outside the mesh (`source_workload="unknown"`).
    package var source: WorkloadID
    /// The caller's identity (`spiffe://…`, a Linkerd `client_id`), when one was reported.
    package var sourcePrincipal: String?
    /// The workload called.
    package var destination: WorkloadID
    /// The destination's identity, when one was reported.
    package var destinationPrincipal: String?
    /// Requests, connections and bytes by class: totals (one scrape) or increases (a window).
    package var traffic: TrafficCounts
    /// Per-second rates over the window; nil for a single scrape.
    package var rates: TrafficCounts?
    /// When the edge was first seen (unix milliseconds).
    package var firstSeen: Int64
    /// When the edge's counters last moved (unix milliseconds; the first sight for a single scrape).
    package var lastSeen: Int64
    /// When plaintext or unverified traffic was first seen on the edge, if ever.
    package var insecureFirstSeen: Int64?
    /// When plaintext or unverified traffic was last seen on the edge, if ever.
    package var insecureLastSeen: Int64?
    /// Which sides reported the edge.
    package var reporters: CaseSet<Reporter>
    /// Which kinds of proxy reported the edge.
    package var proxyKinds: CaseSet<ProxyKind>
    /// False when only the calling side reported the edge, named no identity for the destination, and the
    /// destination never reported anything itself: it has no proxy, so the traffic cannot be mutual TLS.
    package var destinationHasProxy: Bool
    /// Some of the series the figures came from (capped): a slice of its snapshot's evidence, so that
    /// reading an edge out of an ``EdgeList`` copies none.
    package var evidence: ArraySlice<SeriesEvidence>

    /// Creates an edge.
    package init(
        source: WorkloadID,
        sourcePrincipal: String? = nil,
        destination: WorkloadID,
        destinationPrincipal: String? = nil,
        traffic: TrafficCounts = .zero,
        rates: TrafficCounts? = nil,
        firstSeen: Int64,
        lastSeen: Int64,
        insecureFirstSeen: Int64? = nil,
        insecureLastSeen: Int64? = nil,
        reporters: CaseSet<Reporter> = [],
        proxyKinds: CaseSet<ProxyKind> = [],
        destinationHasProxy: Bool = true,
        evidence: ArraySlice<SeriesEvidence> = []
    ) {
        self.source = source
        self.sourcePrincipal = sourcePrincipal
        self.destination = destination
        self.destinationPrincipal = destinationPrincipal
        self.traffic = traffic
        self.rates = rates
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.insecureFirstSeen = insecureFirstSeen
        self.insecureLastSeen = insecureLastSeen
        self.reporters = reporters
        self.proxyKinds = proxyKinds
        self.destinationHasProxy = destinationHasProxy
        self.evidence = evidence
    }

    /// Whether the caller is outside the mesh (the destination could not identify it).
    package var sourceIsUnmeshed: Bool { source.isUnknown }

    /// Whether only the calling side reported this edge, so its security class is unknown.
    package var isSourceReportedOnly: Bool { !reporters.contains(.destination) && !reporters.contains(.waypoint) }

    /// Whether the destination saw plaintext on this edge.
    package var hasPlaintext: Bool { traffic.hasPlaintext }

    /// Whether the destination reported `unknown` security (ambient plaintext) on this edge.
    package var hasUnverified: Bool { traffic.hasUnverified }
}
