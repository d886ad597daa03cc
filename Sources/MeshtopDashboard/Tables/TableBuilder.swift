import MeshtopModel

/// What a table builder needs besides the pane: the model, the screen's subject and display options.
struct TableContext {
    var model: DashboardModel
    var location: Location
    var horizon: CertificateHorizon
    var glyphs: Glyphs
    /// The time "now" for relative figures (the data time when known).
    var now: Int64
    /// The zone times are shown in.
    var zone: DisplayZone = .utc
}

/// Builds the table of each pane from the view model.
enum TableBuilder {
    /// The unfiltered, unsorted table of a pane.
    static func build(_ pane: Pane, context: TableContext) -> TableData {
        switch pane {
        case .namespaces: return namespaces(context)
        case .workloads: return workloads(context)
        case .plaintextInbound: return namespaceEdges(context, inbound: true)
        case .plaintextOutbound: return namespaceEdges(context, inbound: false)
        case .inbound: return workloadEdges(context, inbound: true)
        case .outbound: return workloadEdges(context, inbound: false)
        case .failures: return failures(context)
        case .workloadCertificates: return workloadCertificates(context)
        case .evidence: return evidence(context)
        case .alerts: return alerts(context)
        case .certificates: return certificates(context)
        case .edges: return edges(context)
        case .readiness: return readinessOfNamespaces(context)
        case .workloadReadiness: return readinessOfWorkloads(context)
        case .blockers: return blockers(context)
        case .sources: return sources(context)
        case .alertEvidence: return alertEvidence(context)
        }
    }

    // MARK: Shared cells

    static func classCell(_ securityClass: SecurityClass, _ glyphs: Glyphs) -> TableCell {
        TableCell(securityClass.mark(glyphs) + " " + securityClass.word, role: securityClass.role)
    }

    static func modeCell(_ mode: PolicyMode) -> TableCell {
        TableCell(mode.word, role: mode.role)
    }

    /// A figure: a rate per second, or with `counts` (a single scrape's totals) a whole count; `-` for zero.
    static func rateCell(_ value: Double, role: StyleRole = .text, counts: Bool = false) -> TableCell {
        let text = counts ? Format.count(value, dashForZero: true) : Format.rate(value, dashForZero: true)
        return TableCell(text, role: value > 0 ? role : .dim)
    }

    static func certificateCell(secondsLeft: Int64?, limits: ExpiryUrgency.Limits) -> TableCell {
        guard let secondsLeft else { return TableCell("-", role: .dim) }
        let urgency = ExpiryUrgency(secondsLeft: secondsLeft, limits: limits)
        let text = urgency == .expired ? "EXPIRED" : Format.duration(seconds: secondsLeft) + " " + urgency.word
        return TableCell(text, role: urgency.role)
    }

    static func name(_ id: WorkloadID) -> String { id.namespace + "/" + id.name }

    static func number(_ value: Double) -> SortKey { .number(value) }

    static func optionalNumber(_ value: Int64?) -> SortKey { value.map { .number(Double($0)) } ?? .missing }

    // MARK: Mesh and namespace

    /// Columns shared by the namespace and workload tables, after the name column.
    static let figureColumns: [TableColumn] = [
        TableColumn("MODE", min: 10, priority: 1),
        TableColumn("mTLS%", min: 6, priority: 0, alignment: .right),
        TableColumn("REQ/S", min: 7, priority: 4, alignment: .right),
        TableColumn("PLAIN/S", min: 8, priority: 0, alignment: .right),
        TableColumn("UNKN/S", min: 7, priority: 5, alignment: .right),
        TableColumn("CONN M/S", min: 8, priority: 6, alignment: .right),
        TableColumn("CONN P/S", min: 8, priority: 5, alignment: .right),
        TableColumn("PT SRC", min: 6, priority: 1, alignment: .right),
        TableColumn("HSFAIL/S", min: 8, priority: 2, alignment: .right),
        TableColumn("CERT", min: 12, ideal: 13, priority: 3),
        TableColumn("PT TREND", min: 8, ideal: 16, priority: 3),
    ]

    static func figureCells(
        mode: PolicyMode,
        requests: ClassCounts,
        connections: ClassCounts,
        plaintextSources: Int,
        failures: Double?,
        certificate: Int64?,
        certificateLimits: ExpiryUrgency.Limits,
        trend: [Double],
        counts: Bool
    ) -> (cells: [TableCell], keys: [SortKey]) {
        // mTLS% counts connections as well as requests: a TCP-only workload with plaintext is not 100 % mTLS.
        let inbound = requests + connections
        let cells: [TableCell] = [
            modeCell(mode),
            TableCell(
                Format.percent(inbound.mutualTLSShare),
                role: inbound.mutualTLSShare == nil ? .dim : inbound.plaintext > 0 ? .plaintext : .mtls
            ),
            rateCell(requests.total, counts: counts),
            rateCell(requests.plaintext, role: .plaintext, counts: counts),
            rateCell(requests.unknown, role: .unknown, counts: counts),
            rateCell(connections.mutualTLS, role: .mtls, counts: counts),
            rateCell(connections.plaintext, role: .plaintext, counts: counts),
            TableCell(
                plaintextSources > 0 ? String(plaintextSources) : "-",
                role: plaintextSources > 0 ? .plaintext : .dim
            ),
            failures.map { rateCell($0, role: .warning, counts: counts) } ?? TableCell("n/a", role: .dim),
            certificateCell(secondsLeft: certificate, limits: certificateLimits),
            // An all-zero trend is no plaintext at all: not drawn in the plaintext colour.
            TableCell(content: .sparkline(trend), role: trend.contains { $0 > 0 } ? .plaintext : .dim),
        ]
        let keys: [SortKey] = [
            .text(mode.word), inbound.mutualTLSShare.map(number) ?? .missing, number(requests.total),
            number(requests.plaintext), number(requests.unknown), number(connections.mutualTLS),
            number(connections.plaintext), number(Double(plaintextSources)), failures.map(number) ?? .missing,
            optionalNumber(certificate), number(trend.last ?? 0),
        ]
        return (cells, keys)
    }

    static func namespaces(_ context: TableContext) -> TableData {
        let rows = context.model.namespaces.map { namespace in
            let figures = figureCells(
                mode: namespace.mode,
                requests: namespace.requests,
                connections: namespace.connections,
                plaintextSources: namespace.plaintextSources,
                failures: context.model.unavailableNote == nil ? namespace.handshakeFailures : nil,
                certificate: namespace.soonestCertificate,
                certificateLimits: namespace.soonestCertificateLimits,
                trend: namespace.plaintextTrend,
                counts: context.model.isCumulative
            )
            let readiness = namespace.readiness
            return RowData(
                cells: [TableCell(namespace.name), readinessCell(readiness)] + figures.cells,
                sortKeys: [.text(namespace.name.lowercased()), readiness.map { number($0.sortValue) } ?? .missing]
                    + figures.keys,
                target: .namespace(namespace.name)
            )
        }
        let table = TableData(
            columns: [
                TableColumn("NAMESPACE", min: 10, ideal: 20, priority: 0, flexible: true),
                TableColumn("READY?", min: 10, priority: 1),
            ] + figureColumns,
            rows: rows,
            defaultSort: .init(column: 5, descending: true),
            emptyText: "no namespaces in the telemetry yet"
        )
        // Without a policy there are no verdicts and no modes: both columns are left out.
        let anyVerdict = context.model.namespaces.contains { $0.readiness != nil }
        let anyMode = context.model.namespaces.contains { $0.mode != .unknown }
        let withMode = anyMode ? table : table.removingColumn(modeColumn + 1)
        return anyVerdict ? withMode : withMode.removingColumn(readinessColumn)
    }

    /// Where the READY? column sits in the namespace table.
    static let readinessColumn = 1

    static func readinessCell(_ verdict: ReadinessVerdict?) -> TableCell {
        guard let verdict else { return TableCell("-", role: .dim) }
        return TableCell(verdict.word, role: verdict.role)
    }

    static func workloads(_ context: TableContext) -> TableData {
        guard case .namespace(let name) = context.location else { return emptyTable }
        let rows = context.model.workloads.filter { $0.id.namespace == name }.map { workload in
            let figures = figureCells(
                mode: workload.mode,
                requests: workload.requests,
                connections: workload.connections,
                plaintextSources: workload.plaintextSources,
                failures: context.model.unavailableNote == nil ? workload.handshakeFailures : nil,
                certificate: workload.soonestCertificate,
                certificateLimits: workload.soonestCertificateLimits,
                trend: workload.plaintextTrend,
                counts: context.model.isCumulative
            )
            return RowData(
                cells: [TableCell(workload.id.name)] + figures.cells,
                sortKeys: [.text(workload.id.name.lowercased())] + figures.keys,
                target: .workload(workload.id)
            )
        }
        let table = TableData(
            columns: [TableColumn("WORKLOAD", min: 10, ideal: 24, priority: 0, flexible: true)] + figureColumns,
            rows: rows,
            defaultSort: .init(column: 4, descending: true),
            emptyText: "no workloads in this namespace"
        )
        let anyMode = context.model.workloads.contains { $0.id.namespace == name && $0.mode != .unknown }
        return anyMode ? table : table.removingColumn(modeColumn)
    }

    /// Where the MODE column sits; without a policy every mode is unknown and the column is left out.
    static let modeColumn = 1

    static let emptyTable = TableData(
        columns: [TableColumn("", min: 1)],
        rows: [],
        defaultSort: .init(column: 0, descending: false),
        emptyText: "nothing to show"
    )
}
