import MeshtopModel

/// What the readiness tables show alike: a verdict, the mode with its origin and the blockers.
protocol VerdictRow {
    var readiness: StrictReadiness? { get }
    var mode: MutualTLSMode? { get }
    var modeOrigin: String? { get }
}

extension NamespaceFigures: VerdictRow {}
extension WorkloadFigures: VerdictRow {}

extension TableBuilder {
    /// What the readiness tables say when no policies were given.
    static let noPolicyText = "no verdicts without policies"

    /// Columns of the verdict tables, after the name column: the verdict, the mode with its origin and the
    /// blockers in words.
    static func verdictColumns<Row: VerdictRow>(_ glyphs: Glyphs) -> [TableColumn<Row>] {
        [
            TableColumn(
                "VERDICT",
                min: 14,
                priority: 0,
                cell: { TableCell($0.readiness?.title ?? "-", role: $0.readiness?.role ?? .dim) },
                sortKey: { $0.readiness.map { number($0.sortValue) } ?? .missing }
            ),
            TableColumn("MODE", min: 10, priority: 1, cell: { modeCell($0.mode) }, sortKey: { .text($0.mode.word) }),
            TableColumn(
                "FROM",
                min: 12,
                ideal: 32,
                priority: 3,
                cell: { TableCell($0.modeOrigin ?? "-", role: .dim) },
                sortKey: { .text($0.modeOrigin ?? "") }
            ),
            TableColumn(
                "BLOCKERS",
                min: 26,
                ideal: 60,
                priority: 2,
                flexible: true,
                cell: { row in
                    let blockers = row.readiness?.blockers ?? []
                    let first = blockers.first.map { $0.sentence(glyphs) } ?? "-"
                    let more = blockers.count > 1 ? " (+\(blockers.count - 1) more)" : ""
                    return TableCell(first + more, role: blockers.isEmpty ? .dim : .plaintext)
                },
                sortKey: { number(Double($0.readiness?.blockers.count ?? 0)) }
            ),
        ]
    }
}
