import MeshtopDashboard
import MeshtopModel

/// The session's figures at every tick: the snapshot of the window ending at the tick, its alerts with their
/// lifecycle, and sparklines of the windows before it.
///
/// Everything shown at a tick is a function of the frames and the tick's time only. Alert lifecycles and
/// sparklines need earlier ticks' windows; they are computed in tick order up to a frontier (the engines
/// move it on in the background, a tick at a time, with ``advance()``). Until the frontier passes a tick,
/// its alerts carry the start seen in its own window and its sparkline only the points already computed;
/// once it has, the tick shows the same screen however it is reached.
package final class SessionTimeline {
    /// How many windows a sparkline covers.
    package static let trendLength = 12

    /// The session's frames.
    package let frames: TickFrames
    /// The window length, milliseconds.
    package private(set) var windowLength: Int64
    private var alerts = AlertTimeline()
    /// The tick of the timeline's first moment.
    private var base: Int
    private var trends: [Int: TrendDigest] = [:]
    private var cached: (tick: Int, length: Int64, joinedFrames: Int, snapshot: MeshSnapshot)?
    /// The lifecycle as it was before the newest tick was appended to it, and the frames that tick held then:
    /// a live scrape taken at the newest tick's time joins that tick, and its lifecycle step is then redone.
    private var beforeNewest: (tick: Int, base: Int, alerts: AlertTimeline, joinedFrames: Int)?

    /// Creates a timeline over `frames` with windows of `windowLength` milliseconds.
    package init(frames: TickFrames, windowLength: Int64 = WindowLength.standard) {
        self.frames = frames
        self.windowLength = max(windowLength, 1)
        base = frames.firstTick
    }

    /// The next tick whose lifecycle is not yet known.
    package var frontier: Int { base + alerts.count }

    /// Whether every retained tick's lifecycle is known.
    package var isComplete: Bool { frontier >= frames.endTick }

    /// The times at which some alert started firing, up to the frontier.
    package var alertStarts: [Int64] { alerts.starts }

    /// The times at which some alert resolved, up to the frontier.
    package var alertEnds: [Int64] { alerts.ends }

    /// Uses windows of `length` milliseconds from now on; lifecycles are computed again from the start.
    package func setWindowLength(_ length: Int64) {
        guard max(length, 1) != windowLength else { return }
        windowLength = max(length, 1)
        alerts = AlertTimeline()
        trends = [:]
        base = frames.firstTick
        cached = nil
        beforeNewest = nil
    }

    /// The window ending at tick `tick`.
    package func window(atTick tick: Int) -> TimeWindow? {
        frames.time(ofTick: tick).map { TimeWindow(end: $0, length: windowLength) }
    }

    /// The plain snapshot of the window ending at `tick`: figures and the alerts of that window alone.
    package func windowSnapshot(atTick tick: Int) -> MeshSnapshot? {
        if let cached, cached.tick == tick, cached.length == windowLength, cached.joinedFrames == frames.joinedFrames {
            return cached.snapshot
        }
        guard let window = window(atTick: tick) else { return nil }
        let snapshot = frames.catalog.snapshot(
            of: frames.frames(in: window),
            in: window,
            lastSeen: frames.lastSeen(before: window)
        )
        cached = (tick, windowLength, frames.joinedFrames, snapshot)
        return snapshot
    }

    /// Computes the next tick's lifecycle and sparkline point.
    /// - Returns: false when every retained tick is already done.
    @discardableResult
    package func advance() -> Bool {
        if base < frames.firstTick { forgetBefore(frames.firstTick) }
        redoNewestTickIfItGrew()
        guard frontier < frames.endTick, let snapshot = windowSnapshot(atTick: frontier),
            let time = frames.time(ofTick: frontier)
        else { return false }
        if frontier == frames.endTick - 1 {
            beforeNewest = (frontier, base, alerts, frames.joinedFrames)
        } else {
            beforeNewest = nil
        }
        trends[frontier] = TrendDigest(snapshot)
        alerts.append(time: time, firing: snapshot.alerts)
        return true
    }

    /// Moves the frontier up to and including `tick`.
    package func advance(through tick: Int) {
        redoNewestTickIfItGrew()
        while frontier <= tick, advance() {}
    }

    /// Takes the newest tick's lifecycle step back when a frame joined that tick after the step was taken,
    /// so the next ``advance()`` computes it from all of the tick's frames.
    private func redoNewestTickIfItGrew() {
        guard let kept = beforeNewest, kept.joinedFrames != frames.joinedFrames else { return }
        beforeNewest = nil
        // Only the last step taken can be taken back, and only while the tick is still retained.
        guard kept.tick == frontier - 1, kept.tick >= base else { return }
        alerts = kept.alerts
        alerts.forgetOldest(base - kept.base)
        trends[kept.tick] = nil
    }

    /// Drops what belongs to ticks before `tick` (a live session forgetting its oldest ticks).
    package func forgetBefore(_ tick: Int) {
        guard tick > base else { return }
        let count = min(tick - base, alerts.count)
        alerts.forgetOldest(count)
        for old in base..<tick { trends[old] = nil }
        base = tick
    }

    /// The span of retained ticks, the tick shown and the alert starts and ends known so far, for the
    /// timeline bar.
    package func marks(atTick tick: Int) -> TimelineMarks? {
        guard let first = frames.times.first, let last = frames.times.last, let time = frames.time(ofTick: tick)
        else { return nil }
        return TimelineMarks(
            first: first,
            last: last,
            position: time,
            alertStarts: alerts.starts,
            alertEnds: alerts.ends
        )
    }

    /// Everything shown at `tick`: the window's snapshot, with alert lifecycles and sparklines as far as
    /// the frontier allows.
    package func snapshot(atTick tick: Int) -> MeshSnapshot? {
        guard var snapshot = windowSnapshot(atTick: tick), let time = frames.time(ofTick: tick) else { return nil }
        if tick >= base, let lifecycle = alerts.alerts(atMoment: tick - base) { snapshot.alerts = lifecycle }
        applyTrends(to: &snapshot, at: time)
        return snapshot
    }

    /// Replaces the snapshot's history with the plaintext rates of the ``trendLength`` windows ending at
    /// `time`, `time − W`, `time − 2W`, … (oldest first), each from the newest tick at or before that end.
    private func applyTrends(to snapshot: inout MeshSnapshot, at time: Int64) {
        var points: [(time: Int64, digest: TrendDigest)] = []
        let newest = TimeWindow(end: time, length: windowLength)
        for step in (0..<Self.trendLength).reversed() {
            let end = newest.earlier(by: step).end
            guard let tick = frames.tick(atOrBefore: end), let digest = trends[tick] else { continue }
            points.append((end, digest))
        }
        let seconds = Double(windowLength) / 1000
        func history(_ figures: ((TrendDigest) -> (requests: Double, connections: Double)?)) -> [HistoryPoint] {
            points.map { point in
                let value = figures(point.digest)
                return HistoryPoint(
                    time: point.time,
                    requests: ClassCounts(plaintext: value?.requests ?? 0),
                    tcpConnections: ClassCounts(plaintext: value?.connections ?? 0),
                    seconds: seconds
                )
            }
        }
        for index in snapshot.namespaces.indices {
            let name = snapshot.namespaces[index].name
            snapshot.namespaces[index].history = history { $0.namespaces[name] }
        }
        for index in snapshot.workloads.indices {
            let id = snapshot.workloads[index].id
            snapshot.workloads[index].history = history { $0.workloads[id] }
        }
    }
}
