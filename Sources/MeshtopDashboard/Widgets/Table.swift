/// A table that lays out only its visible rows, drops columns by priority, and marks sort and selection.
package struct Table {
    /// The columns, left to right.
    package var columns: [ColumnLayout]
    /// How many rows exist in total.
    package var rowCount: Int
    /// Produces row `index`'s cells; called only for visible rows.
    package var row: (Int) -> [TableCell]
    /// The selected row, drawn in reverse video.
    package var selected: Int?
    /// The first row shown.
    package var offset: Int
    /// The column sorted by, and whether descending.
    package var sort: (column: Int, descending: Bool)?
    /// Text shown when there are no rows.
    package var emptyText: String
    /// The widest text of each column over all its rows (empty: unknown); no column grows past its content.
    package var contentWidths: [Int] = []

    /// Creates a table.
    package init(
        columns: [ColumnLayout],
        rowCount: Int,
        selected: Int? = nil,
        offset: Int = 0,
        sort: (column: Int, descending: Bool)? = nil,
        emptyText: String = "nothing to show",
        row: @escaping (Int) -> [TableCell]
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.selected = selected
        self.offset = offset
        self.sort = sort
        self.emptyText = emptyText
    }

    /// The columns that fit in `width`, each with its x offset and width.
    ///
    /// Columns with the highest priority number are dropped until the minimum widths fit; then
    /// each column grows toward its ideal width, and flexible columns share what is left. With
    /// `contentWidths`, no column grows past its widest text, so names stay as wide as they need and the
    /// figures sit next to them; what is left stays empty at the right.
    package static func layout(
        _ columns: [ColumnLayout],
        width: Int,
        contentWidths: [Int] = []
    ) -> [(index: Int, x: Int, width: Int)] {
        func cap(_ index: Int) -> Int {
            guard contentWidths.indices.contains(index) else { return .max }
            return Swift.max(columns[index].minWidth, contentWidths[index])
        }
        var kept = Array(columns.indices)
        func needed(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + columns[$1].minWidth } + max(0, indices.count - 1)
        }
        while kept.count > 1, needed(kept) > width {
            var drop = kept.count - 1
            for position in kept.indices.reversed()
            where columns[kept[position]].priority > columns[kept[drop]].priority {
                drop = position
            }
            kept.remove(at: drop)
        }
        var widths = kept.map { columns[$0].minWidth }
        var spare = width - needed(kept)
        // Grow columns toward their ideal widths in fair shares, so that no column starves another.
        func target(_ position: Int) -> Int { Swift.min(columns[kept[position]].idealWidth, cap(kept[position])) }
        var needing = kept.indices.filter { widths[$0] < target($0) }
        while spare > 0, !needing.isEmpty {
            let share = max(1, spare / needing.count)
            for position in needing where spare > 0 {
                let growth = min(share, spare, target(position) - widths[position])
                widths[position] += growth
                spare -= growth
            }
            needing = needing.filter { widths[$0] < target($0) }
        }
        var flexible = kept.indices.filter { columns[kept[$0]].flexible && widths[$0] < cap(kept[$0]) }
        while spare > 0, !flexible.isEmpty {
            let share = max(1, spare / flexible.count)
            for position in flexible where spare > 0 {
                let growth = min(share, spare, cap(kept[position]) - widths[position])
                widths[position] += growth
                spare -= growth
            }
            flexible = flexible.filter { widths[$0] < cap(kept[$0]) }
        }
        var x = 0
        return kept.enumerated().map { position, index in
            defer { x += widths[position] + 1 }
            return (index, x, widths[position])
        }
    }

    /// Draws the header and the visible rows into `area`.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        let layout = Self.layout(columns, width: area.width, contentWidths: contentWidths)
        drawHeader(layout, area: area, grid: &grid)
        let body = area.splitTop(1).rest
        if rowCount == 0 {
            grid.write(emptyText, x: body.x + 1, y: body.y, maxWidth: body.width - 1, role: .dim)
            return
        }
        let first = max(0, min(offset, rowCount - 1))
        for line in 0..<min(body.height, rowCount - first) {
            let index = first + line
            let cells = row(index)
            let y = body.y + line
            for placement in layout where placement.index < cells.count {
                draw(
                    cells[placement.index],
                    column: columns[placement.index],
                    x: body.x + placement.x,
                    y: y,
                    width: placement.width,
                    grid: &grid
                )
            }
            if index == selected {
                grid.restyle(body.row(line), adding: .reverse)
            }
        }
    }

    private func drawHeader(_ layout: [(index: Int, x: Int, width: Int)], area: Rect, grid: inout CellGrid) {
        grid.fill(area.row(0), role: .header)
        for placement in layout {
            let column = columns[placement.index]
            let x = area.x + placement.x
            var indicator = ""
            var attributes: TextAttributes = []
            if let sort, sort.column == placement.index {
                indicator = sort.descending ? grid.glyphs.sortDescending : grid.glyphs.sortAscending
                attributes = .underline
            }
            // The sort indicator always shows: the title gives way to it.
            let room = placement.width - DisplayWidth.of(indicator)
            let titleWidth = min(DisplayWidth.of(column.title), room)
            let start = column.alignment == .right ? x + placement.width - titleWidth - DisplayWidth.of(indicator) : x
            let used = grid.write(
                column.title,
                x: start,
                y: area.y,
                maxWidth: room - (start - x),
                role: .header,
                attributes: attributes
            )
            grid.write(indicator, x: start + used, y: area.y, role: .header, attributes: attributes)
        }
    }

    private func draw(_ cell: TableCell, column: ColumnLayout, x: Int, y: Int, width: Int, grid: inout CellGrid) {
        let area = Rect(x: x, y: y, width: width, height: 1)
        switch cell.content {
        case .text(let text):
            if column.alignment == .right, DisplayWidth.of(text) <= width {
                grid.writeRight(text, maxX: x + width, y: y, role: cell.role, attributes: cell.attributes)
            } else {
                grid.write(text, x: x, y: y, maxWidth: width, role: cell.role, attributes: cell.attributes)
            }
        case .sparkline(let values):
            Sparkline(values: values, role: cell.role).render(in: area, into: &grid)
        case .marker(let position):
            TimelineAxis(position: position, role: cell.role).render(in: area, into: &grid)
        }
    }
}
