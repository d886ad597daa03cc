import MeshtopModel

extension TableBuilder {
    /// The columns of the certificate tables; with `showOwner`, the namespace and owner first; with
    /// `showSources`, the sources that reported each certificate last.
    static func certificateColumns(
        _ context: TableContext,
        showOwner: Bool,
        showSources: Bool
    ) -> [TableColumn<CertificateSummary>] {
        let now = context.now
        func left(_ certificate: CertificateSummary) -> Int64 { (certificate.expiresAt - now) / 1000 }
        let owner: [TableColumn<CertificateSummary>] = [
            TableColumn(
                "NAMESPACE",
                min: 10,
                ideal: 16,
                priority: 0,
                cell: { TableCell($0.namespace) },
                // Grouped by namespace, soonest first within it.
                sortKey: { .text($0.namespace.lowercased() + "\u{1}" + String($0.expiresAt + (1 << 52))) }
            ),
            TableColumn(
                "OWNER",
                min: 10,
                ideal: 22,
                priority: 1,
                cell: {
                    TableCell(
                        $0.workload ?? $0.name ?? "(mesh)",
                        role: $0.workload == nil && $0.name == nil ? .dim : .text
                    )
                },
                sortKey: { .text($0.workload ?? "") }
            ),
        ]
        let figures: [TableColumn<CertificateSummary>] = [
            TableColumn(
                "KIND",
                min: 8,
                ideal: 12,
                priority: 2,
                cell: { TableCell($0.kind) },
                sortKey: { .text($0.kind) }
            ),
            TableColumn(
                "EXPIRES",
                min: 19,
                priority: 4,
                cell: { TableCell(context.zone.clock($0.expiresAt), role: .dim) },
                sortKey: { .number(Double($0.expiresAt)) }
            ),
            TableColumn(
                "LEFT",
                min: 8,
                priority: 0,
                alignment: .right,
                cell: { TableCell(Format.duration(seconds: left($0)), role: $0.urgency(at: now).role) },
                sortKey: { .number(Double(left($0))) }
            ),
            TableColumn(
                "URGENCY",
                min: 7,
                priority: 0,
                cell: { TableCell($0.urgency(at: now).word, role: $0.urgency(at: now).role) },
                sortKey: { .number(Double(-$0.urgency(at: now).rawValue)) }
            ),
            TableColumn(
                "LIMITS",
                min: 15,
                ideal: 17,
                priority: 5,
                cell: { TableCell(limitsText($0.limits), role: .dim) },
                sortKey: { .number(Double($0.limits.warning)) }
            ),
            TableColumn(
                "TIMELINE",
                min: 10,
                priority: 3,
                flexible: true,
                cell: {
                    TableCell(
                        content: .marker(Double(left($0)) / Double(context.horizon.seconds)),
                        role: $0.urgency(at: now).role
                    )
                },
                sortKey: { .number(Double(left($0))) }
            ),
        ]
        let sources = TableColumn<CertificateSummary>(
            "SOURCES",
            min: 12,
            ideal: 40,
            priority: 6,
            cell: { TableCell($0.sources.isEmpty ? "-" : $0.sources.joined(separator: ", "), role: .dim) },
            sortKey: { .text($0.sources.joined(separator: ", ")) }
        )
        return (showOwner ? owner : []) + figures + (showSources ? [sources] : [])
    }

    /// A certificate row leads to its workload, when it has one.
    static func certificateTarget(_ certificate: CertificateSummary) -> Location? {
        certificate.workload.map { .workload(WorkloadID(namespace: certificate.namespace, name: $0)) }
    }

    /// A kind's thresholds, so a 47 min workload certificate at WARN and a 4 d CA at CRIT read right.
    static func limitsText(_ limits: ExpiryUrgency.Limits) -> String {
        "warn " + Format.duration(seconds: limits.warning) + " crit " + Format.duration(seconds: limits.critical)
    }
}
