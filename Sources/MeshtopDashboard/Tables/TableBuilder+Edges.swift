import MeshtopModel

extension TableBuilder {
    /// The columns of the edge tables: both ends, class, rates and the source's principal.
    static func edgeColumns(_ context: TableContext) -> [TableColumn<EdgeSummary>] {
        [
            nameColumn("SOURCE", min: 12, ideal: 28, flexible: true) { name($0.source) },
            nameColumn("DESTINATION", min: 12, ideal: 28, flexible: true) { name($0.destination) },
            classColumn(context.glyphs),
            requestRateColumn(counts: context.counts),
            connectionRateColumn(counts: context.counts),
            principalColumn("SOURCE PRINCIPAL", ideal: 40, flexible: false) { $0.sourcePrincipal },
        ]
    }

    static func classColumn<Row: EdgeRow>(_ glyphs: Glyphs) -> TableColumn<Row> {
        TableColumn(
            "CLASS",
            min: 9,
            priority: 0,
            cell: { classCell($0.edge.securityClass, glyphs) },
            sortKey: { .number(Double($0.edge.securityClass.rawValue)) }
        )
    }

    static func requestRateColumn<Row: EdgeRow>(counts: Bool) -> TableColumn<Row> {
        TableColumn(
            "REQ",
            unit: .perSecond,
            min: 7,
            priority: 1,
            alignment: .right,
            cell: { rateCell($0.edge.requestRate, counts: counts) },
            sortKey: { number($0.edge.requestRate) }
        )
    }

    static func connectionRateColumn<Row: EdgeRow>(counts: Bool) -> TableColumn<Row> {
        TableColumn(
            "CONN",
            unit: .perSecond,
            min: 7,
            priority: 2,
            alignment: .right,
            cell: { rateCell($0.edge.connectionRate, counts: counts) },
            sortKey: { number($0.edge.connectionRate) }
        )
    }

    static func principalColumn<Row>(
        _ title: String,
        ideal: Int,
        flexible: Bool,
        _ principal: @escaping (Row) -> String?
    ) -> TableColumn<Row> {
        TableColumn(
            title,
            min: 16,
            ideal: ideal,
            priority: 3,
            flexible: flexible,
            cell: { TableCell(principal($0) ?? "-", role: principal($0) == nil ? .dim : .text) },
            sortKey: { .text(principal($0) ?? "") }
        )
    }

    /// A table of edges, the REQ/S column first in the default order.
    static func edgeTable(
        _ edges: [EdgeSummary],
        context: TableContext,
        target: @escaping (EdgeSummary) -> WorkloadID,
        emptyText: String
    ) -> TableData {
        TableData(
            TableRows(rows: edges, target: { .workload(target($0)) }),
            columns: edgeColumns(context),
            sortedBy: "REQ",
            descending: true,
            counts: context.counts,
            emptyText: emptyText
        )
    }
}

/// A row that shows an edge.
protocol EdgeRow {
    var edge: EdgeSummary { get }
}

extension EdgeSummary: EdgeRow {
    var edge: EdgeSummary { self }
}
