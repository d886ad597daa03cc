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
        let limitsTexts = LimitsTexts()
        func left(_ certificate: CertificateSummary) -> Int64 { certificate.secondsLeft(at: now) }
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
                cell: { TableCell(Format.duration(seconds: left($0)), role: $0.mark(at: now).role) },
                sortKey: { .number(Double(left($0))) }
            ),
            TableColumn(
                "URGENCY",
                min: 7,
                priority: 0,
                cell: {
                    let mark = $0.mark(at: now)
                    return TableCell(mark.word, role: mark.role)
                },
                // Most urgent first when ascending, as the legend lists them.
                sortKey: { .number(Double($0.mark(at: now).legendPosition ?? ExpiryMark.legend.count)) }
            ),
            TableColumn(
                "LIMITS",
                min: 15,
                ideal: 17,
                priority: 5,
                cell: { TableCell(limitsTexts.text(of: $0.limits), role: .dim) },
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
                        role: $0.mark(at: now).role
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
}

/// The LIMITS text of each distinct pair of limits, made once per table: a mesh has a few kinds of
/// certificate, not one kind per certificate.
private final class LimitsTexts {
    private var texts: [CertificateLimits: String] = [:]
    private var last: (limits: CertificateLimits, text: String)?

    func text(of limits: CertificateLimits) -> String {
        // Neighbouring rows mostly share their kind: try the last pair before hashing.
        if let last, last.limits == limits { return last.text }
        let text = texts[limits] ?? limits.text
        texts[limits] = text
        last = (limits, text)
        return text
    }
}
