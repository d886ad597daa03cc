import MeshtopModel

/// Screen 1, the mesh overview: the mesh's request shares, alerts, soonest certificate and sources, and
/// its namespaces.
struct MeshScreen: TopLevelScreen {
    static let title = "mesh"
    static let command = "mesh"
    static func entry(from state: AppState) -> Location? { .mesh }

    var kind: ScreenKind { .mesh }
    var crumbs: [String] { ["mesh"] }
    var parent: Location? { nil }
    var panes: [Pane] { [.namespaces] }
    var summaryLines: Int { 3 }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        let totals = state.totals.requests
        // On short terminals the health line stays longest, then the shares, then the bar.
        drawHealth(state, area: area.row(area.height - 1), grid: &grid)
        if area.height > 1 {
            SummaryLines.shares(
                totals,
                label: "Requests",
                unit: SummaryLines.requestUnit(state),
                counts: state.model.isCumulative,
                glyphs: grid.glyphs,
                width: area.width
            ).render(in: area.row(0), into: &grid)
        }
        if area.height > 2 {
            shareBar(totals, glyphs: grid.glyphs).render(in: area.row(1).insetBy(dx: 1, dy: 0), into: &grid)
        }
    }

    private func shareBar(_ rates: ClassCounts, glyphs: Glyphs) -> StackedBar {
        StackedBar(segments: [
            .init(share: rates.mutualTLS, glyph: glyphs.barMTLS, role: .mtls),
            .init(share: rates.plaintext + rates.unverified, glyph: glyphs.barPlaintext, role: .plaintext),
            .init(share: rates.unknown, glyph: glyphs.barUnknown, role: .unknown),
        ])
    }

    private func drawHealth(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        SummaryLines.appendAlertCounts(state.totals.alertCounts, prefix: "Alerts: ", to: &line)
        if let soonest = state.totals.soonestCertificate {
            let left = soonest.secondsLeft(at: state.referenceTime)
            let mark = soonest.mark(at: state.referenceTime)
            line.add("  Soonest cert: ", .dim)
            line.add(soonest.namespace + "/" + (soonest.workload ?? soonest.kind) + " ", .text)
            line.add(
                mark.urgency == .expired ? "EXPIRED" : Format.duration(seconds: left) + " " + mark.word,
                mark.role
            )
        }
        let failing = state.model.sources.filter { $0.error != nil }.count
        let waiting = state.model.sources.filter(\.waiting).count
        line.add("  Sources: ", .dim)
        line.add("\(state.model.sources.count - failing - waiting) ok", .text)
        if waiting > 0 { line.add(", \(waiting) waiting", .dim) }
        if failing > 0 { line.add(", \(failing) failing", .error) }
        line.render(in: area, into: &grid)
    }
}

extension Pane {
    /// The namespaces of the mesh, with their verdicts and figures.
    package static let namespaces = Pane("namespaces", title: "Namespaces") { MeshScreen.namespaces($0) }
}

extension MeshScreen {
    static func namespaces(_ context: TableContext) -> TableData {
        let namespaces = context.model.namespaces
        // Without a policy there are no verdicts and no modes: both columns are left out.
        let anyVerdict = namespaces.contains { $0.readiness != nil }
        let anyMode = namespaces.contains { $0.mode != nil }
        let readiness = TableColumn<NamespaceFigures>(
            "READY?",
            min: 10,
            priority: 1,
            cell: { TableBuilder.readinessCell($0.readiness) },
            sortKey: { $0.readiness.map { .number($0.sortValue) } ?? .missing }
        )
        let columns: [TableColumn<NamespaceFigures>] =
            [TableBuilder.nameColumn("NAMESPACE", min: 10, ideal: 20, flexible: true) { $0.name }]
            + (anyVerdict ? [readiness] : [])
            + TableBuilder.trafficFigureColumns(
                counts: context.counts,
                modes: anyMode,
                handshakes: context.model.unavailableNote == nil
            )
        return TableData(
            TableRows(rows: namespaces, target: { .namespace($0.name) }),
            columns: columns,
            sortedBy: "PLAIN",
            descending: true,
            counts: context.counts,
            emptyText: "no namespaces in the telemetry yet"
        )
    }
}
