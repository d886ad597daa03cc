extension TableBuilder {
    /// The columns of the evidence tables: the figure, its value and the series it came from.
    static var evidenceColumns: [TableColumn<EvidenceItem>] {
        [
            TableColumn(
                "FIGURE",
                min: 12,
                ideal: 24,
                priority: 0,
                cell: { TableCell($0.figure, role: .header) },
                sortKey: { .text($0.figure) }
            ),
            TableColumn(
                "VALUE",
                min: 7,
                priority: 1,
                alignment: .right,
                cell: { TableCell(Format.rate($0.value)) },
                sortKey: { .number($0.value) }
            ),
            TableColumn(
                "SERIES",
                min: 20,
                priority: 0,
                flexible: true,
                cell: { TableCell($0.series) },
                sortKey: { .text($0.series) }
            ),
        ]
    }
}
