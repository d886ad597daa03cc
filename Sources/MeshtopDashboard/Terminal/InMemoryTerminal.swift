/// A terminal that keeps the last drawn grid in memory and replays queued events: for tests.
package final class InMemoryTerminal: Terminal {
    /// The current size.
    package var size: (width: Int, height: Int)
    /// The colour depth it claims.
    package var colorDepth: ColorDepth
    /// Whether it claims Unicode support.
    package var supportsUnicode: Bool
    /// Events handed out by `nextEvent`, first to last.
    package var pendingEvents: [TerminalEvent]
    /// The grid and theme of the last `draw`.
    package private(set) var lastFrame: (grid: CellGrid, theme: Theme)?
    /// How many frames were drawn.
    package private(set) var drawCount = 0

    /// Creates a terminal of a size with queued events.
    package init(
        width: Int,
        height: Int,
        colorDepth: ColorDepth = .indexed256,
        supportsUnicode: Bool = true,
        events: [TerminalEvent] = []
    ) {
        self.size = (width, height)
        self.colorDepth = colorDepth
        self.supportsUnicode = supportsUnicode
        self.pendingEvents = events
    }

    /// Records the grid.
    package func draw(_ grid: CellGrid, theme: Theme) {
        lastFrame = (grid, theme)
        drawCount += 1
    }

    /// Hands out the next queued event; a resize event also changes `size`.
    package func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }
}
