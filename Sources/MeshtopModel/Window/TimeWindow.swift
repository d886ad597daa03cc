/// A trailing window of time, `(end − length, end]` in unix milliseconds: what every windowed figure covers.
///
/// One definition for the dashboard, `replay` and the figures of a recording at a moment: a frame belongs to
/// the window when it is newer than the start and not newer than the end, as a Prometheus 3 range selector
/// counts samples. Arithmetic saturates, so no end or length can trap.
package struct TimeWindow: Sendable, Hashable {
    /// The window's end, the moment shown (unix milliseconds).
    package var end: Int64
    /// The window's length in milliseconds (at least 1).
    package var length: Int64

    /// Creates the window of `length` milliseconds ending at `end`; a length below 1 ms is taken as 1 ms.
    package init(end: Int64, length: Int64) {
        self.end = end
        self.length = max(length, 1)
    }

    /// The exclusive start, `end − length`, saturated at `Int64.min`.
    package var start: Int64 {
        let (difference, overflow) = end.subtractingReportingOverflow(length)
        return overflow ? .min : difference
    }

    /// Whether a frame taken at `time` is inside the window.
    package func contains(_ time: Int64) -> Bool { time > start && time <= end }

    /// The same length ending `count` lengths earlier, saturated at `Int64.min`.
    package func earlier(by count: Int) -> TimeWindow {
        let (shift, overflow) = length.multipliedReportingOverflow(by: Int64(count))
        let (newEnd, underflow) = end.subtractingReportingOverflow(shift)
        return TimeWindow(end: overflow || underflow ? .min : newEnd, length: length)
    }
}
