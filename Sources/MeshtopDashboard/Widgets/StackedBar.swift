/// A one-row bar split into segments by share, each with its own fill glyph so colour is not needed.
package struct StackedBar {
    /// One part of the bar.
    package struct Segment: Hashable, Sendable {
        /// Its share of the whole (any non-negative scale; shares are normalised).
        package var share: Double
        /// The glyph it is filled with.
        package var glyph: String
        /// The role it is drawn in.
        package var role: StyleRole

        /// Creates a segment.
        package init(share: Double, glyph: String, role: StyleRole) {
            self.share = share
            self.glyph = glyph
            self.role = role
        }
    }

    /// The segments, left to right.
    package var segments: [Segment]

    /// Creates a bar.
    package init(segments: [Segment]) {
        self.segments = segments
    }

    /// The columns each segment gets in a bar `width` wide, by largest remainder so they sum to `width`.
    package static func widths(of shares: [Double], width: Int) -> [Int] {
        let total = shares.reduce(0) { $0 + max(0, $1) }
        guard total > 0, width > 0 else { return shares.map { _ in 0 } }
        let exact = shares.map { max(0, $0) / total * Double(width) }
        var widths = exact.map { Int($0) }
        let order = exact.indices.sorted { exact[$0] - Double(widths[$0]) > exact[$1] - Double(widths[$1]) }
        for index in order.prefix(width - widths.reduce(0, +)) { widths[index] += 1 }
        return widths
    }

    /// Draws the bar in the first row of `area`; an empty bar when all shares are zero.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        let widths = Self.widths(of: segments.map(\.share), width: area.width)
        var x = area.x
        for (segment, width) in zip(segments, widths) {
            grid.repeatSymbol(segment.glyph, x: x, y: area.y, count: width, role: segment.role)
            x += width
        }
        grid.repeatSymbol(grid.glyphs.barEmpty, x: x, y: area.y, count: area.maxX - x, role: .dim)
    }
}
