import MeshtopModel

/// Everything the screens show, in the shape the screens need.
///
/// The dashboard renders this view model rather than the mesh snapshot directly, so screens stay
/// small and an adapter (`DashboardModel+Snapshot.swift`) is the one place that knows both. Small
/// model values such as `ClassCounts` and `SecurityClass` are shared as they are.
/// Times are Unix milliseconds; the dashboard never reads a clock itself.
package struct DashboardModel: Sendable {
    /// When the data shown was scraped; nil before the first scrape.
    package var dataTime: Int64?
    /// The workloads, one per (namespace, name).
    package var workloads: [WorkloadFigures]
    /// The namespaces with their aggregated figures.
    package var namespaces: [NamespaceFigures]
    /// Every edge between two workloads.
    package var edges: [EdgeSummary] { didSet { edgeIndex = EdgeIndex(edges) } }
    /// The edges by workload and namespace, rebuilt whenever ``edges`` change.
    package private(set) var edgeIndex: EdgeIndex
    /// Handshake failures by workload and reason.
    package var handshakeFailures: [HandshakeFailureSummary]
    /// Certificates with their expiry.
    package var certificates: [CertificateSummary]
    /// Active alerts.
    package var alerts: [AlertSummary]
    /// The series each figure came from.
    package var evidence: [EvidenceItem] { didSet { evidenceByWorkload = Self.positions(of: evidence) } }
    /// Where each workload's evidence sits in ``evidence``, rebuilt whenever it changes.
    private var evidenceByWorkload: [WorkloadID: [Int]]
    /// The health of each telemetry source.
    package var sources: [SourceStatus]
    /// Whether figures are counter totals of one scrape rather than per-second rates.
    package var isCumulative = false
    /// Whether policies were given, so that modes and STRICT verdicts mean something.
    package var hasPolicy = false
    /// The length of the trailing window rates are computed over (milliseconds), when the data is windowed.
    package var rateWindowMilliseconds: Int64?
    /// Whether alert lifecycles and sparklines are complete for the moment shown (false while the history
    /// before it is still being computed).
    package var timelineComplete = true
    /// The span of moments that can be shown and the alert marks on it, for a replay or live session.
    package var timeline: TimelineMarks?
    /// Why handshake failures and certificates are not shown (the telemetry cannot tell them), or nil when
    /// they were measured.
    package var unavailableNote: String?

    /// Creates a view model.
    package init(
        dataTime: Int64? = nil,
        workloads: [WorkloadFigures] = [],
        namespaces: [NamespaceFigures] = [],
        edges: [EdgeSummary] = [],
        handshakeFailures: [HandshakeFailureSummary] = [],
        certificates: [CertificateSummary] = [],
        alerts: [AlertSummary] = [],
        evidence: [EvidenceItem] = [],
        sources: [SourceStatus] = []
    ) {
        self.dataTime = dataTime
        self.workloads = workloads
        self.namespaces = namespaces
        self.edges = edges
        self.edgeIndex = EdgeIndex(edges)
        self.handshakeFailures = handshakeFailures
        self.certificates = certificates
        self.alerts = alerts
        self.evidence = evidence
        self.evidenceByWorkload = Self.positions(of: evidence)
        self.sources = sources
    }

    /// The evidence series of `workload`, in model order.
    package func evidence(of workload: WorkloadID) -> [EvidenceItem] {
        (evidenceByWorkload[workload] ?? []).map { evidence[$0] }
    }

    /// The row of `workload`, if the model has it.
    package func figures(of workload: WorkloadID) -> WorkloadFigures? {
        // Searched in place: iterating the rows would copy each one, summary and all, on every frame.
        workloads.withUnsafeBufferPointer { rows in rows.firstIndex { $0.id == workload } }.map { workloads[$0] }
    }

    /// The row of the namespace `name`, if the model has it.
    package func figures(ofNamespace name: String) -> NamespaceFigures? {
        namespaces.withUnsafeBufferPointer { rows in rows.firstIndex { $0.name == name } }.map { namespaces[$0] }
    }

    private static func positions(of evidence: [EvidenceItem]) -> [WorkloadID: [Int]] {
        var positions: [WorkloadID: [Int]] = [:]
        for (position, item) in evidence.enumerated() { positions[item.workload, default: []].append(position) }
        return positions
    }

    /// An empty model: what the dashboard shows before the first scrape.
    package static let empty = DashboardModel()
}
