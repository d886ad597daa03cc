import MeshtopModel

/// One alert's detail: its severity and state with since when, what fired, what to do, and the evidence
/// series of its workload.
struct AlertScreen: Screen {
    /// The alert shown (``AlertSummary/id``).
    var id: String

    var kind: ScreenKind { .alerts }
    var crumbs: [String] { ["mesh", AlertsScreen.title, String(id.prefix { $0 != "|" })] }
    var parent: Location? { .alerts }
    var panes: [Pane] { [.alertEvidence] }
    var summaryLines: Int { 3 }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        guard let alert = state.model.alerts.first(where: { $0.id == id }) else {
            var line = LineWriter()
            line.add("this alert is not listed at the moment shown", .dim)
            line.render(in: area.row(0), into: &grid)
            return
        }
        var head = LineWriter()
        let now = state.referenceTime
        if let resolved = alert.resolvedAt {
            head.add("RESOLVED", .mtls)
            head.add("  at \(state.zone.clock(resolved)), ", .dim)
            head.add("\(Format.duration(seconds: max(0, now - resolved) / 1000)) ago", .dim)
        } else {
            head.add(grid.glyphs.markAlert + " " + alert.severity.word + " firing", alert.severity.role)
            head.add("  since \(state.zone.clock(alert.since)) ", .dim)
            head.add("(\(Format.duration(seconds: max(0, now - alert.since) / 1000)))", .dim)
        }
        head.render(in: area.row(0), into: &grid)
        if area.height > 1 {
            var what = LineWriter()
            what.add(alert.message, .text)
            what.render(in: area.row(1), into: &grid)
        }
        if area.height > 2 {
            var advice = LineWriter()
            advice.add("What to do: ", .dim)
            advice.add(alert.advice.isEmpty ? "-" : alert.advice, .text)
            advice.render(in: area.row(2), into: &grid)
        }
    }
}

extension Pane {
    /// The evidence series behind one alert.
    package static let alertEvidence = Pane("alertEvidence", title: "Evidence") { AlertScreen.evidence($0) }
}

extension AlertScreen {
    /// The evidence series of an alert's workload; Enter opens the workload.
    static func evidence(_ context: TableContext) -> TableData {
        guard case .alert(let id) = context.location,
            let alert = context.model.alerts.first(where: { $0.id == id }), let workload = alert.workload
        else {
            return TableData(
                TableRows(rows: []),
                columns: TableBuilder.evidenceColumns,
                sortedBy: "FIGURE",
                descending: false,
                counts: context.counts,
                emptyText: "no evidence series for this alert"
            )
        }
        return TableData(
            TableRows(
                rows: context.model.evidence(of: workload),
                target: { _ in .workload(workload) }
            ),
            columns: TableBuilder.evidenceColumns,
            sortedBy: "FIGURE",
            descending: false,
            counts: context.counts,
            emptyText: "no evidence series recorded for \(workload)"
        )
    }
}
