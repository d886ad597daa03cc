import MeshtopModel

/// Screen 6: the plaintext and unverified edges of the whole mesh, the busiest first.
struct EdgesScreen: TopLevelScreen {
    static let title = "edges"
    static let command = "edges"
    static func entry(from state: AppState) -> Location? { .edges }

    var kind: ScreenKind { .edges }
    var crumbs: [String] { ["mesh", Self.title] }
    var parent: Location? { .mesh }
    var panes: [Pane] { [.edges] }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        let totals = state.totals
        var line = LineWriter()
        line.add(
            "\(grid.glyphs.markPlaintext) " + Format.counted(totals.insecureEdgeCount, "plaintext or unverified edge")
                + ", \(Format.rate(totals.insecureEdgeRate)) \(SummaryLines.requestUnit(state))",
            totals.insecureEdgeCount == 0 ? .mtls : .plaintext
        )
        line.add("  these block a switch to STRICT", .dim)
        line.render(in: area.row(0), into: &grid)
    }
}

extension Pane {
    /// Plaintext and unverified edges.
    package static let edges = Pane("edges", title: "Plaintext & unverified edges") { EdgesScreen.edges($0) }
}

extension EdgesScreen {
    static func edges(_ context: TableContext) -> TableData {
        TableBuilder.edgeTable(
            context.model.edgeIndex.insecure.map { context.model.edges[$0] },
            context: context,
            target: \.destination,
            emptyText: "no plaintext or unverified edges: ready for STRICT as far as the telemetry shows"
        )
    }
}
