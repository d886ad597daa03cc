/// A rectangle of cells: origin at the top left, x to the right, y down.
package struct Rect: Hashable, Sendable {
    /// Leftmost column.
    package var x: Int
    /// Top row.
    package var y: Int
    /// Columns covered.
    package var width: Int
    /// Rows covered.
    package var height: Int

    /// Creates a rectangle; negative sizes become zero.
    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    package var maxX: Int { x + width }
    /// The row just below the rectangle.
    package var maxY: Int { y + height }
    /// Whether the rectangle covers no cell.
    package var isEmpty: Bool { width == 0 || height == 0 }

    /// The single row `index` rows below the top (clipped to the rectangle).
    package func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: index >= 0 && index < height ? 1 : 0)
    }

    /// The rectangle shrunk by `dx` columns on each side and `dy` rows at top and bottom.
    package func insetBy(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// Splits off the top `rows` rows; returns the top part and the rest.
    package func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: taken),
            Rect(x: x, y: y + taken, width: width, height: height - taken)
        )
    }

    /// Splits off the bottom `rows` rows; returns the rest and the bottom part.
    package func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: height - taken),
            Rect(x: x, y: maxY - taken, width: width, height: taken)
        )
    }

    /// Whether the cell at (`column`, `line`) lies inside.
    package func contains(column: Int, line: Int) -> Bool {
        column >= x && column < maxX && line >= y && line < maxY
    }
}
