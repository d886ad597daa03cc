/// Everything the model knows at one moment: what every view, report and replay renders.
package struct MeshSnapshot: Sendable, Hashable {
    /// The snapshot time: the newest scrape's time (unix milliseconds).
    package var time: Int64
    /// The first scrape time the figures cover (unix milliseconds).
    package var windowStart: Int64
    /// The last scrape time the figures cover (unix milliseconds).
    package var windowEnd: Int64
    /// Whether figures are increases over a window (two or more scrapes of a source) rather than totals
    /// since the proxies started (a single scrape).
    package var isWindow: Bool
    /// Mesh-wide destination-reported traffic.
    package var mesh: TrafficCounts
    /// Mesh-wide per-second rates over the window; nil for a single scrape.
    package var meshRates: TrafficCounts?
    /// Mesh-wide handshake outcomes.
    package var handshakes: HandshakeCounts
    /// Mesh-wide failed handshakes per second over the window; nil for a single scrape.
    package var handshakeFailuresPerSecond: Double?
    /// Namespaces, sorted by name.
    package var namespaces: [NamespaceSummary]
    /// Workloads, sorted by namespace and name.
    package var workloads: [WorkloadSummary]
    /// Edges, sorted by destination then source.
    package var edges: EdgeList
    /// Certificates, soonest expiry first (never-issued ones first of all).
    package var certificates: [CertificateRecord]
    /// Alerts, most severe first, then by code, namespace and workload.
    package var alerts: [Alert]
    /// The sources and their health, sorted by name.
    package var sources: [SourceHealth]
    /// The thresholds the snapshot was judged with.
    package var thresholds: Thresholds

    /// Creates a snapshot.
    package init(
        time: Int64,
        windowStart: Int64,
        windowEnd: Int64,
        isWindow: Bool,
        mesh: TrafficCounts = .zero,
        meshRates: TrafficCounts? = nil,
        handshakes: HandshakeCounts = .zero,
        namespaces: [NamespaceSummary] = [],
        workloads: [WorkloadSummary] = [],
        edges: EdgeList = [],
        certificates: [CertificateRecord] = [],
        alerts: [Alert] = [],
        sources: [SourceHealth] = [],
        thresholds: Thresholds = Thresholds()
    ) {
        self.time = time
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.isWindow = isWindow
        self.mesh = mesh
        self.meshRates = meshRates
        self.handshakes = handshakes
        self.namespaces = namespaces
        self.workloads = workloads
        self.edges = edges
        self.certificates = certificates
        self.alerts = alerts
        self.sources = sources
        self.thresholds = thresholds
    }

    /// The window's length in seconds (zero for a single scrape).
    package var windowSeconds: Double { Double(windowEnd - windowStart) / 1000 }

    /// An empty snapshot at `time`, for views that have not received data yet.
    package static func empty(at time: Int64, thresholds: Thresholds = Thresholds()) -> MeshSnapshot {
        MeshSnapshot(time: time, windowStart: time, windowEnd: time, isWindow: false, thresholds: thresholds)
    }

    /// The namespace called `name`.
    package func namespace(named name: String) -> NamespaceSummary? { namespaces.first { $0.name == name } }

    /// The workload with `id`.
    package func workload(_ id: WorkloadID) -> WorkloadSummary? { workloads.first { $0.id == id } }

    /// The workloads of one namespace.
    package func workloads(in namespace: String) -> [WorkloadSummary] {
        workloads.filter { $0.id.namespace == namespace }
    }

    /// The edges into one workload.
    package func edges(into destination: WorkloadID) -> [Edge] { edges.filter { $0.destination == destination } }
}
