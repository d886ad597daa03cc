import MeshtopDashboard
import MeshtopModel
import MeshtopSources

/// A live session without the clock: the frames polled so far, the timeline of their windows and where the
/// view is (following the newest tick, or frozen on an earlier one). ``LiveEngine`` drives it; tests drive it
/// directly with scrapes made in memory.
package final class LiveSession {
    /// How long a session remembers by default: one hour.
    package static let defaultHistory: Int64 = 3_600_000
    /// Roughly how many bytes of parsed frames a session keeps at most by default.
    package static let defaultByteBudget = 256 << 20

    /// The session's timeline.
    package let timeline: SessionTimeline
    private var cursor = ReplayCursor(tickTimes: [])
    /// Whether the view follows the newest tick (LIVE) rather than a frozen one (PAUSED).
    package private(set) var isFollowing = true
    private let policy: DashboardPolicy?
    private let history: Int64
    private let byteBudget: Int
    private let pollInterval: Int64
    /// The viewer's zone offset, for times of day typed at `b`.
    private let utcOffsetSeconds: Int

    /// Creates an empty session.
    /// - Parameters:
    ///   - history: how far back ticks are remembered, milliseconds (`--history`).
    ///   - byteBudget: roughly how many bytes of parsed frames are kept at most; older ticks go first.
    ///   - pollInterval: the sources' polling interval in milliseconds, for messages.
    package init(
        policy: DashboardPolicy? = nil,
        windowLength: Int64 = WindowLength.standard,
        history: Int64 = LiveSession.defaultHistory,
        byteBudget: Int = LiveSession.defaultByteBudget,
        pollInterval: Int64 = 5_000,
        utcOffsetSeconds: Int = 0
    ) {
        self.utcOffsetSeconds = utcOffsetSeconds
        timeline = SessionTimeline(frames: TickFrames(), windowLength: windowLength)
        self.policy = policy
        self.history = max(history, 1)
        self.byteBudget = byteBudget
        self.pollInterval = pollInterval
    }

    /// The session's frames.
    package var frames: TickFrames { timeline.frames }

    /// The tick shown, or nil before the first scrape.
    package var tick: Int? { frames.times.isEmpty ? nil : frames.firstTick + cursor.position }

    /// Takes a polled scrape: parses it into a tick, forgets what fell out of the history and brings the
    /// timeline up to date.
    /// - Returns: whether the view changed (it follows the newest tick).
    @discardableResult
    package func receive(_ scrape: ScrapeFrame) -> Bool {
        let newestBefore = frames.endTick
        guard frames.append(scrape) != nil else { return false }
        if frames.endTick > newestBefore, let time = frames.times.last { cursor.append(tickTime: time) }
        let dropped = frames.forget(olderThan: history, byteBudget: byteBudget)
        if dropped > 0 {
            cursor.removeOldest(dropped)
            timeline.forgetBefore(frames.firstTick)
        }
        timeline.advance(through: frames.endTick - 1)
        if isFollowing { cursor.jumpToEnd() }
        return isFollowing
    }

    /// Carries out a time action; returns a message for the status line when it could not be done as asked.
    @discardableResult
    package func perform(_ action: TimeAction) -> StatusMessage? {
        guard !frames.times.isEmpty else { return StatusMessage("no data yet") }
        switch action {
        case .togglePlay:
            isFollowing.toggle()
            if isFollowing { cursor.jumpToEnd() }
        case .stepBack:
            isFollowing = false
            if !cursor.stepBack() { return StatusMessage("at the oldest sample this session remembers") }
        case .stepForward:
            if isFollowing || !cursor.stepForward() { return StatusMessage("at the newest sample") }
        case .toStart:
            isFollowing = false
            cursor.jumpToStart()
        case .toEnd:
            isFollowing = true
            cursor.jumpToEnd()
        case .goTo(let text):
            do {
                let expression = try TimeExpression(parsing: text)
                isFollowing = false
                cursor.go(to: expression, utcOffsetSeconds: utcOffsetSeconds)
            } catch {
                return StatusMessage("\(error)", isError: true)
            }
        case .previousAlert:
            isFollowing = false
            if !cursor.jumpToPreviousAlert(starts: timeline.alertStarts) {
                return StatusMessage("no alert starts before this sample")
            }
        case .nextAlert:
            if !cursor.jumpToNextAlert(starts: timeline.alertStarts) {
                return StatusMessage("no alert starts after this sample")
            }
            isFollowing = false
        case .faster, .slower:
            let interval = Format.duration(seconds: pollInterval / 1000)
            return StatusMessage("speed applies to replays: live sources are polled every \(interval) (-i)")
        case .cycleWindow:
            timeline.setWindowLength(WindowLength.next(after: timeline.windowLength))
            timeline.advance(through: frames.endTick - 1)
            return StatusMessage("rates over the last " + Format.duration(seconds: timeline.windowLength / 1000))
        }
        return nil
    }

    /// The view model and time status of the tick shown (an empty model before the first scrape).
    package func view() -> (model: DashboardModel, time: TimeStatus) {
        guard let tick, let snapshot = timeline.snapshot(atTick: tick) else {
            return (DashboardModel.empty, TimeStatus(mode: .live))
        }
        var model = DashboardPolicy.view(of: snapshot, policy: policy)
        model.rateWindowMilliseconds = timeline.windowLength
        model.timelineComplete = timeline.frontier > tick
        model.timeline = timeline.marks(atTick: tick)
        let status =
            isFollowing
            ? TimeStatus(mode: .live)
            : TimeStatus(mode: .paused, frame: (cursor.position + 1, frames.times.count))
        return (model, status)
    }
}
