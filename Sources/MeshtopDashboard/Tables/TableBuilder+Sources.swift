extension TableBuilder {
    /// Screen 8: every telemetry source with its kind, the traffic telemetry it delivered, last scrape and its age at the moment shown, samples
    /// (and how many the model uses), parse issues and health in words.
    static func sources(_ context: TableContext) -> TableData {
        let rows = context.model.sources.map { source in
            let age = source.lastScrape.map { Format.duration(seconds: max(0, context.now - $0) / 1000) }
            return RowData(
                cells: [
                    TableCell(source.name),
                    TableCell(source.kind, role: .dim),
                    TableCell(source.telemetry ?? "-", role: .dim),
                    TableCell(source.scrapes.map(String.init) ?? "-", role: source.scrapes == nil ? .dim : .text),
                    TableCell(source.lastScrape.map { context.zone.clock($0) } ?? "-", role: .dim),
                    TableCell(age ?? "-", role: .dim),
                    TableCell(source.samples.map(String.init) ?? "-"),
                    TableCell(source.samplesUsed.map(String.init) ?? "-"),
                    TableCell(
                        source.issues.map(String.init) ?? "-",
                        role: (source.issues ?? 0) > 0 ? .warning : .text
                    ),
                    TableCell(
                        source.healthText,
                        role: source.error != nil ? .error : source.waiting ? .dim : .mtls
                    ),
                ],
                sortKeys: [
                    .text(source.name), .text(source.kind), .text(source.telemetry ?? ""),
                    .number(Double(source.scrapes ?? -1)),
                    .number(Double(source.lastScrape ?? 0)), .number(-Double(source.lastScrape ?? 0)),
                    .number(Double(source.samples ?? -1)), .number(Double(source.samplesUsed ?? -1)),
                    .number(Double(source.issues ?? -1)), .text(source.error ?? ""),
                ]
            )
        }
        return TableData(
            columns: [
                TableColumn("SOURCE", min: 16, ideal: 40, priority: 0, flexible: true),
                TableColumn("KIND", min: 5, priority: 3),
                TableColumn("TELEMETRY", min: 9, ideal: 16, priority: 2),
                TableColumn("SCRAPES", min: 7, priority: 3, alignment: .right),
                TableColumn("LAST SCRAPE", min: 19, priority: 2),
                TableColumn("AGE", min: 6, priority: 1, alignment: .right),
                TableColumn("SAMPLES", min: 7, priority: 2, alignment: .right),
                TableColumn("USED", min: 6, priority: 2, alignment: .right),
                TableColumn("ISSUES", min: 6, priority: 1, alignment: .right),
                TableColumn("HEALTH", min: 12, ideal: 40, priority: 0, flexible: true),
            ],
            rows: rows,
            defaultSort: .init(column: 0, descending: false),
            emptyText: "no sources"
        )
    }
}
