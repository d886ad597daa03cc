/// A column of a `Table`: title, widths, and how important it is on narrow terminals.
package struct TableColumn: Hashable, Sendable {
    /// Text alignment within the column.
    package enum Alignment: Hashable, Sendable {
        /// Left-aligned (names, words).
        case left
        /// Right-aligned (numbers).
        case right
    }

    /// The header text.
    package var title: String
    /// The fewest columns it may take.
    package var minWidth: Int
    /// The columns it takes when space allows.
    package var idealWidth: Int
    /// Lower numbers are kept longer: columns with the highest priority number are dropped first.
    package var priority: Int
    /// How cells are aligned.
    package var alignment: Alignment
    /// Whether the column takes the space left over once every column has its ideal width.
    package var flexible: Bool

    /// Creates a column.
    package init(
        _ title: String,
        min: Int,
        ideal: Int? = nil,
        priority: Int = 0,
        alignment: Alignment = .left,
        flexible: Bool = false
    ) {
        self.title = title
        self.minWidth = min
        self.idealWidth = Swift.max(min, ideal ?? min)
        self.priority = priority
        self.alignment = alignment
        self.flexible = flexible
    }
}

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
