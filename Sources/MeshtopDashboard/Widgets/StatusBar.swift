/// The bottom line: data time and age, filter, source errors and the last message.
package struct StatusBar {
    /// Segments shown left to right, each with its role.
    package var left: [(text: String, role: StyleRole)]
    /// A message shown right-aligned.
    package var right: (text: String, role: StyleRole)?

    /// Creates a status bar.
    package init(left: [(text: String, role: StyleRole)], right: (text: String, role: StyleRole)? = nil) {
        self.left = left
        self.right = right
    }

    /// Draws the bar across the first row of `area`; the right message wins over left segments.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        grid.fill(area.row(0), role: .statusBar)
        var limit = area.maxX
        if let right {
            let width = min(DisplayWidth.of(right.text), area.width)
            limit = area.maxX - width - 1
            grid.write(right.text, x: max(area.x, area.maxX - width), y: area.y, maxWidth: width, role: right.role)
        }
        var x = area.x + 1
        for (index, segment) in left.enumerated() where x < limit {
            if index > 0 {
                x += grid.write(" \(grid.glyphs.vertical) ", x: x, y: area.y, maxWidth: limit - x, role: .statusBar)
            }
            x += grid.write(segment.text, x: x, y: area.y, maxWidth: limit - x, role: segment.role)
        }
    }
}
