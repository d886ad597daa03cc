import MeshtopDashboard
import MeshtopModel
import MeshtopSources

/// A recording's replay without the clock: a cursor over the recording's ticks and the timeline of their
/// windows. ``ReplayEngine`` drives it; tests drive it directly.
package final class ReplaySession {
    /// Where a replay opens.
    package enum Start: Sendable {
        /// Playing from the first tick (`meshtop FILE.mtrec.gz`).
        case playing
        /// Paused at the tick a time names, or at the first tick (`meshtop replay --at`).
        case paused(at: TimeExpression?)
    }

    /// The recording's timeline.
    package let timeline: SessionTimeline
    /// Where playback is.
    package private(set) var cursor: ReplayCursor
    private let policy: DashboardPolicy?
    private let path: String
    /// The viewer's zone offset, for times of day and zone-less times typed at `b` and `--at`.
    private let utcOffsetSeconds: Int
    private var shownFrontierWasBehind = false

    /// Opens `reader` with windows of `windowLength` milliseconds.
    package convenience init(
        reader: RecordingReader,
        policy: DashboardPolicy? = nil,
        windowLength: Int64 = WindowLength.standard,
        start: Start = .playing
    ) {
        self.init(readers: [reader], policy: policy, windowLength: windowLength, start: start, utcOffsetSeconds: 0)
    }

    /// Opens several recordings merged by time (see ``TickFrames/init(recordings:thresholds:parsedTickLimit:)``).
    package init(
        readers: [RecordingReader],
        policy: DashboardPolicy? = nil,
        windowLength: Int64 = WindowLength.standard,
        start: Start = .playing,
        utcOffsetSeconds: Int = 0
    ) {
        let frames = TickFrames(recordings: readers)
        self.utcOffsetSeconds = utcOffsetSeconds
        timeline = SessionTimeline(frames: frames, windowLength: windowLength)
        cursor = ReplayCursor(tickTimes: frames.times)
        self.policy = policy
        path = readers.map(\.path).joined(separator: ", ")
        switch start {
        case .playing:
            cursor.togglePlayback()
            cursor.faster()
            cursor.faster()
        case .paused(let expression):
            if let first = frames.times.first, let expression {
                cursor.seek(
                    toTime: expression.resolve(
                        spanFrom: first,
                        to: frames.times.last ?? first,
                        utcOffsetSeconds: utcOffsetSeconds
                    )
                )
            }
        }
    }

    /// The tick shown.
    package var tick: Int { cursor.position }

    /// Carries out a time action; returns a message for the status line when the action could not be done.
    @discardableResult
    package func perform(_ action: TimeAction) -> StatusMessage? {
        switch action {
        case .stepForward:
            if !cursor.stepForward() { return StatusMessage("at the last sample") }
        case .stepBack:
            if !cursor.stepBack() { return StatusMessage("at the first sample") }
        case .togglePlay: cursor.togglePlayback()
        case .faster: cursor.faster()
        case .slower: cursor.slower()
        case .toStart: cursor.jumpToStart()
        case .toEnd: cursor.jumpToEnd()
        case .previousAlert:
            timeline.advance(through: cursor.position)
            if !cursor.jumpToPreviousAlert(starts: timeline.alertStarts) {
                return StatusMessage("no alert starts before this sample")
            }
        case .nextAlert:
            while !cursor.jumpToNextAlert(starts: timeline.alertStarts) {
                guard timeline.advance() else { return StatusMessage("no alert starts after this sample") }
            }
        case .goTo(let text):
            do {
                let expression = try TimeExpression(parsing: text)
                cursor.go(to: expression, utcOffsetSeconds: utcOffsetSeconds)
            } catch {
                return StatusMessage("\(error)", isError: true)
            }
        case .cycleWindow:
            timeline.setWindowLength(WindowLength.next(after: timeline.windowLength))
            return StatusMessage("rates over the last " + Format.duration(seconds: timeline.windowLength / 1000))
        }
        return nil
    }

    /// Moves playback on by `elapsed` wall milliseconds; returns whether the tick or play state changed.
    package func advance(elapsedMilliseconds elapsed: Int64) -> Bool {
        let wasPlaying = cursor.isPlaying
        return cursor.advance(elapsedMilliseconds: elapsed) > 0 || wasPlaying != cursor.isPlaying
    }

    /// Computes the next tick of the timeline in the background.
    /// - Returns: whether a tick was computed, and whether it was the tick shown (which should be shown again,
    ///   now with its alert lifecycle and sparklines complete).
    package func fillStep() -> (advanced: Bool, shownCompleted: Bool) {
        let computed = timeline.frontier
        guard timeline.advance() else { return (false, false) }
        return (true, computed == cursor.position)
    }

    /// The view model and time status of the tick shown.
    package func view() -> (model: DashboardModel, time: TimeStatus)? {
        let tick = cursor.position
        guard let snapshot = timeline.snapshot(atTick: tick) else { return nil }
        var model = DashboardPolicy.view(of: snapshot, policy: policy)
        model.rateWindowMilliseconds = timeline.windowLength
        model.timelineComplete = timeline.frontier > tick
        model.timeline = timeline.marks(atTick: tick)
        if let problem = timeline.frames.problems.last {
            model.sources.append(SourceStatus(name: path, error: problem))
        }
        let status = TimeStatus(
            mode: cursor.isPlaying ? .replay : .paused,
            frame: (tick + 1, cursor.tickTimes.count),
            speed: cursor.speed
        )
        return (model, status)
    }

    /// The plain snapshot of the tick shown, with alert lifecycles: what `replay --once --format json` prints.
    package func snapshot() -> MeshSnapshot? {
        timeline.advance(through: cursor.position)
        return timeline.snapshot(atTick: cursor.position)
    }
}
