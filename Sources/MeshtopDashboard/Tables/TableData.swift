import MeshtopTelemetry

/// A value rows are sorted by: numbers sort before text, and missing values last.
package enum SortKey: Comparable, Hashable, Sendable {
    /// A number.
    case number(Double)
    /// Text, compared case-sensitively after lowercasing by the builder.
    case text(String)
    /// No value.
    case missing
}

/// One row of a table before filtering and sorting.
package struct RowData: Sendable {
    /// The cells, one per column.
    package var cells: [TableCell]
    /// The sort key per column.
    package var sortKeys: [SortKey]
    /// Where Enter on this row leads.
    package var target: Location?
    /// The text the filter matches against: every text cell, space-separated.
    package var filterText: String

    /// Creates a row; `sortKeys` default to the cells' text.
    /// What `y` copies from this row instead of its name (a step's YAML).
    package var copyText: String?

    package init(cells: [TableCell], sortKeys: [SortKey]? = nil, target: Location? = nil, copyText: String? = nil) {
        self.copyText = copyText
        self.cells = cells
        self.sortKeys = sortKeys ?? cells.map { .text($0.text.lowercased()) }
        self.target = target
        self.filterText = cells.map(\.text).joined(separator: " ")
    }
}

/// A pane's table: columns, rows and the default sort.
package struct TableData: Sendable {
    /// The columns.
    package var columns: [ColumnLayout]
    /// All rows, unfiltered and unsorted.
    package var rows: [RowData]
    /// The order used until the user picks one.
    package var defaultSort: AppState.SortOrder
    /// Text shown when no row is left.
    package var emptyText: String
    /// The widest content of each column over every row: text (up to 200 columns a cell), a sparkline's
    /// points, 60 for a timeline marker.
    package var contentWidths: [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                switch cell.content {
                case .text(let text):
                    guard text.utf8.count > widths[index] else { continue }
                    // Measured as drawn: control characters take the room of their visible replacements.
                    let shown = TerminalSafeText.escape(text.prefix(200), form: .cells)
                    widths[index] = Swift.max(widths[index], DisplayWidth.of(shown.prefix(200)))
                case .sparkline(let values):
                    widths[index] = Swift.max(widths[index], values.count)
                case .marker:
                    // A timeline reads better with room: up to 60 columns.
                    widths[index] = Swift.max(widths[index], 60)
                }
            }
        }
        return widths
    }

    /// Creates a table.
    package init(columns: [ColumnLayout], rows: [RowData], defaultSort: AppState.SortOrder, emptyText: String) {
        self.columns = columns
        self.rows = rows
        self.defaultSort = defaultSort
        self.emptyText = emptyText
    }
}

extension TableData {
    /// A table with nothing to show, for a pane asked about a screen it does not belong to.
    static let empty = TableData(
        columns: [ColumnLayout("", min: 1)],
        rows: [],
        defaultSort: .init(column: 0, descending: false),
        emptyText: "nothing to show"
    )
}

/// A table after filtering and sorting: what screens draw and what the reducer navigates.
package struct ResolvedTable: Sendable {
    /// The table.
    package var data: TableData
    /// Indices into `data.rows`, in display order, filter applied.
    package var order: [Int]
    /// The widest text of each column over all rows (``TableData/contentWidths``), computed once.
    package var contentWidths: [Int] = []
    /// The sort in effect.
    package var sort: AppState.SortOrder
    /// Set when the filter pattern is not a valid regular expression (it then matches as text).
    package var filterProblem: String?

    /// How many rows are shown.
    package var count: Int { order.count }

    /// The row at a display position.
    package func row(at position: Int) -> RowData? {
        position >= 0 && position < order.count ? data.rows[order[position]] : nil
    }
}
