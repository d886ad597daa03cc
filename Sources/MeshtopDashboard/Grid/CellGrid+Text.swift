import MeshtopTelemetry

extension CellGrid {
    /// Writes text from (`x`, `y`) into at most `maxWidth` columns and returns the columns used.
    ///
    /// The text is made terminal-safe first. Each grapheme cluster takes one cell (and its continuation
    /// when wide), measured and cut as ``GraphemeCell`` says, so no cluster is split across cells. A
    /// grapheme that would cross the limit or the grid's edge is not drawn; with `truncate` set, the last
    /// column shows an ellipsis instead when text is cut.
    /// - Complexity: O(n) in the length of `text` up to the point where it is cut.
    @discardableResult
    package mutating func write(
        _ text: some StringProtocol,
        x: Int,
        y: Int,
        maxWidth: Int? = nil,
        role: StyleRole = .text,
        attributes: TextAttributes = [],
        truncate: Bool = true
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        if TerminalSafeText.isPlainASCII(text) {
            return writeASCII(text, x: x, y: y, limit: limit, role: role, attributes: attributes, truncate: truncate)
        }
        let clean = TerminalSafeText.escape(text, form: glyphs.textForm)
        var column = 0
        var index = clean.startIndex
        while index < clean.endIndex {
            let character = clean[index]
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                index = clean.index(after: index)
                continue
            }
            if column + characterWidth > limit {
                if truncate { markCut(x: x, y: y, column: column, limit: limit, role: role, attributes: attributes) }
                return column
            }
            if x + column >= 0 {
                place(
                    GraphemeCell.symbol(character),
                    width: characterWidth,
                    x: x + column,
                    y: y,
                    role: role,
                    attributes: attributes
                )
            }
            column += characterWidth
            index = clean.index(after: index)
        }
        return column
    }

    /// The fast path of `write` for printable ASCII: one byte, one column.
    private mutating func writeASCII(
        _ text: some StringProtocol,
        x: Int,
        y: Int,
        limit: Int,
        role: StyleRole,
        attributes: TextAttributes,
        truncate: Bool
    ) -> Int {
        var column = 0
        for byte in text.utf8 {
            if column == limit {
                if truncate { markCut(x: x, y: y, column: column, limit: limit, role: role, attributes: attributes) }
                return column
            }
            if x + column >= 0 {
                place(String(UnicodeScalar(byte)), width: 1, x: x + column, y: y, role: role, attributes: attributes)
            }
            column += 1
        }
        return column
    }

    /// Writes text right-aligned so that it ends just before column `maxX`.
    @discardableResult
    package mutating func writeRight(
        _ text: some StringProtocol,
        maxX: Int,
        y: Int,
        role: StyleRole = .text,
        attributes: TextAttributes = []
    ) -> Int {
        let textWidth = DisplayWidth.of(TerminalSafeText.escape(text, form: glyphs.textForm))
        return write(text, x: maxX - textWidth, y: y, maxWidth: textWidth, role: role, attributes: attributes)
    }

    /// Draws a horizontal line.
    package mutating func horizontalLine(x: Int, y: Int, width lineWidth: Int, role: StyleRole = .border) {
        repeatSymbol(glyphs.horizontal, x: x, y: y, count: lineWidth, role: role)
    }

    /// Writes one symbol `count` times from (`x`, `y`); it is sanitized and measured once, not per cell.
    ///
    /// A symbol that is not exactly one grapheme one column wide is drawn through `write` instead.
    package mutating func repeatSymbol(
        _ symbol: String,
        x: Int,
        y: Int,
        count: Int,
        role: StyleRole,
        attributes: TextAttributes = []
    ) {
        guard count > 0 else { return }
        let clean = TerminalSafeText.escape(symbol, form: glyphs.textForm)
        guard clean.count == 1, let character = clean.first, DisplayWidth.of(character) == 1 else {
            for column in x..<(x + count) {
                write(symbol, x: column, y: y, maxWidth: 1, role: role, attributes: attributes)
            }
            return
        }
        for column in max(0, x)..<min(width, x + count) {
            place(clean, width: 1, x: column, y: y, role: role, attributes: attributes)
        }
    }

    private mutating func markCut(x: Int, y: Int, column: Int, limit: Int, role: StyleRole, attributes: TextAttributes)
    {
        // The ellipsis takes the first free column, or the last drawn one when none is free.
        let target = column < limit ? x + column : x + column - 1
        guard target >= x, target >= 0 else { return }
        place(glyphs.ellipsis, width: 1, x: target, y: y, role: role, attributes: attributes)
    }
}
