/// One table cell: text, a sparkline, or a marker on a time axis.
package struct TableCell: Hashable, Sendable {
    /// What the cell draws.
    package enum Content: Hashable, Sendable {
        /// Text (sanitized when drawn).
        case text(String)
        /// A sparkline of values, oldest first.
        case sparkline([Double])
        /// A marker at a fraction 0…1 of the column's width on an axis; nil draws the axis only,
        /// values above 1 draw an overflow arrow at the right end.
        case marker(Double?)
    }

    /// What to draw.
    package var content: Content
    /// The role it is drawn in.
    package var role: StyleRole
    /// Extra attributes.
    package var attributes: TextAttributes

    /// A text cell.
    package init(_ text: String, role: StyleRole = .text, attributes: TextAttributes = []) {
        self.content = .text(text)
        self.role = role
        self.attributes = attributes
    }

    /// A cell with any content.
    package init(content: Content, role: StyleRole = .text) {
        self.content = content
        self.role = role
        self.attributes = []
    }

    /// The text used for filtering; empty for graphics.
    package var text: String {
        if case .text(let text) = content { return text }
        return ""
    }
}
