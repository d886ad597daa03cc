import MeshtopModel

extension TableBuilder {
    static let edgeColumns: [TableColumn] = [
        TableColumn("SOURCE", min: 12, ideal: 28, priority: 0, flexible: true),
        TableColumn("DESTINATION", min: 12, ideal: 28, priority: 0, flexible: true),
        TableColumn("CLASS", min: 9, priority: 0),
        TableColumn("REQ/S", min: 7, priority: 1, alignment: .right),
        TableColumn("CONN/S", min: 7, priority: 2, alignment: .right),
        TableColumn("SOURCE PRINCIPAL", min: 16, ideal: 40, priority: 3),
    ]

    static func edgeRow(_ edge: EdgeSummary, glyphs: Glyphs, target: WorkloadID, counts: Bool) -> RowData {
        RowData(
            cells: [
                TableCell(name(edge.source)), TableCell(name(edge.destination)), classCell(edge.securityClass, glyphs),
                rateCell(edge.requestRate, counts: counts), rateCell(edge.connectionRate, counts: counts),
                TableCell(edge.sourcePrincipal ?? "-", role: edge.sourcePrincipal == nil ? .dim : .text),
            ],
            sortKeys: [
                .text(name(edge.source).lowercased()), .text(name(edge.destination).lowercased()),
                .number(Double(edge.securityClass.rawValue)),
                number(edge.requestRate), number(edge.connectionRate), .text(edge.sourcePrincipal ?? ""),
            ],
            target: .workload(target)
        )
    }

    static func isInsecure(_ edge: EdgeSummary) -> Bool {
        edge.securityClass == .plaintext || edge.securityClass == .unverified
    }

    static func edges(_ context: TableContext) -> TableData {
        let rows = context.model.edges.filter(isInsecure).map {
            edgeRow($0, glyphs: context.glyphs, target: $0.destination, counts: context.model.isCumulative)
        }
        return TableData(
            columns: edgeColumns,
            rows: rows,
            defaultSort: .init(column: 3, descending: true),
            emptyText: "no plaintext or unverified edges: ready for STRICT as far as the telemetry shows"
        )
    }

    static func namespaceEdges(_ context: TableContext, inbound: Bool) -> TableData {
        guard case .namespace(let namespace) = context.location else { return emptyTable }
        let rows = context.model.edges.filter { edge in
            isInsecure(edge) && (inbound ? edge.destination.namespace : edge.source.namespace) == namespace
        }.map {
            edgeRow(
                $0,
                glyphs: context.glyphs,
                target: inbound ? $0.source : $0.destination,
                counts: context.model.isCumulative
            )
        }
        return TableData(
            columns: edgeColumns,
            rows: rows,
            defaultSort: .init(column: 3, descending: true),
            emptyText: inbound ? "no plaintext edges into this namespace" : "no plaintext edges out of this namespace"
        )
    }

    static func workloadEdges(_ context: TableContext, inbound: Bool) -> TableData {
        guard case .workload(let id) = context.location else { return emptyTable }
        let columns: [TableColumn] = [
            TableColumn(inbound ? "FROM" : "TO", min: 12, ideal: 30, priority: 0, flexible: true),
            TableColumn("CLASS", min: 9, priority: 0),
            TableColumn("REQ/S", min: 7, priority: 1, alignment: .right),
            TableColumn("CONN/S", min: 7, priority: 2, alignment: .right),
            TableColumn("PEER PRINCIPAL", min: 16, ideal: 44, priority: 3, flexible: true),
        ]
        let rows = context.model.edges.filter { (inbound ? $0.destination : $0.source) == id }.map { edge in
            let peer = inbound ? edge.source : edge.destination
            let principal = inbound ? edge.sourcePrincipal : edge.destinationPrincipal
            return RowData(
                cells: [
                    TableCell(name(peer)), classCell(edge.securityClass, context.glyphs),
                    rateCell(edge.requestRate, counts: context.model.isCumulative),
                    rateCell(edge.connectionRate, counts: context.model.isCumulative),
                    TableCell(principal ?? "-", role: principal == nil ? .dim : .text),
                ],
                sortKeys: [
                    .text(name(peer).lowercased()),
                    .number(Double(edge.securityClass.rawValue)),
                    number(edge.requestRate), number(edge.connectionRate), .text(principal ?? ""),
                ],
                target: .workload(peer)
            )
        }
        return TableData(
            columns: columns,
            rows: rows,
            defaultSort: .init(column: 2, descending: true),
            emptyText: inbound ? "no inbound traffic seen" : "no outbound traffic seen"
        )
    }
}
