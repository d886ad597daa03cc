/// A table column declared once: its title and width rule, the cell it draws for a row and the key rows
/// sort by, so that cells, sort keys and headers can never fall out of step.
struct TableColumn<Row> {
    /// What a column's title says about its unit.
    enum Unit {
        /// The title is shown as it is.
        case none
        /// A figure per second: the title gains `/S`, except over a single scrape's counter totals.
        case perSecond
    }

    /// The title without its unit; default sorts name columns by it.
    var name: String
    /// Whether the title carries a per-second unit.
    var unit: Unit
    /// Widths, priority and alignment (the title is filled in for the figures shown).
    var layout: ColumnLayout
    /// The cell drawn for a row.
    var cell: (Row) -> TableCell
    /// The key rows sort by in this column.
    var sortKey: (Row) -> SortKey

    /// Creates a column; widths and priority as ``ColumnLayout`` takes them.
    init(
        _ name: String,
        unit: Unit = .none,
        min: Int,
        ideal: Int? = nil,
        priority: Int = 0,
        alignment: ColumnLayout.Alignment = .left,
        flexible: Bool = false,
        cell: @escaping (Row) -> TableCell,
        sortKey: @escaping (Row) -> SortKey
    ) {
        self.name = name
        self.unit = unit
        self.layout = ColumnLayout(
            name,
            min: min,
            ideal: ideal,
            priority: priority,
            alignment: alignment,
            flexible: flexible
        )
        self.cell = cell
        self.sortKey = sortKey
    }

    /// The header: the name, with `/S` for per-second figures unless they are counter totals.
    func title(counts: Bool) -> String {
        unit == .perSecond && !counts ? name + "/S" : name
    }
}

/// What a table is about besides its columns: where rows lead, what `y` copies, the default order.
struct TableRows<Row> {
    /// The rows, unfiltered and unsorted.
    var rows: [Row]
    /// Where Enter on a row leads.
    var target: (Row) -> Location? = { _ in nil }
    /// What `y` copies from a row instead of its name.
    var copyText: (Row) -> String? = { _ in nil }
}

extension TableData {
    /// A table of `rows` in `columns`, sorted by default by the column named `sortedBy`; cells and sort keys
    /// are made from the rows when asked for.
    ///
    /// With `counts` (a single scrape's counter totals) per-second titles lose their unit.
    init<Row>(
        _ rows: TableRows<Row>,
        columns: [TableColumn<Row>],
        sortedBy name: String,
        descending: Bool,
        counts: Bool,
        emptyText: String
    ) {
        let layouts = columns.map { column in
            var layout = column.layout
            layout.title = column.title(counts: counts)
            return layout
        }
        let items = rows.rows
        let target = rows.target
        let copyText = rows.copyText
        self.init(
            columns: layouts,
            rowCount: items.count,
            defaultSort: .init(column: columns.firstIndex { $0.name == name } ?? 0, descending: descending),
            emptyText: emptyText,
            row: { index in
                let row = items[index]
                return RowData(cells: columns.map { $0.cell(row) }, target: target(row), copyText: copyText(row))
            },
            // Through the buffer, so that rows are lent to the column rather than copied one by one.
            sortKeys: { column in items.withUnsafeBufferPointer { $0.map(columns[column].sortKey) } },
            measure: { limits in
                // Row by row, every measured column at once, so that each row is read once.
                var widths = Array(repeating: 0, count: columns.count)
                var open = columns.indices.filter { limits[$0] > 0 }
                for row in items {
                    guard !open.isEmpty else { break }
                    for column in open {
                        widths[column] = TableData.width(of: columns[column].cell(row), over: widths[column])
                    }
                    open.removeAll { widths[$0] >= limits[$0] }
                }
                return widths
            }
        )
    }
}
