/// Styled pieces of one line, drawn left to right from one column in, clipped to the area.
///
/// A line that does not fit is never cut inside a word: the piece that overflows keeps the words that fit
/// and ends in an ellipsis, a piece added `.whole` (a figure with its unit) shows entirely or not at all,
/// and only an identifier added `.anywhere` (a principal) may be cut inside.
struct LineWriter {
    /// Where a piece may be cut when the line is too narrow.
    enum Cut {
        /// Between words.
        case words
        /// Nowhere: the piece shows whole or not at all.
        case whole
        /// Anywhere: an identifier, better in part than not at all.
        case anywhere
    }

    private var pieces: [(text: String, role: StyleRole, cut: Cut)] = []

    init() {}

    /// Appends a piece, cut as `cut` says when the line is too narrow.
    mutating func add(_ text: String, _ role: StyleRole, cut: Cut = .words) {
        pieces.append((text, role, cut))
    }

    /// The columns the line takes, the column left free at its start included.
    var width: Int { 1 + pieces.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        var x = area.x + 1
        // Whether what is drawn so far ends between words, so an ellipsis may follow it directly.
        var atBreak = true
        for piece in pieces where x < area.maxX {
            let room = area.maxX - x
            if DisplayWidth.of(piece.text) <= room {
                x += grid.write(piece.text, x: x, y: area.y, maxWidth: room, role: piece.role)
                atBreak = piece.text.last.map { $0 == " " } ?? atBreak
                continue
            }
            switch piece.cut {
            case .anywhere:
                grid.write(piece.text, x: x, y: area.y, maxWidth: room, role: piece.role)
            case .words, .whole:
                let kept = piece.cut == .whole ? "" : Self.words(of: piece.text, fitting: room - 2)
                let ellipsis = grid.glyphs.ellipsis
                // The ellipsis never touches a word: it follows a space, or is left out when no space fits.
                let shown =
                    !kept.isEmpty ? kept + " " + ellipsis : atBreak ? ellipsis : room >= 2 ? " " + ellipsis : ""
                grid.write(shown, x: x, y: area.y, maxWidth: room, role: piece.role, truncate: false)
            }
            return
        }
    }

    /// The longest run of whole words from the start of `text` that fits in `width` columns, without the
    /// spaces after it.
    static func words(of text: String, fitting width: Int) -> String {
        var end = text.startIndex
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            used += DisplayWidth.of(character)
            guard used <= width else { break }
            if next == text.endIndex || text[next] == " " { end = next }
            index = next
        }
        return String(text[..<end]).trimmingTrailingSpaces()
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
