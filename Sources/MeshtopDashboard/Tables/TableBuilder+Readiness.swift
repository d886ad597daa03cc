import MeshtopModel

extension TableBuilder {
    /// What the readiness tables say when no policies were given.
    static let noPolicyText = "no verdicts without policies"

    /// Columns of the verdict tables, after the name column.
    static let verdictColumns: [TableColumn] = [
        TableColumn("VERDICT", min: 14, priority: 0),
        TableColumn("MODE", min: 10, priority: 1),
        TableColumn("FROM", min: 12, ideal: 32, priority: 3),
        TableColumn("BLOCKERS", min: 26, ideal: 60, priority: 2, flexible: true),
    ]

    /// One verdict row: the name, the verdict, the mode with its origin and the blockers in words.
    static func verdictRow(
        name: String,
        verdict: ReadinessVerdict?,
        mode: PolicyMode,
        origin: String?,
        blockers: [BlockerSummary],
        glyphs: Glyphs,
        target: Location
    ) -> RowData {
        let first = blockers.first.map { $0.sentence(glyphs) } ?? "-"
        let more = blockers.count > 1 ? " (+\(blockers.count - 1) more)" : ""
        return RowData(
            cells: [
                TableCell(name),
                TableCell(verdict?.title ?? "-", role: verdict?.role ?? .dim),
                modeCell(mode),
                TableCell(origin ?? "-", role: .dim),
                TableCell(first + more, role: blockers.isEmpty ? .dim : .plaintext),
            ],
            sortKeys: [
                .text(name.lowercased()), verdict.map { number($0.sortValue) } ?? .missing, .text(mode.word),
                .text(origin ?? ""), number(Double(blockers.count)),
            ],
            target: target
        )
    }

    static func readinessOfNamespaces(_ context: TableContext) -> TableData {
        let rows: [RowData] =
            context.model.hasPolicy
            ? context.model.namespaces.map { namespace -> RowData in
                var row = verdictRow(
                    name: namespace.name,
                    verdict: namespace.readiness,
                    mode: namespace.mode,
                    origin: namespace.modeOrigin,
                    blockers: namespace.blockers,
                    glyphs: context.glyphs,
                    target: .namespaceReadiness(namespace.name)
                )
                row.cells.append(TableCell(namespace.planStep ?? "-", role: namespace.planYAML == nil ? .dim : .text))
                row.sortKeys.append(.text(namespace.planStep ?? ""))
                row.copyText = namespace.planYAML
                row.filterText += " " + (namespace.planStep ?? "")
                return row
            } : []
        return TableData(
            columns: [TableColumn("NAMESPACE", min: 10, ideal: 20, priority: 0)] + verdictColumns
                + [TableColumn("PLAN STEP", min: 20, ideal: 60, priority: 2)],
            rows: rows,
            defaultSort: .init(column: 1, descending: true),
            emptyText: context.model.hasPolicy ? "no namespaces in the telemetry yet" : noPolicyText
        )
    }

    static func readinessOfWorkloads(_ context: TableContext) -> TableData {
        guard case .namespaceReadiness(let name) = context.location else { return emptyTable }
        let workloads = context.model.hasPolicy ? context.model.workloads.filter { $0.id.namespace == name } : []
        let rows = workloads.map { workload in
            verdictRow(
                name: workload.id.name,
                verdict: workload.readiness,
                mode: workload.mode,
                origin: workload.modeOrigin,
                blockers: workload.blockers,
                glyphs: context.glyphs,
                target: .workload(workload.id)
            )
        }
        return TableData(
            columns: [TableColumn("WORKLOAD", min: 10, ideal: 24, priority: 0)] + verdictColumns,
            rows: rows,
            defaultSort: .init(column: 1, descending: true),
            emptyText: context.model.hasPolicy ? "no workloads in this namespace" : noPolicyText
        )
    }

    static func blockers(_ context: TableContext) -> TableData {
        guard case .namespaceReadiness(let namespace) = context.location else { return emptyTable }
        let blockers = context.model.namespaces.first { $0.name == namespace }?.blockers ?? []
        let rows = blockers.map { blocker in
            RowData(
                cells: [
                    TableCell(blocker.source),
                    TableCell(name(blocker.destination)),
                    TableCell(blocker.port.map(String.init) ?? "-", role: blocker.port == nil ? .dim : .text),
                    TableCell(blocker.reason, role: .plaintext),
                    TableCell(blocker.observations.map(seen) ?? "-", role: .dim),
                ],
                sortKeys: [
                    .text(blocker.source.lowercased()), .text(name(blocker.destination).lowercased()),
                    blocker.port.map { number(Double($0)) } ?? .missing, .text(blocker.reason),
                    blocker.observations.map(number) ?? .missing,
                ],
                target: .workload(blocker.destination)
            )
        }
        return TableData(
            columns: [
                TableColumn("SOURCE", min: 12, ideal: 28, priority: 0, flexible: true),
                TableColumn("DESTINATION", min: 12, ideal: 28, priority: 0, flexible: true),
                TableColumn("PORT", min: 5, priority: 2, alignment: .right),
                TableColumn("WHY", min: 16, ideal: 28, priority: 0),
                TableColumn("SEEN", min: 6, priority: 3, alignment: .right),
            ],
            rows: rows,
            defaultSort: .init(column: 1, descending: false),
            emptyText: context.model.hasPolicy ? "nothing blocks a switch to STRICT" : noPolicyText
        )
    }

    /// How many non-mTLS calls were seen: whole numbers as they are, fractions as rates.
    private static func seen(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : Format.rate(value)
    }
}
