import MeshtopModel

/// Screen 7: whether each namespace could switch to STRICT now, what blocks it, and its plan step.
struct ReadinessScreen: TopLevelScreen {
    static let title = "readiness"
    static let command = "ready"
    static func entry(from state: AppState) -> Location? { .readiness }

    /// How to get verdicts, shown when the dashboard runs without policies.
    static let noPolicyHint = "No policies given: add --policies FILE|DIR|- (kubectl get pa,dr -A -o yaml)"

    var kind: ScreenKind { .readiness }
    var crumbs: [String] { ["mesh", Self.title] }
    var parent: Location? { .mesh }
    var panes: [Pane] { [.readiness] }

    /// Verdict counts over the namespaces.
    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        defer { line.render(in: area.row(0), into: &grid) }
        guard state.model.hasPolicy else { return line.add(Self.noPolicyHint, .warning) }
        let verdicts = state.model.namespaces.compactMap(\.readiness)
        line.add("STRICT readiness: ", .dim)
        let counts: [(String, StyleRole, Int)] = [
            ("blocked", .plaintext, verdicts.filter(\.isBlocked).count),
            ("ready", .mtls, verdicts.filter { $0 == .ready }.count),
            ("already strict", .mtls, verdicts.filter { $0 == .alreadyStrict }.count),
            ("no data", .dim, verdicts.filter { $0 == .noData }.count),
        ]
        for (index, (word, role, count)) in counts.enumerated() {
            line.add("\(count) \(word)", count > 0 ? role : .dim)
            if index < counts.count - 1 { line.add(", ", .dim) }
        }
        line.add("  Enter: workloads and blockers", .dim)
    }
}

extension Pane {
    /// STRICT verdicts of the namespaces.
    package static let readiness = Pane("readiness", title: "STRICT readiness") { ReadinessScreen.namespaces($0) }
}

extension ReadinessScreen {
    static func namespaces(_ context: TableContext) -> TableData {
        let planStep = TableColumn<NamespaceFigures>(
            "PLAN STEP",
            min: 20,
            ideal: 60,
            priority: 2,
            cell: { TableCell($0.planStep ?? "-", role: $0.planYAML == nil ? .dim : .text) },
            sortKey: { .text($0.planStep ?? "") }
        )
        return TableData(
            TableRows(
                rows: context.model.hasPolicy ? context.model.namespaces : [],
                target: { .namespaceReadiness($0.name) },
                copyText: \.planYAML
            ),
            columns: [TableBuilder.nameColumn("NAMESPACE", min: 10, ideal: 20) { $0.name }]
                + TableBuilder.verdictColumns(context.glyphs) + [planStep],
            sortedBy: "VERDICT",
            descending: true,
            counts: context.counts,
            emptyText: context.model.hasPolicy ? "no namespaces in the telemetry yet" : TableBuilder.noPolicyText
        )
    }
}
