import MeshtopModel

/// Cells and columns more than one screen's tables share.
enum TableBuilder {
    // MARK: Shared cells

    static func classCell(_ securityClass: SecurityClass, _ glyphs: Glyphs) -> TableCell {
        TableCell(securityClass.mark(glyphs) + " " + securityClass.word, role: securityClass.role)
    }

    static func modeCell(_ mode: MutualTLSMode?) -> TableCell {
        TableCell(mode.word, role: mode.role)
    }

    /// A figure: a rate per second, or with `counts` (a single scrape's totals) a whole count; `-` for zero.
    static func rateCell(_ value: Double, role: StyleRole = .text, counts: Bool = false) -> TableCell {
        let text = counts ? Format.count(value, dashForZero: true) : Format.rate(value, dashForZero: true)
        return TableCell(text, role: value > 0 ? role : .dim)
    }

    static func certificateCell(secondsLeft: Int64?, limits: CertificateLimits) -> TableCell {
        guard let secondsLeft else { return TableCell("-", role: .dim) }
        let mark = ExpiryMark(secondsLeft: secondsLeft, limits: limits)
        let text = mark.urgency == .expired ? "EXPIRED" : Format.duration(seconds: secondsLeft) + " " + mark.word
        return TableCell(text, role: mark.role)
    }

    static func readinessCell(_ verdict: StrictReadiness?) -> TableCell {
        guard let verdict else { return TableCell("-", role: .dim) }
        return TableCell(verdict.word, role: verdict.role)
    }

    static func name(_ id: WorkloadID) -> String { id.namespace + "/" + id.name }

    static func number(_ value: Double) -> SortKey { .number(value) }

    static func optionalNumber(_ value: Int64?) -> SortKey { value.map { .number(Double($0)) } ?? .missing }

    /// A column of names sorted case-insensitively.
    static func nameColumn<Row>(
        _ title: String,
        min: Int,
        ideal: Int,
        flexible: Bool = false,
        _ name: @escaping (Row) -> String
    ) -> TableColumn<Row> {
        TableColumn(
            title,
            min: min,
            ideal: ideal,
            priority: 0,
            flexible: flexible,
            cell: { TableCell(name($0)) },
            sortKey: { .text(name($0).lowercased()) }
        )
    }
}
