import MeshtopModel

/// Screen 5: every certificate on a timeline to the chosen horizon, soonest first.
struct CertificatesScreen: TopLevelScreen {
    static let title = "certificates"
    static let command = "certs"
    static func entry(from state: AppState) -> Location? { .certificates }

    var kind: ScreenKind { .certificates }
    var crumbs: [String] { ["mesh", Self.title] }
    var parent: Location? { .mesh }
    var panes: [Pane] { [.certificates] }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        line.add("Horizon \(state.horizon.label) (H: 24h/7d/30d/1y)  ", .text)
        for mark in ExpiryMark.legend {
            let count = state.totals.certificateCounts[mark] ?? 0
            line.add("\(count) \(mark.word)  ", count > 0 ? mark.role : .dim)
        }
        line.add("SOON: within twice the warn limit", .dim)
        line.render(in: area.row(0), into: &grid)
    }
}

extension Pane {
    /// All certificates.
    package static let certificates = Pane("certificates", title: "Certificates") {
        CertificatesScreen.certificates($0)
    }
}

extension CertificatesScreen {
    static func certificates(_ context: TableContext) -> TableData {
        TableData(
            TableRows(rows: context.model.certificates, target: TableBuilder.certificateTarget),
            columns: TableBuilder.certificateColumns(
                context,
                showOwner: true,
                showSources: context.model.certificates.contains { !$0.sources.isEmpty }
            ),
            // Soonest first.
            sortedBy: "LEFT",
            descending: false,
            counts: context.counts,
            emptyText: context.model.unavailableNote ?? "no certificate expiry in the telemetry"
        )
    }
}
