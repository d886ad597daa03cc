import MeshtopModel

/// Screen 2, one namespace: its mode, verdict and inbound shares, its workloads and its plaintext edges.
struct NamespaceScreen: TopLevelScreen {
    static let title = "namespace"
    static let command = "ns"
    static let nothingToShow = "no namespace to show"

    /// The highlighted row's namespace, else the last namespace visited, else the first.
    static func entry(from state: AppState) -> Location? {
        state.highlighted?.namespaceLocation
            ?? state.lastVisited(where: { if case .namespace = $0 { true } else { false } })
            ?? state.model.namespaces.first.map({ .namespace($0.name) })
    }

    /// The namespace shown.
    var name: String

    var kind: ScreenKind { .namespace }
    var crumbs: [String] { ["mesh", name] }
    var parent: Location? { .mesh }
    var namespaceLocation: Location? { .namespace(name) }
    var panes: [Pane] { [.workloads, .plaintextInbound, .plaintextOutbound] }
    var summaryLines: Int { 2 }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        let summary = state.model.figures(ofNamespace: name)
        var line = LineWriter()
        line.add("Namespace ", .dim)
        line.add(name, .header)
        line.add("  mode ", .dim)
        line.add((summary?.mode).word, (summary?.mode).role)
        if let readiness = summary?.readiness {
            line.add("  STRICT? ", .dim)
            line.add(readiness.word, readiness.role)
        }
        line.add("  " + Format.counted(summary?.workloadCount ?? 0, "workload"), .text)
        if let summary, summary.plaintextSources > 0 {
            line.add(
                "  \(grid.glyphs.markPlaintext) plaintext from " + Format.counted(summary.plaintextSources, "source"),
                .plaintext
            )
        }
        line.render(in: area.row(0), into: &grid)
        if area.height > 1 {
            let inbound = (summary?.requests ?? .zero) + (summary?.connections ?? .zero)
            SummaryLines.inbound(inbound, state: state, width: area.width).render(in: area.row(1), into: &grid)
        }
    }
}

extension Pane {
    /// The workloads of a namespace.
    package static let workloads = Pane("workloads", title: "Workloads") { NamespaceScreen.workloads($0) }
    /// Plaintext and unverified edges into a namespace.
    package static let plaintextInbound = Pane("plaintextInbound", title: "Plaintext in") {
        NamespaceScreen.edges($0, inbound: true)
    }
    /// Plaintext and unverified edges out of a namespace.
    package static let plaintextOutbound = Pane("plaintextOutbound", title: "Plaintext out") {
        NamespaceScreen.edges($0, inbound: false)
    }
}

extension NamespaceScreen {
    static func workloads(_ context: TableContext) -> TableData {
        guard case .namespace(let name) = context.location else { return .empty }
        let workloads = context.model.workloads.filter { $0.id.namespace == name }
        let anyMode = workloads.contains { $0.mode != nil }
        return TableData(
            TableRows(rows: workloads, target: { .workload($0.id) }),
            columns: [TableBuilder.nameColumn("WORKLOAD", min: 10, ideal: 24, flexible: true) { $0.id.name }]
                + TableBuilder.trafficFigureColumns(
                    counts: context.counts,
                    modes: anyMode,
                    handshakes: context.model.unavailableNote == nil
                ),
            sortedBy: "PLAIN",
            descending: true,
            counts: context.counts,
            emptyText: "no workloads in this namespace"
        )
    }

    static func edges(_ context: TableContext, inbound: Bool) -> TableData {
        guard case .namespace(let namespace) = context.location else { return .empty }
        let edges = context.model.edgeIndex.insecureEdges(of: namespace, inbound: inbound).map {
            context.model.edges[$0]
        }
        return TableBuilder.edgeTable(
            edges,
            context: context,
            target: { inbound ? $0.source : $0.destination },
            emptyText: inbound ? "no plaintext edges into this namespace" : "no plaintext edges out of this namespace"
        )
    }
}
