import MeshtopModel

/// Screen 3, one workload: its mode, verdict, principal and inbound shares; its edges both ways, handshake
/// failures, certificates and the series behind its figures.
struct WorkloadScreen: TopLevelScreen {
    static let title = "workload"
    static let command = "wl"
    static let nothingToShow = "no workload to show"

    /// The highlighted row's workload, else the last workload visited, else the first.
    static func entry(from state: AppState) -> Location? {
        state.highlighted.flatMap({ if case .workload = $0 { $0 } else { nil } })
            ?? state.lastVisited(where: { if case .workload = $0 { true } else { false } })
            ?? state.model.workloads.first.map({ .workload($0.id) })
    }

    /// The workload shown.
    var id: WorkloadID

    var kind: ScreenKind { .workload }
    var crumbs: [String] { ["mesh", id.namespace, id.name] }
    var parent: Location? { .namespace(id.namespace) }
    var namespaceLocation: Location? { .namespace(id.namespace) }
    var panes: [Pane] { [.inbound, .outbound, .failures, .workloadCertificates, .evidence] }
    var summaryLines: Int { 2 }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        let summary = state.model.figures(of: id)
        var line = LineWriter()
        line.add("Workload ", .dim)
        line.add(id.namespace + "/" + id.name, .header)
        line.add("  mode ", .dim)
        line.add((summary?.mode).word, (summary?.mode).role)
        if let origin = summary?.modeOrigin { line.add(" (\(origin))", .dim) }
        if let readiness = summary?.readiness {
            line.add("  STRICT? ", .dim)
            line.add(readiness.word, readiness.role)
        }
        line.add("  principal ", .dim)
        line.add(summary?.principal ?? "-", summary?.principal == nil ? .dim : .text, cut: .anywhere)
        line.render(in: area.row(0), into: &grid)
        if area.height > 1 {
            let inbound = (summary?.requests ?? .zero) + (summary?.connections ?? .zero)
            SummaryLines.inbound(inbound, state: state, width: area.width).render(in: area.row(1), into: &grid)
        }
    }
}

extension Pane {
    /// Edges into a workload.
    package static let inbound = Pane("inbound", title: "Inbound") { WorkloadScreen.edges($0, inbound: true) }
    /// Edges out of a workload.
    package static let outbound = Pane("outbound", title: "Outbound") { WorkloadScreen.edges($0, inbound: false) }
    /// Handshake failures of a workload.
    package static let failures = Pane("failures", title: "Handshake failures") { WorkloadScreen.failures($0) }
    /// Certificates of a workload.
    package static let workloadCertificates = Pane("workloadCertificates", title: "Certificates") {
        WorkloadScreen.certificates($0)
    }
    /// Evidence series of a workload.
    package static let evidence = Pane("evidence", title: "Evidence") { WorkloadScreen.evidence($0) }
}

/// An edge seen from one of its ends: the peer is the other end.
struct PeerEdge: EdgeRow {
    var edge: EdgeSummary
    /// Whether the edge comes into the workload shown.
    var inbound: Bool

    var peer: WorkloadID { inbound ? edge.source : edge.destination }
    var peerPrincipal: String? { inbound ? edge.sourcePrincipal : edge.destinationPrincipal }
}

extension WorkloadScreen {
    static func edges(_ context: TableContext, inbound: Bool) -> TableData {
        guard case .workload(let id) = context.location else { return .empty }
        let edges = context.model.edgeIndex.edges(of: id, inbound: inbound).map { context.model.edges[$0] }
        let columns: [TableColumn<PeerEdge>] = [
            TableBuilder.nameColumn(inbound ? "FROM" : "TO", min: 12, ideal: 30, flexible: true) {
                TableBuilder.name($0.peer)
            },
            TableBuilder.classColumn(context.glyphs),
            TableBuilder.requestRateColumn(counts: context.counts),
            TableBuilder.connectionRateColumn(counts: context.counts),
            TableBuilder.principalColumn("PEER PRINCIPAL", ideal: 44, flexible: true) { $0.peerPrincipal },
        ]
        return TableData(
            TableRows(rows: edges.map { PeerEdge(edge: $0, inbound: inbound) }, target: { .workload($0.peer) }),
            columns: columns,
            sortedBy: "REQ",
            descending: true,
            counts: context.counts,
            emptyText: inbound ? "no inbound traffic seen" : "no outbound traffic seen"
        )
    }

    static func failures(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return .empty }
        let columns: [TableColumn<HandshakeFailureSummary>] = [
            TableColumn(
                "REASON",
                min: 14,
                ideal: 28,
                priority: 0,
                cell: { TableCell($0.reason, role: .warning) },
                sortKey: { .text($0.reason) }
            ),
            TableColumn(
                "FAIL",
                unit: .perSecond,
                min: 7,
                priority: 0,
                alignment: .right,
                cell: { TableBuilder.rateCell($0.rate, role: .warning, counts: context.counts) },
                sortKey: { .number($0.rate) }
            ),
            TableColumn(
                "WHAT IT MEANS",
                min: 20,
                priority: 1,
                flexible: true,
                cell: { TableCell($0.explanation) },
                sortKey: { .text($0.explanation) }
            ),
        ]
        return TableData(
            TableRows(rows: context.model.handshakeFailures.filter { $0.workload == id }),
            columns: columns,
            sortedBy: "FAIL",
            descending: true,
            counts: context.counts,
            emptyText: context.model.unavailableNote ?? "no TLS handshake failures"
        )
    }

    static func certificates(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return .empty }
        let certificates = context.model.certificates.filter {
            $0.namespace == id.namespace && $0.workload == id.name
        }
        return TableData(
            TableRows(rows: certificates, target: TableBuilder.certificateTarget),
            columns: TableBuilder.certificateColumns(
                context,
                showOwner: false,
                showSources: certificates.contains { !$0.sources.isEmpty }
            ),
            sortedBy: "LEFT",
            descending: false,
            counts: context.counts,
            emptyText: context.model.unavailableNote ?? "no certificate expiry in the telemetry for this workload"
        )
    }

    static func evidence(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return .empty }
        return TableData(
            TableRows(rows: context.model.evidence(of: id)),
            columns: TableBuilder.evidenceColumns,
            sortedBy: "FIGURE",
            descending: false,
            counts: context.counts,
            emptyText: "no evidence recorded"
        )
    }
}
