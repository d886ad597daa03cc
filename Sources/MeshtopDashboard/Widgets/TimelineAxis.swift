/// One row of a time axis from now (left) to a horizon (right) with a marker where an event falls.
package struct TimelineAxis {
    /// Where the marker sits: 0 is now, 1 the horizon; nil draws no marker; below 0 or above 1 draw
    /// an arrow at the left or right end, so expired and far-off certificates still show.
    package var position: Double?
    /// The role of the marker.
    package var role: StyleRole

    /// Creates an axis row.
    package init(position: Double?, role: StyleRole) {
        self.position = position
        self.role = role
    }

    /// The column (0 ..< width) of a position on an axis `width` columns wide.
    package static func column(of position: Double, width: Int) -> Int {
        guard width > 1 else { return 0 }
        return max(0, min(width - 1, Int((position * Double(width - 1)).rounded())))
    }

    /// Draws the axis and its marker into the first row of `area`.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard area.width > 0 else { return }
        grid.repeatSymbol(grid.glyphs.axis, x: area.x, y: area.y, count: area.width, role: .border)
        guard let position else { return }
        if position < 0 {
            grid.write("<", x: area.x, y: area.y, maxWidth: 1, role: role, attributes: .bold)
        } else if position > 1 {
            grid.write(">", x: area.maxX - 1, y: area.y, maxWidth: 1, role: role, attributes: .bold)
        } else {
            let x = area.x + Self.column(of: position, width: area.width)
            grid.write(grid.glyphs.marker, x: x, y: area.y, maxWidth: 1, role: role, attributes: .bold)
        }
    }
}
