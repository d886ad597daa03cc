/// How many colours a terminal can show.
package enum ColorDepth: Int, Comparable, Hashable, Sendable {
    /// No colour: attributes only (`NO_COLOR`, `TERM=dumb`, monochrome terminals).
    case monochrome = 0
    /// The 8 ANSI colours.
    case ansi8 = 8
    /// The 16 ANSI colours.
    case ansi16 = 16
    /// The xterm 256-colour palette.
    case indexed256 = 256

    /// Orders depths from fewest to most colours.
    package static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A place that shows a `CellGrid` and reports key presses: ncurses, or memory in tests.
///
/// Implementations own all terminal state. Callers use one terminal from one thread only.
package protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// The colour depth the terminal can show.
    var colorDepth: ColorDepth { get }
    /// Whether the terminal can show Unicode (a UTF-8 locale); widgets use ASCII glyphs otherwise.
    var supportsUnicode: Bool { get }
    /// Shows a grid, styled by a theme; only cells that changed need to be sent.
    func draw(_ grid: CellGrid, theme: Theme)
    /// Waits up to `timeoutMilliseconds` for input and returns it, or nil when none came.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
