import MeshtopModel

/// One namespace's STRICT readiness: its mode and verdict, its workloads' verdicts and every blocker.
struct NamespaceReadinessScreen: Screen {
    /// The namespace shown.
    var name: String

    var kind: ScreenKind { .readiness }
    var crumbs: [String] { ["mesh", ReadinessScreen.title, name] }
    var parent: Location? { .readiness }
    var namespaceLocation: Location? { .namespace(name) }
    var panes: [Pane] { [.workloadReadiness, .blockers] }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        defer { line.render(in: area.row(0), into: &grid) }
        guard state.model.hasPolicy else { return line.add(ReadinessScreen.noPolicyHint, .warning) }
        let summary = state.model.figures(ofNamespace: name)
        let mode = summary?.mode
        line.add("Namespace ", .dim)
        line.add(name, .header)
        if let readiness = summary?.readiness { line.add("  " + readiness.title, readiness.role) }
        line.add("  mode ", .dim)
        line.add(mode.word, mode.role)
        if let origin = summary?.modeOrigin { line.add(" (\(origin))", .dim) }
    }
}

extension Pane {
    /// STRICT verdicts of a namespace's workloads.
    package static let workloadReadiness = Pane("workloadReadiness", title: "Workloads") {
        NamespaceReadinessScreen.workloads($0)
    }
    /// What blocks a namespace's switch to STRICT, one row per blocker.
    package static let blockers = Pane("blockers", title: "Blockers") { NamespaceReadinessScreen.blockers($0) }
}

extension NamespaceReadinessScreen {
    static func workloads(_ context: TableContext) -> TableData {
        guard case .namespaceReadiness(let name) = context.location else { return .empty }
        let workloads = context.model.hasPolicy ? context.model.workloads.filter { $0.id.namespace == name } : []
        return TableData(
            TableRows(rows: workloads, target: { .workload($0.id) }),
            columns: [TableBuilder.nameColumn("WORKLOAD", min: 10, ideal: 24) { $0.id.name }]
                + TableBuilder.verdictColumns(context.glyphs),
            sortedBy: "VERDICT",
            descending: true,
            counts: context.counts,
            emptyText: context.model.hasPolicy ? "no workloads in this namespace" : TableBuilder.noPolicyText
        )
    }

    static func blockers(_ context: TableContext) -> TableData {
        guard case .namespaceReadiness(let namespace) = context.location else { return .empty }
        let blockers = context.model.figures(ofNamespace: namespace)?.readiness?.blockers ?? []
        let columns: [TableColumn<ReadinessBlocker>] = [
            TableBuilder.nameColumn("SOURCE", min: 12, ideal: 28, flexible: true) { $0.source },
            TableBuilder.nameColumn("DESTINATION", min: 12, ideal: 28, flexible: true) { $0.destination },
            TableColumn(
                "PORT",
                min: 5,
                priority: 2,
                alignment: .right,
                cell: { TableCell($0.port.map(String.init) ?? "-", role: $0.port == nil ? .dim : .text) },
                sortKey: { $0.port.map { .number(Double($0)) } ?? .missing }
            ),
            TableColumn(
                "WHY",
                min: 16,
                ideal: 28,
                priority: 0,
                cell: { TableCell($0.kind.title, role: .plaintext) },
                sortKey: { .text($0.kind.title) }
            ),
            TableColumn(
                "SEEN",
                min: 6,
                priority: 3,
                alignment: .right,
                cell: { TableCell($0.seen.map(seen) ?? "-", role: .dim) },
                sortKey: { $0.seen.map { .number($0) } ?? .missing }
            ),
        ]
        return TableData(
            TableRows(rows: blockers, target: { .workload($0.destinationWorkload) }),
            columns: columns,
            sortedBy: "DESTINATION",
            descending: false,
            counts: context.counts,
            emptyText: context.model.hasPolicy ? "nothing blocks a switch to STRICT" : TableBuilder.noPolicyText
        )
    }

    /// How many non-mTLS calls were seen: whole numbers as they are, fractions as rates.
    private static func seen(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : Format.rate(value)
    }
}
