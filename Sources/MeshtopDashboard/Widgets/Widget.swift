/// A drawn part of a frame: given an area of the grid, it draws itself there and nowhere else.
///
/// Widgets hold what they show and know nothing of the state, the screens or the terminal; the renderer
/// lays a frame out (``FrameLayout``) and hands each widget its area.
package protocol Widget {
    /// Draws into `area` of `grid`.
    func render(in area: Rect, into grid: inout CellGrid)
}

extension Table: Widget {}
extension PromptLine: Widget {}
extension StatusBar: Widget {}
extension Sparkline: Widget {}
extension StackedBar: Widget {}
extension TimelineAxis: Widget {}
extension TimelineBar: Widget {}
extension HelpOverlay: Widget {}
extension Breadcrumbs: Widget {}
extension LineWriter: Widget {}
