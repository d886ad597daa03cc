extension DashboardRenderer {
    /// An alert's detail: its severity and state with since when, what fired, and what to do.
    static func drawAlertSummary(_ alert: AlertSummary?, state: AppState, area: Rect, grid: inout CellGrid) {
        guard let alert else {
            var line = LineWriter(area: area.row(0))
            line.add("this alert is not listed at the moment shown", .dim)
            line.draw(into: &grid)
            return
        }
        var head = LineWriter(area: area.row(0))
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
        head.draw(into: &grid)
        if area.height > 1 {
            var what = LineWriter(area: area.row(1))
            what.add(alert.message, .text)
            what.draw(into: &grid)
        }
        if area.height > 2 {
            var advice = LineWriter(area: area.row(2))
            advice.add("What to do: ", .dim)
            advice.add(alert.advice.isEmpty ? "-" : alert.advice, .text)
            advice.draw(into: &grid)
        }
    }
}
