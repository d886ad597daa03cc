import MeshtopModel

/// What the namespace and workload tables show alike: mode, shares, rates, plaintext sources, failures,
/// the most urgent certificate and the plaintext trend.
protocol TrafficFigureRow {
    var mode: MutualTLSMode? { get }
    var requests: ClassCounts { get }
    var connections: ClassCounts { get }
    var plaintextSources: Int { get }
    var handshakeFailures: Double { get }
    var soonestCertificate: Int64? { get }
    var soonestCertificateLimits: CertificateLimits { get }
    var plaintextTrend: [Double] { get }
}

extension NamespaceFigures: TrafficFigureRow {}
extension WorkloadFigures: TrafficFigureRow {}

extension TableBuilder {
    /// The columns after the name column of the namespace and workload tables; MODE only with `modes` (without
    /// a policy every mode is unknown and the column carries nothing). Without `handshakes` (telemetry that
    /// carries no TLS statistics, such as Cloud Monitoring's) HSFAIL reads `n/a`, never a measured zero.
    static func trafficFigureColumns<Row: TrafficFigureRow>(
        counts: Bool,
        modes: Bool,
        handshakes: Bool = true
    ) -> [TableColumn<Row>] {
        // mTLS% counts connections as well as requests: a TCP-only workload with plaintext is not 100 % mTLS.
        func inbound(_ row: Row) -> ClassCounts { row.requests + row.connections }
        func rate(
            _ name: String,
            min: Int,
            priority: Int,
            role: StyleRole = .text,
            _ value: @escaping (Row) -> Double
        ) -> TableColumn<Row> {
            TableColumn(
                name,
                unit: .perSecond,
                min: min,
                priority: priority,
                alignment: .right,
                cell: { rateCell(value($0), role: role, counts: counts) },
                sortKey: { number(value($0)) }
            )
        }
        let mode = TableColumn<Row>(
            "MODE",
            min: 10,
            priority: 1,
            cell: { modeCell($0.mode) },
            sortKey: { .text($0.mode.word) }
        )
        let figures: [TableColumn<Row>] = [
            TableColumn(
                "mTLS%",
                min: 6,
                priority: 0,
                alignment: .right,
                cell: { row in
                    let share = inbound(row)
                    return TableCell(
                        Format.percent(share.mutualTLSShare),
                        role: share.mutualTLSShare == nil ? .dim : share.plaintext > 0 ? .plaintext : .mtls
                    )
                },
                sortKey: { inbound($0).mutualTLSShare.map(number) ?? .missing }
            ),
            rate("REQ", min: 7, priority: 4) { $0.requests.total },
            rate("PLAIN", min: 8, priority: 0, role: .plaintext) { $0.requests.plaintext },
            rate("UNKN", min: 7, priority: 5, role: .unknown) { $0.requests.unknown },
            rate("CONN M", min: 8, priority: 6, role: .mtls) { $0.connections.mutualTLS },
            rate("CONN P", min: 8, priority: 5, role: .plaintext) { $0.connections.plaintext },
            TableColumn(
                "PT SRC",
                min: 6,
                priority: 1,
                alignment: .right,
                cell: {
                    TableCell(
                        $0.plaintextSources > 0 ? String($0.plaintextSources) : "-",
                        role: $0.plaintextSources > 0 ? .plaintext : .dim
                    )
                },
                sortKey: { number(Double($0.plaintextSources)) }
            ),
            handshakes
                ? rate("HSFAIL", min: 8, priority: 2, role: .warning) { $0.handshakeFailures }
                : TableColumn(
                    "HSFAIL",
                    unit: .perSecond,
                    min: 8,
                    priority: 2,
                    alignment: .right,
                    cell: { _ in TableCell("n/a", role: .dim) },
                    sortKey: { _ in .missing }
                ),
            TableColumn(
                "CERT",
                min: 12,
                ideal: 13,
                priority: 3,
                cell: { certificateCell(secondsLeft: $0.soonestCertificate, limits: $0.soonestCertificateLimits) },
                sortKey: { optionalNumber($0.soonestCertificate) }
            ),
            TableColumn(
                "PT TREND",
                min: 8,
                ideal: 16,
                priority: 3,
                // An all-zero trend is no plaintext at all: not drawn in the plaintext colour.
                cell: {
                    TableCell(
                        content: .sparkline($0.plaintextTrend),
                        role: $0.plaintextTrend.contains { $0 > 0 } ? .plaintext : .dim
                    )
                },
                sortKey: { number($0.plaintextTrend.last ?? 0) }
            ),
        ]
        return (modes ? [mode] : []) + figures
    }
}
