/// A one-row chart of recent values drawn with block elements (or ASCII levels).
package struct Sparkline {
    /// Values, oldest first; only the newest that fit are drawn.
    package var values: [Double]
    /// The role the bars are drawn in.
    package var role: StyleRole

    /// Creates a sparkline.
    package init(values: [Double], role: StyleRole = .text) {
        self.values = values
        self.role = role
    }

    /// The level (0 ..< `levels`) of each value, scaled to the largest; zero stays at the lowest level.
    package static func levels(_ values: [Double], levels: Int) -> [Int] {
        let peak = values.max() ?? 0
        guard peak > 0, levels > 1 else { return values.map { _ in 0 } }
        return values.map { value in
            guard value > 0 else { return 0 }
            return max(1, min(levels - 1, Int((value / peak * Double(levels - 1)).rounded())))
        }
    }

    /// Draws the newest values right-aligned in the first row of `area`.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        let shown = Array(values.suffix(area.width))
        let glyphs = grid.glyphs.sparkLevels
        let start = area.maxX - shown.count
        for (offset, level) in Self.levels(shown, levels: glyphs.count).enumerated() {
            grid.write(glyphs[level], x: start + offset, y: area.y, maxWidth: 1, role: role)
        }
    }
}
