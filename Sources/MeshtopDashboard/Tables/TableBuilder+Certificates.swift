import MeshtopModel

extension TableBuilder {
    static func certificateColumns(showOwner: Bool) -> [TableColumn] {
        let owner: [TableColumn] =
            showOwner
            ? [
                TableColumn("NAMESPACE", min: 10, ideal: 16, priority: 0),
                TableColumn("OWNER", min: 10, ideal: 22, priority: 1),
            ] : []
        return owner + [
            TableColumn("KIND", min: 8, ideal: 12, priority: 2),
            TableColumn("EXPIRES", min: 19, priority: 4),
            TableColumn("LEFT", min: 8, priority: 0, alignment: .right),
            TableColumn("URGENCY", min: 7, priority: 0),
            TableColumn("LIMITS", min: 15, ideal: 17, priority: 5),
            TableColumn("TIMELINE", min: 10, priority: 3, flexible: true),
        ]
    }

    static func certificateRow(_ certificate: CertificateSummary, context: TableContext, showOwner: Bool) -> RowData {
        let left = (certificate.expiresAt - context.now) / 1000
        let urgency = certificate.urgency(at: context.now)
        let position = Double(left) / Double(context.horizon.seconds)
        let ownerCells = [
            TableCell(certificate.namespace),
            TableCell(
                certificate.workload ?? certificate.name ?? "(mesh)",
                role: certificate.workload == nil && certificate.name == nil ? .dim : .text
            ),
        ]
        let cells = [
            TableCell(certificate.kind), TableCell(context.zone.clock(certificate.expiresAt), role: .dim),
            TableCell(Format.duration(seconds: left), role: urgency.role), TableCell(urgency.word, role: urgency.role),
            TableCell(limitsText(certificate.limits), role: .dim),
            TableCell(content: .marker(position), role: urgency.role),
        ]
        let grouping = certificate.namespace.lowercased() + "\u{1}" + String(certificate.expiresAt + (1 << 52))
        let keys: [SortKey] = [
            .text(certificate.kind), .number(Double(certificate.expiresAt)), .number(Double(left)),
            .number(Double(-urgency.rawValue)), .number(Double(certificate.limits.warning)), .number(Double(left)),
        ]
        let target: Location? = certificate.workload.map {
            .workload(WorkloadID(namespace: certificate.namespace, name: $0))
        }
        if showOwner {
            return RowData(
                cells: ownerCells + cells,
                sortKeys: [.text(grouping), .text(certificate.workload ?? "")] + keys,
                target: target
            )
        }
        return RowData(cells: cells, sortKeys: keys, target: target)
    }

    /// A kind's thresholds, so a 47 min workload certificate at WARN and a 4 d CA at CRIT read right.
    static func limitsText(_ limits: ExpiryUrgency.Limits) -> String {
        "warn " + Format.duration(seconds: limits.warning) + " crit " + Format.duration(seconds: limits.critical)
    }

    static func certificates(_ context: TableContext) -> TableData {
        let rows = context.model.certificates.map { certificateRow($0, context: context, showOwner: true) }
        return TableData(
            columns: certificateColumns(showOwner: true),
            rows: rows,
            // Soonest first: the LEFT column.
            defaultSort: .init(column: 4, descending: false),
            emptyText: context.model.unavailableNote ?? "no certificate expiry in the telemetry"
        )
    }
}
