/// One terminal cell: a grapheme, its display width, its style role and attributes.
///
/// A wide grapheme occupies its own cell (width 2) and the cell to its right, which holds an empty
/// continuation (width 0) so that every row keeps exactly `width` columns.
package struct Cell: Hashable, Sendable {
    /// The grapheme shown, already sanitized; empty for the continuation of a wide grapheme.
    package var symbol: String
    /// Columns the symbol takes: 1, 2, or 0 for a continuation cell.
    package var width: UInt8
    /// What the cell means; the theme decides its colours.
    package var role: StyleRole
    /// Attributes added on top of the role's style.
    package var attributes: TextAttributes

    /// Creates a cell.
    package init(symbol: String = " ", width: UInt8 = 1, role: StyleRole = .text, attributes: TextAttributes = []) {
        self.symbol = symbol
        self.width = width
        self.role = role
        self.attributes = attributes
    }

    /// An empty cell in the default role.
    package static let blank = Cell()

    /// Whether this cell only continues the wide grapheme to its left.
    package var isContinuation: Bool { width == 0 }
}
