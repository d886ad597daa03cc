/// How a column of a `Table` is laid out: title, widths, and how important it is on narrow terminals.
///
/// What its cells hold and how rows sort by it is the table's business (``TableColumn``).
package struct ColumnLayout: Hashable, Sendable {
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

    /// Creates a column layout.
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
