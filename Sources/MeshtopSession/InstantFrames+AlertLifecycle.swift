import MeshtopModel

extension InstantFrames {
    /// How many windows before a moment are evaluated for its alerts' lifecycle: with the standard one-minute
    /// window, the hour a resolved alert stays listed; with longer windows, up to that many windows but never
    /// more than ``AlertTimeline/resolvedRetention`` back; with shorter ones, that many windows.
    package static let lifecycleWindows = 60

    /// The snapshot of the window of `length` milliseconds ending at `end`, with its alerts' lifecycle as a
    /// recording of the same history gives it: each alert fires from the start of its current run and an
    /// alert whose condition stopped shows as resolved, at the first moment its window no longer had it.
    ///
    /// The lifecycle comes from the windows ending at the multiples of `length` in the lookback (at most
    /// ``lifecycleWindows`` of them, within ``AlertTimeline/resolvedRetention`` before `end`), then at `end`:
    /// the moments depend on `end` and `length` only, so a moment shows the same alerts however it is
    /// reached, and stepping or following now re-evaluates only the instants not cached yet.
    package func snapshotWithAlertLifecycle(at end: Int64, length: Int64) async throws -> MeshSnapshot {
        let length = max(length, 1)
        var timeline = AlertTimeline()
        for moment in Self.lifecycleMoments(before: end, length: length) {
            timeline.append(time: moment, firing: try await snapshot(at: moment, length: length).alerts)
        }
        var current = try await snapshot(at: end, length: length)
        current.alerts = timeline.append(time: end, firing: current.alerts)
        return current
    }

    /// The moments before `end`, oldest first, whose windows give `end`'s alert lifecycle: multiples of
    /// `length`, later than both `end` − ``AlertTimeline/resolvedRetention`` and `end` − ``lifecycleWindows`` ×
    /// `length`, and earlier than `end`.
    package static func lifecycleMoments(before end: Int64, length: Int64) -> [Int64] {
        guard length > 0 else { return [] }
        let span = length.multipliedReportingOverflow(by: Int64(lifecycleWindows))
        let lookback =
            span.overflow ? AlertTimeline.resolvedRetention : min(span.partialValue, AlertTimeline.resolvedRetention)
        let earliest = end.subtractingReportingOverflow(lookback)
        guard !earliest.overflow else { return [] }
        // The latest multiple of `length` before `end` (floor division, for times before 1970 too).
        var remainder = end % length
        if remainder <= 0 { remainder += length }
        var moment = end - remainder
        var moments: [Int64] = []
        while moment > earliest.partialValue, moments.count < lifecycleWindows {
            moments.append(moment)
            let earlier = moment.subtractingReportingOverflow(length)
            if earlier.overflow { break }
            moment = earlier.partialValue
        }
        return moments.reversed()
    }
}
