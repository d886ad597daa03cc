/// The alerts of successive moments with their lifecycle: an alert fires while its condition holds in the
/// window ending at a moment, and resolves at the first moment it does not.
///
/// Feed it the alerts each moment's window raised, in time order (``append(time:firing:)``); it answers, for
/// every moment appended, the alerts firing then (with `firstSeen` at the start of their current firing run)
/// and those resolved within ``resolvedRetention`` before it. The answer for a moment depends only on the
/// moments up to it, so it is the same however the moment is reached.
package struct AlertTimeline: Sendable {
    /// How long a resolved alert stays listed: one hour.
    package static let resolvedRetention: Int64 = 3_600_000

    private struct Run: Sendable {
        var firstSeen: Int64
        var latest: Alert
        var resolvedAt: Int64?
    }

    private var runs: [AlertKey: Run] = [:]
    /// The moments appended, oldest first.
    package private(set) var times: [Int64] = []
    private var answers: [[Alert]] = []
    /// The moments at which some alert started firing, oldest first.
    package private(set) var starts: [Int64] = []
    /// The moments at which some alert resolved, oldest first.
    package private(set) var ends: [Int64] = []

    /// Creates an empty timeline.
    package init() {}

    /// How many moments were appended.
    package var count: Int { times.count }

    /// Appends the moment `time` (newer than the last) with the alerts its window raised, and returns the
    /// alerts to show then: the firing ones in the given order, then the resolved ones, latest first.
    @discardableResult
    package mutating func append(time: Int64, firing: [Alert]) -> [Alert] {
        var shown: [Alert] = []
        shown.reserveCapacity(firing.count)
        var firingKeys = Set<AlertKey>()
        var started = false
        for alert in firing {
            let key = alert.key
            firingKeys.insert(key)
            if var run = runs[key], run.resolvedAt == nil {
                run.latest = alert
                runs[key] = run
            } else {
                runs[key] = Run(firstSeen: min(alert.firstSeen, time), latest: alert)
                started = true
            }
            var copy = alert
            copy.firstSeen = runs[key]?.firstSeen ?? alert.firstSeen
            copy.state = .firing
            copy.resolvedAt = nil
            shown.append(copy)
        }
        var ended = false
        var resolved: [Alert] = []
        let oldest = time.subtractingReportingOverflow(Self.resolvedRetention)
        for (key, run) in runs where !firingKeys.contains(key) {
            var run = run
            if run.resolvedAt == nil {
                run.resolvedAt = time
                runs[key] = run
                ended = true
            }
            if let at = run.resolvedAt, oldest.overflow || at >= oldest.partialValue {
                var copy = run.latest
                copy.firstSeen = run.firstSeen
                copy.state = .resolved
                copy.resolvedAt = at
                resolved.append(copy)
            } else {
                runs[key] = nil
            }
        }
        resolved.sort { lhs, rhs in
            if lhs.resolvedAt != rhs.resolvedAt { return (lhs.resolvedAt ?? 0) > (rhs.resolvedAt ?? 0) }
            return (lhs.code, lhs.namespace, lhs.workload ?? "", lhs.subject)
                < (rhs.code, rhs.namespace, rhs.workload ?? "", rhs.subject)
        }
        shown += resolved
        if started { starts.append(time) }
        if ended { ends.append(time) }
        times.append(time)
        answers.append(shown)
        return shown
    }

    /// The alerts to show at the `index`-th moment appended.
    package func alerts(atMoment index: Int) -> [Alert]? {
        answers.indices.contains(index) ? answers[index] : nil
    }

    /// Forgets the `count` oldest moments' answers (a live session's bounded history); the runs they began
    /// stay, so later moments keep their answers.
    package mutating func forgetOldest(_ count: Int) {
        let dropped = min(max(count, 0), times.count)
        guard dropped > 0 else { return }
        times.removeFirst(dropped)
        answers.removeFirst(dropped)
        guard let first = times.first else {
            starts.removeAll()
            ends.removeAll()
            return
        }
        starts.removeAll { $0 < first }
        ends.removeAll { $0 < first }
    }
}
