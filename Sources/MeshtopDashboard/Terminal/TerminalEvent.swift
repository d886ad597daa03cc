/// What a terminal reports: a key, a new size, or a mouse click.
package enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The primary button was clicked on a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel turned: negative lines up, positive down.
    case scroll(lines: Int)
}
