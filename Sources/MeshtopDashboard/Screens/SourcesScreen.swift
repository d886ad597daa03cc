/// Screen 8: every telemetry source with its kind, last scrape and its age at the moment shown, samples
/// (and how many the model uses), parse issues and health in words.
struct SourcesScreen: TopLevelScreen {
    static let title = "sources"
    static let command = "sources"
    static func entry(from state: AppState) -> Location? { .sources }

    var kind: ScreenKind { .sources }
    var crumbs: [String] { ["mesh", Self.title] }
    var parent: Location? { .mesh }
    var panes: [Pane] { [.sources] }

    func drawSummary(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var line = LineWriter()
        let failing = state.model.sources.filter { $0.error != nil }.count
        line.add(Format.counted(state.model.sources.count, "source") + ", ", .text)
        line.add("\(failing) failing", failing == 0 ? .mtls : .error)
        line.render(in: area.row(0), into: &grid)
    }
}

extension Pane {
    /// The telemetry sources.
    package static let sources = Pane("sources", title: "Sources") { SourcesScreen.sources($0) }
}

extension SourcesScreen {
    static func sources(_ context: TableContext) -> TableData {
        func count(_ title: String, min: Int, priority: Int, _ value: @escaping (SourceStatus) -> Int?)
            -> TableColumn<SourceStatus>
        {
            TableColumn(
                title,
                min: min,
                priority: priority,
                alignment: .right,
                cell: { TableCell(value($0).map(String.init) ?? "-") },
                sortKey: { .number(Double(value($0) ?? -1)) }
            )
        }
        let columns: [TableColumn<SourceStatus>] = [
            TableColumn(
                "SOURCE",
                min: 16,
                ideal: 40,
                priority: 0,
                flexible: true,
                cell: { TableCell($0.name) },
                sortKey: { .text($0.name) }
            ),
            TableColumn(
                "KIND",
                min: 5,
                priority: 3,
                cell: { TableCell($0.kind, role: .dim) },
                sortKey: { .text($0.kind) }
            ),
            // The traffic telemetry the source delivered (istio, cloud-monitoring), "-" before it delivered any.
            TableColumn(
                "TELEMETRY",
                min: 9,
                ideal: 16,
                priority: 2,
                cell: { TableCell($0.telemetry ?? "-", role: .dim) },
                sortKey: { .text($0.telemetry ?? "") }
            ),
            TableColumn(
                "SCRAPES",
                min: 7,
                priority: 3,
                alignment: .right,
                cell: { TableCell($0.scrapes.map(String.init) ?? "-", role: $0.scrapes == nil ? .dim : .text) },
                sortKey: { .number(Double($0.scrapes ?? -1)) }
            ),
            TableColumn(
                "LAST SCRAPE",
                min: 19,
                priority: 2,
                cell: { TableCell($0.lastScrape.map { context.zone.clock($0) } ?? "-", role: .dim) },
                sortKey: { .number(Double($0.lastScrape ?? 0)) }
            ),
            TableColumn(
                "AGE",
                min: 6,
                priority: 1,
                alignment: .right,
                cell: { source in
                    let age = source.lastScrape.map { Format.duration(seconds: max(0, context.now - $0) / 1000) }
                    return TableCell(age ?? "-", role: .dim)
                },
                sortKey: { .number(-Double($0.lastScrape ?? 0)) }
            ),
            count("SAMPLES", min: 7, priority: 2) { $0.samples },
            count("USED", min: 6, priority: 2) { $0.samplesUsed },
            TableColumn(
                "ISSUES",
                min: 6,
                priority: 1,
                alignment: .right,
                cell: { TableCell($0.issues.map(String.init) ?? "-", role: ($0.issues ?? 0) > 0 ? .warning : .text) },
                sortKey: { .number(Double($0.issues ?? -1)) }
            ),
            TableColumn(
                "HEALTH",
                min: 12,
                ideal: 40,
                priority: 0,
                flexible: true,
                cell: { TableCell($0.healthText, role: $0.error != nil ? .error : $0.waiting ? .dim : .mtls) },
                sortKey: { .text($0.error ?? "") }
            ),
        ]
        return TableData(
            TableRows(rows: context.model.sources),
            columns: columns,
            sortedBy: "SOURCE",
            descending: false,
            counts: context.counts,
            emptyText: "no sources"
        )
    }
}
