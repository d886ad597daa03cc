/// Where the moment shown sits in the data's span, and where alerts started and resolved: what the timeline
/// bar under the title draws. Times are Unix milliseconds.
package struct TimelineMarks: Hashable, Sendable {
    /// The oldest moment that can be shown.
    package var first: Int64
    /// The newest moment that can be shown.
    package var last: Int64
    /// The moment shown.
    package var position: Int64
    /// Moments at which some alert started firing.
    package var alertStarts: [Int64]
    /// Moments at which some alert resolved.
    package var alertEnds: [Int64]

    /// Creates the marks.
    package init(first: Int64, last: Int64, position: Int64, alertStarts: [Int64] = [], alertEnds: [Int64] = []) {
        self.first = first
        self.last = last
        self.position = position
        self.alertStarts = alertStarts
        self.alertEnds = alertEnds
    }

    /// The column (0 ..< width) of `time` on a bar `width` columns wide.
    package func column(of time: Int64, width: Int) -> Int {
        guard width > 1, last > first else { return 0 }
        let share = Double(time - first) / Double(last - first)
        return TimelineAxis.column(of: min(max(share, 0), 1), width: width)
    }
}
