/// A table shown on a screen: its name, its tab title and how its rows are built from the view model.
///
/// Each screen declares its panes in its own file (`extension Pane { static let … }`).
package struct Pane: Hashable, Sendable, CustomStringConvertible {
    /// The pane's name, as exported file names use it.
    package let rawValue: String
    /// The tab title.
    package let title: String
    /// Builds the unfiltered, unsorted table.
    let build: @Sendable (TableContext) -> TableData

    /// Creates a pane.
    init(_ rawValue: String, title: String, build: @escaping @Sendable (TableContext) -> TableData) {
        self.rawValue = rawValue
        self.title = title
        self.build = build
    }

    package var description: String { rawValue }

    package static func == (lhs: Pane, rhs: Pane) -> Bool { lhs.rawValue == rhs.rawValue }

    package func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
