import MeshtopModel

/// Screen 4: every alert, firing first, most serious first.
struct AlertsScreen: TopLevelScreen {
    static let title = "alerts"
    static let command = "alerts"
    static func entry(from state: AppState) -> Location? { .alerts }

    var kind: ScreenKind { .alerts }
    var crumbs: [String] { ["mesh", Self.title] }
    var parent: Location? { .mesh }
    var panes: [Pane] { [.alerts] }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        let firing = state.totals.firingAlerts
        let resolved = state.totals.resolvedAlerts
        let prefix = "\(firing) firing" + (resolved > 0 ? ", \(resolved) resolved" : "") + ": "
        SummaryLines.appendAlertCounts(state.totals.alertCounts, prefix: prefix, to: &line)
        line.add("  Enter opens the alert", .dim)
        line.render(in: area.row(0), into: &grid)
    }
}

extension Pane {
    /// All alerts.
    package static let alerts = Pane("alerts", title: "Alerts") { AlertsScreen.alerts($0) }
}

extension AlertsScreen {
    static func alerts(_ context: TableContext) -> TableData {
        let columns: [TableColumn<AlertSummary>] = [
            TableColumn(
                "SEV",
                min: 8,
                priority: 0,
                cell: { alert in
                    alert.resolvedAt == nil
                        ? TableCell(context.glyphs.markAlert + " " + alert.severity.word, role: alert.severity.role)
                        : TableCell("resolved", role: .dim)
                },
                // Firing before resolved, then the most serious, then the newest.
                sortKey: { alert in
                    .number(
                        (alert.resolvedAt == nil ? 1e14 : 0) + Double(alert.severity.seriousness) * 1e13
                            + Double(alert.since)
                    )
                }
            ),
            TableColumn(
                "AGE",
                min: 7,
                priority: 2,
                alignment: .right,
                cell: { TableCell(Format.duration(seconds: (context.now - $0.since) / 1000), role: .dim) },
                sortKey: { .number(Double($0.since)) }
            ),
            TableColumn(
                "NAMESPACE",
                min: 10,
                ideal: 16,
                priority: 1,
                cell: { TableCell($0.namespace ?? "-") },
                sortKey: { .text($0.namespace ?? "") }
            ),
            TableColumn(
                "WORKLOAD",
                min: 10,
                ideal: 24,
                priority: 1,
                cell: { TableCell($0.workload?.name ?? "-") },
                sortKey: { .text($0.workload?.name ?? "") }
            ),
            TableColumn(
                "ALERT",
                min: 20,
                priority: 0,
                flexible: true,
                cell: { TableCell($0.message) },
                sortKey: { .text($0.message) }
            ),
        ]
        return TableData(
            TableRows(rows: context.model.alerts, target: { .alert($0.id) }),
            columns: columns,
            sortedBy: "SEV",
            descending: true,
            counts: context.counts,
            emptyText: "no alerts"
        )
    }
}
