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

/// One row of a table as drawn: its cells, where Enter leads and what `y` copies.
package struct RowData: Sendable {
    /// The cells, one per column.
    package var cells: [TableCell]
    /// Where Enter on this row leads.
    package var target: Location?
    /// What `y` copies from this row instead of its name (a step's YAML).
    package var copyText: String?

    /// Creates a row.
    package init(cells: [TableCell], target: Location? = nil, copyText: String? = nil) {
        self.cells = cells
        self.target = target
        self.copyText = copyText
    }

    /// The text the filter matches against: every text cell, space-separated.
    package var filterText: String { cells.map(\.text).joined(separator: " ") }
}

/// A pane's table: columns, how to make any row and the default sort.
///
/// Rows are made on demand, so that a model update costs no formatting of rows that are never drawn: the
/// drawn rows' cells, one column's sort keys, and the widths of the columns whose width follows their content.
package struct TableData {
    /// The columns.
    package var columns: [ColumnLayout]
    /// How many rows there are, unfiltered.
    package var rowCount: Int
    /// The order used until the user picks one.
    package var defaultSort: AppState.SortOrder
    /// Text shown when no row is left.
    package var emptyText: String
    /// Makes row `index`.
    private let makeRow: (Int) -> RowData
    /// Makes every row's sort key in one column.
    private let makeSortKeys: (Int) -> [SortKey]
    /// Measures each column's widest content over every row, up to a limit per column (0: not measured).
    private let measure: (_ limits: [Int]) -> [Int]

    /// Creates a table of `rowCount` rows made by `row`, sorted by `sortKeys(column)`, its columns as wide as
    /// `measure(limits)` at most (each column's widest content, up to its limit).
    package init(
        columns: [ColumnLayout],
        rowCount: Int,
        defaultSort: AppState.SortOrder,
        emptyText: String,
        row: @escaping (Int) -> RowData,
        sortKeys: @escaping (_ column: Int) -> [SortKey],
        measure: @escaping (_ limits: [Int]) -> [Int]
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.defaultSort = defaultSort
        self.emptyText = emptyText
        self.makeRow = row
        self.makeSortKeys = sortKeys
        self.measure = measure
    }

    /// Row `index` (unfiltered, unsorted position).
    package func row(_ index: Int) -> RowData { makeRow(index) }

    /// Every row, unfiltered and unsorted; makes them all, so only for export and tests.
    package var rows: [RowData] { (0..<rowCount).map(makeRow) }

    /// Every row's sort key in `column`, by unsorted position.
    package func sortKeys(column: Int) -> [SortKey] {
        columns.indices.contains(column) ? makeSortKeys(column) : Array(repeating: .missing, count: rowCount)
    }

    /// The widest content of each column over every row: text (up to 200 columns a cell), a sparkline's
    /// points, 60 for a timeline marker.
    ///
    /// Only columns that can grow past their minimum (an ideal width above it, or flexible) are measured: the
    /// others are drawn at their minimum whatever their content, so their rows are never formatted for it. A
    /// column's measure stops at the widest it can be shown: its ideal width, or 200 for a flexible one.
    package var contentWidths: [Int] {
        measure(
            columns.map { layout in
                layout.flexible ? 200 : layout.idealWidth > layout.minWidth ? layout.idealWidth : 0
            }
        )
    }

    /// The width `cell` takes, when more than `widest`: text as drawn (up to 200 columns), a sparkline's
    /// points, 60 for a timeline marker; else `widest`.
    static func width(of cell: TableCell, over widest: Int) -> Int {
        switch cell.content {
        case .text(let text):
            guard text.utf8.count > widest else { return widest }
            // Measured as drawn: control characters take the room of their visible replacements.
            let shown = TerminalSafeText.escape(text.prefix(200), form: .cells)
            return Swift.max(widest, DisplayWidth.of(shown.prefix(200)))
        case .sparkline(let values):
            return Swift.max(widest, values.count)
        case .marker:
            // A timeline reads better with room: up to 60 columns.
            return Swift.max(widest, 60)
        }
    }
}

extension TableData {
    /// A table with nothing to show, for a pane asked about a screen it does not belong to.
    static var empty: TableData {
        TableData(
            columns: [ColumnLayout("", min: 1)],
            rowCount: 0,
            defaultSort: .init(column: 0, descending: false),
            emptyText: "nothing to show",
            row: { _ in RowData(cells: []) },
            sortKeys: { _ in [] },
            measure: { $0.map { _ in 0 } }
        )
    }
}

/// A table after filtering and sorting: what screens draw and what the reducer navigates.
package struct ResolvedTable {
    /// The table.
    package var data: TableData
    /// Indices into the table's rows, in display order, filter applied.
    package var order: [Int]
    /// The widest text of each column over all rows (``TableData/contentWidths``), computed once.
    package var contentWidths: [Int] = []
    /// The sort in effect.
    package var sort: AppState.SortOrder
    /// Set when the filter pattern is not a valid regular expression (it then matches as text).
    package var filterProblem: String?
    /// The rows made so far, by unsorted position: each is made once, when first drawn.
    private let made = MadeRows()

    /// Creates a resolved table.
    init(data: TableData, order: [Int], sort: AppState.SortOrder, filterProblem: String?) {
        self.data = data
        self.order = order
        self.sort = sort
        self.filterProblem = filterProblem
    }

    /// How many rows are shown.
    package var count: Int { order.count }

    /// The row at a display position.
    package func row(at position: Int) -> RowData? {
        guard position >= 0 && position < order.count else { return nil }
        let index = order[position]
        if let row = made.rows[index] { return row }
        let row = data.row(index)
        made.rows[index] = row
        return row
    }
}

/// The rows of one resolved table made so far; a resolved table lives for one model update and one view of it.
private final class MadeRows {
    var rows: [Int: RowData] = [:]
}
