/// Where each part of a frame goes for a screen and terminal size.
///
/// Shared by the renderer and the reducer, so paging and mouse clicks agree with what is drawn.
package struct FrameLayout: Hashable, Sendable {
    /// The smallest terminal the dashboard draws in.
    package static let minimumSize = (width: 50, height: 10)

    /// The breadcrumb and mode line.
    package var title: Rect
    /// The timeline bar under the title (empty without a timeline or on short terminals).
    package var timeline: Rect
    /// The screen's summary lines (empty on short terminals).
    package var summary: Rect
    /// The pane tabs (empty when the screen has one pane).
    package var tabs: Rect
    /// The table, header row included.
    package var table: Rect
    /// The prompt or key-hint line.
    package var hints: Rect
    /// The status bar.
    package var status: Rect

    /// The rows of table body visible at once.
    package var bodyHeight: Int { max(0, table.height - 1) }

    /// Lays out a frame; summary lines are dropped first on short terminals, then the hint line; the
    /// timeline bar needs `hasTimeline` and 16 rows.
    package init(location: Location, width: Int, height: Int, hasTimeline: Bool = false) {
        var rest = Rect(x: 0, y: 0, width: width, height: height)
        (title, rest) = rest.splitTop(1)
        (timeline, rest) = rest.splitTop(hasTimeline && height >= 16 ? 1 : 0)
        (rest, status) = rest.splitBottom(1)
        (rest, hints) = rest.splitBottom(height >= 14 ? 1 : 0)
        let screen = location.screen
        let wanted = screen.summaryLines
        (summary, rest) = rest.splitTop(height >= 20 ? wanted : min(wanted, 1))
        (tabs, rest) = rest.splitTop(screen.panes.count > 1 ? 1 : 0)
        table = rest
    }

    /// Whether the terminal is too small to draw screens.
    package static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumSize.width || height < minimumSize.height
    }

    /// The x range of each tab, for drawing and for clicks.
    package static func tabSpans(_ panes: [Pane], rowCounts: [Int], x: Int) -> [(
        pane: Pane, label: String, x: Int, width: Int
    )] {
        var column = x
        return zip(panes, rowCounts).map { pane, count in
            let label = " \(pane.title) [\(count)] "
            defer { column += DisplayWidth.of(label) + 1 }
            return (pane, label, column, DisplayWidth.of(label))
        }
    }
}
