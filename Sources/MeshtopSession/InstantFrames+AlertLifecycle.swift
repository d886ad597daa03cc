import MeshtopModel

extension InstantFrames {
    /// How far back, in windows, a moment's alert lifecycle looks: with the standard one-minute window, the
    /// hour a resolved alert stays listed; never more than that hour, and with windows shorter than a
    /// minute, only this many of them (a resolved alert is then listed for that long, and an alert that has
    /// fired for longer shows as firing since the lookback began).
    package static let lifecycleWindows = 60

    /// The snapshot of the window of `length` milliseconds ending at `end`, with its alerts' lifecycle as a
    /// recording of the same history gives it: each alert fires from the start of its current run and an
    /// alert whose condition stopped shows as resolved, at the first moment its window no longer had it.
    ///
    /// The lifecycle comes from the windows ending at the ``lifecycleMoments(before:length:)``, then at
    /// `end`: the moments depend on `end` and `length` only, so a moment shows the same alerts however it is
    /// reached, and stepping or following now evaluates only the instants not cached yet.
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

    /// The moments before `end`, oldest first, whose windows give `end`'s alert lifecycle: the multiples of
    /// `length` earlier than `end` and no earlier than the lookback (``lifecycleWindows`` windows, at most
    /// ``AlertTimeline/resolvedRetention``) plus one window, so that an alert resolved at the lookback's
    /// start is still seen firing before it.
    package static func lifecycleMoments(before end: Int64, length: Int64) -> [Int64] {
        guard length > 0 else { return [] }
        let span = length.multipliedReportingOverflow(by: Int64(lifecycleWindows))
        let lookback =
            span.overflow ? AlertTimeline.resolvedRetention : min(span.partialValue, AlertTimeline.resolvedRetention)
        let reach = lookback.addingReportingOverflow(length)
        let earliest = end.subtractingReportingOverflow(reach.partialValue)
        guard !reach.overflow, !earliest.overflow else { return [] }
        // The latest multiple of `length` before `end` (floor division, for times before 1970 too).
        var remainder = end % length
        if remainder <= 0 { remainder += length }
        let latest = end.subtractingReportingOverflow(remainder)
        guard !latest.overflow else { return [] }
        var moment = latest.partialValue
        var moments: [Int64] = []
        while moment >= earliest.partialValue, moments.count <= lifecycleWindows {
            moments.append(moment)
            let earlier = moment.subtractingReportingOverflow(length)
            if earlier.overflow { break }
            moment = earlier.partialValue
        }
        return moments.reversed()
    }
}
