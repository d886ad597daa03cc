/// A rectangle of cells that views draw into and terminals blit from.
///
/// The grid is the only path from a view to the terminal. Its text API sanitizes everything it
/// writes (see `TerminalSafeText`) and measures graphemes with `DisplayWidth`, so wide and combining
/// characters keep columns aligned and escape sequences in telemetry never reach the terminal.
package struct CellGrid: Hashable, Sendable {
    /// Columns.
    package let width: Int
    /// Rows.
    package let height: Int
    /// The symbols widgets draw with; ASCII when the terminal cannot show Unicode.
    package let glyphs: Glyphs
    /// Cells row by row.
    package private(set) var cells: [Cell]

    /// Creates a blank grid.
    package init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole grid as a rectangle.
    package var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; a blank cell outside the grid.
    package subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Fills a rectangle (clipped to the grid) with blanks in a role.
    package mutating func fill(_ rect: Rect, role: StyleRole, attributes: TextAttributes = []) {
        let cell = Cell(symbol: " ", width: 1, role: role, attributes: attributes)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x] = cell
            }
        }
    }

    /// Changes the role and attributes of a rectangle's cells, keeping their symbols.
    package mutating func restyle(_ rect: Rect, role: StyleRole? = nil, adding attributes: TextAttributes = []) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                if let role { cells[y * width + x].role = role }
                cells[y * width + x].attributes.formUnion(attributes)
            }
        }
    }

    /// Places one measured grapheme, repairing any wide grapheme it overwrites.
    mutating func place(
        _ symbol: String,
        width symbolWidth: Int,
        x: Int,
        y: Int,
        role: StyleRole,
        attributes: TextAttributes
    ) {
        guard y >= 0, y < height, x >= 0, x + symbolWidth <= width else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(
                symbol: " ",
                width: 1,
                role: cells[index - 1].role,
                attributes: cells[index - 1].attributes
            )
        }
        let end = x + symbolWidth
        if end < width, cells[y * width + end].isContinuation {
            cells[y * width + end] = Cell(symbol: " ", width: 1, role: role, attributes: attributes)
        }
        if symbolWidth == 2, cells[index + 1].width == 2, end < width {
            cells[y * width + end] = Cell(symbol: " ", width: 1, role: role, attributes: attributes)
        }
        cells[index] = Cell(symbol: symbol, width: UInt8(symbolWidth), role: role, attributes: attributes)
        if symbolWidth == 2 {
            cells[index + 1] = Cell(symbol: "", width: 0, role: role, attributes: attributes)
        }
    }

    /// The grid as plain text lines, trailing spaces kept, for `--once` output and golden files.
    package func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line += self[x, y].symbol
            }
            return line
        }
    }

    /// The grid as plain text with trailing spaces removed and one newline per row.
    package func plainText() -> String {
        lines().map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n") + "\n"
    }
}
