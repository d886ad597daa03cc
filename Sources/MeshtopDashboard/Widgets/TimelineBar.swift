/// One row under the title of a replay or a live session: the data's span from its oldest moment (left) to
/// its newest (right), `!` where an alert started, a resolved mark where one ended, and a marker at the
/// moment shown, drawn last so it is always visible.
package struct TimelineBar {
    /// What to draw.
    package var marks: TimelineMarks

    /// Creates a bar.
    package init(marks: TimelineMarks) {
        self.marks = marks
    }

    /// Draws the bar into the first row of `area`.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard area.width > 0, area.height > 0 else { return }
        grid.repeatSymbol(grid.glyphs.axis, x: area.x, y: area.y, count: area.width, role: .border)
        for end in marks.alertEnds {
            let x = area.x + marks.column(of: end, width: area.width)
            grid.write(grid.glyphs.markMTLS, x: x, y: area.y, maxWidth: 1, role: .mtls)
        }
        for start in marks.alertStarts {
            let x = area.x + marks.column(of: start, width: area.width)
            grid.write(grid.glyphs.markAlert, x: x, y: area.y, maxWidth: 1, role: .warning, attributes: .bold)
        }
        let x = area.x + marks.column(of: marks.position, width: area.width)
        grid.write(grid.glyphs.marker, x: x, y: area.y, maxWidth: 1, role: .selection, attributes: .bold)
    }
}
