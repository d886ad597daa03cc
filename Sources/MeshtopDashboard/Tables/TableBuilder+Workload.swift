import MeshtopModel

extension TableBuilder {
    static func failures(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return emptyTable }
        let rows = context.model.handshakeFailures.filter { $0.workload == id }.map { failure in
            RowData(
                cells: [
                    TableCell(failure.reason, role: .warning),
                    rateCell(failure.rate, role: .warning, counts: context.model.isCumulative),
                    TableCell(failure.explanation),
                ],
                sortKeys: [.text(failure.reason), number(failure.rate), .text(failure.explanation)]
            )
        }
        return TableData(
            columns: [
                TableColumn("REASON", min: 14, ideal: 28, priority: 0),
                TableColumn("FAIL/S", min: 7, priority: 0, alignment: .right),
                TableColumn("WHAT IT MEANS", min: 20, priority: 1, flexible: true),
            ],
            rows: rows,
            defaultSort: .init(column: 1, descending: true),
            emptyText: context.model.unavailableNote ?? "no TLS handshake failures"
        )
    }

    static func workloadCertificates(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return emptyTable }
        let rows = context.model.certificates.filter { $0.namespace == id.namespace && $0.workload == id.name }.map {
            certificateRow($0, context: context, showOwner: false)
        }
        return TableData(
            columns: certificateColumns(showOwner: false),
            rows: rows,
            defaultSort: .init(column: 2, descending: false),
            emptyText: context.model.unavailableNote ?? "no certificate expiry in the telemetry for this workload"
        )
    }

    static func evidence(_ context: TableContext) -> TableData {
        guard case .workload(let id) = context.location else { return emptyTable }
        let rows = context.model.evidence.filter { $0.workload == id }.map { item in
            RowData(
                cells: [
                    TableCell(item.figure, role: .header), TableCell(Format.rate(item.value)), TableCell(item.series),
                ],
                sortKeys: [.text(item.figure), number(item.value), .text(item.series)]
            )
        }
        return TableData(
            columns: [
                TableColumn("FIGURE", min: 12, ideal: 24, priority: 0),
                TableColumn("VALUE", min: 7, priority: 1, alignment: .right),
                TableColumn("SERIES", min: 20, priority: 0, flexible: true),
            ],
            rows: rows,
            defaultSort: .init(column: 0, descending: false),
            emptyText: "no evidence recorded"
        )
    }

    /// The evidence series of an alert's workload; Enter opens the workload.
    static func alertEvidence(_ context: TableContext) -> TableData {
        guard case .alert(let id) = context.location,
            let alert = context.model.alerts.first(where: { $0.id == id }), let workload = alert.workload
        else {
            return TableData(
                columns: evidenceColumns,
                rows: [],
                defaultSort: .init(column: 0, descending: false),
                emptyText: "no evidence series for this alert"
            )
        }
        let rows = context.model.evidence.filter { $0.workload == workload }.map { item in
            RowData(
                cells: [
                    TableCell(item.figure, role: .header), TableCell(Format.rate(item.value)), TableCell(item.series),
                ],
                sortKeys: [.text(item.figure), number(item.value), .text(item.series)],
                target: .workload(workload)
            )
        }
        return TableData(
            columns: evidenceColumns,
            rows: rows,
            defaultSort: .init(column: 0, descending: false),
            emptyText: "no evidence series recorded for \(workload)"
        )
    }

    static let evidenceColumns = [
        TableColumn("FIGURE", min: 12, ideal: 24, priority: 0),
        TableColumn("VALUE", min: 7, priority: 1, alignment: .right),
        TableColumn("SERIES", min: 20, priority: 0, flexible: true),
    ]

    static func alerts(_ context: TableContext) -> TableData {
        let rows = context.model.alerts.map { alert in
            let target = Location.alert(alert.id)
            let age = Format.duration(seconds: (context.now - alert.since) / 1000)
            return RowData(
                cells: [
                    alert.resolvedAt == nil
                        ? TableCell(context.glyphs.markAlert + " " + alert.severity.word, role: alert.severity.role)
                        : TableCell("resolved", role: .dim),
                    TableCell(age, role: .dim), TableCell(alert.namespace ?? "-"),
                    TableCell(alert.workload?.name ?? "-"),
                    TableCell(alert.message),
                ],
                sortKeys: [
                    .number(
                        (alert.resolvedAt == nil ? 1e14 : 0) + Double(alert.severity.rawValue) * 1e13
                            + Double(alert.since)
                    ),
                    .number(Double(alert.since)),
                    .text(alert.namespace ?? ""), .text(alert.workload?.name ?? ""), .text(alert.message),
                ],
                target: target
            )
        }
        return TableData(
            columns: [
                TableColumn("SEV", min: 8, priority: 0),
                TableColumn("AGE", min: 7, priority: 2, alignment: .right),
                TableColumn("NAMESPACE", min: 10, ideal: 16, priority: 1),
                TableColumn("WORKLOAD", min: 10, ideal: 24, priority: 1),
                TableColumn("ALERT", min: 20, priority: 0, flexible: true),
            ],
            rows: rows,
            defaultSort: .init(column: 0, descending: true),
            emptyText: "no alerts"
        )
    }
}
