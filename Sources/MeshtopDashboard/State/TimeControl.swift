/// A request to move through time, forwarded by the dashboard to whoever owns the data's clock.
package enum TimeAction: Hashable, Sendable {
    /// Show the next sample.
    case stepForward
    /// Show the previous sample.
    case stepBack
    /// Play or pause a replay; freeze or unfreeze a live view.
    case togglePlay
    /// Jump to a time typed by the user (`-5m`, `14:02`, ISO 8601, epoch seconds).
    case goTo(String)
    /// Play or refresh faster.
    case faster
    /// Play or refresh slower.
    case slower
    /// Jump to the first sample.
    case toStart
    /// Jump to the newest sample.
    case toEnd
    /// Jump to where the previous alert started.
    case previousAlert
    /// Jump to where the next alert starts.
    case nextAlert
    /// Use the next window length for rates (1m, 5m, 15m, 1h).
    case cycleWindow
}

/// Something that can move the data shown through time: a replay cursor or a live poller.
///
/// The dashboard calls `perform` on the UI thread and must not wait for the result; the new
/// position arrives later as a model update and a `TimeStatus`.
package protocol TimeControl: AnyObject {
    /// Carries out a time action.
    func perform(_ action: TimeAction)
}

/// Where the data shown sits in time, for the status bar.
package struct TimeStatus: Hashable, Sendable {
    /// The kinds of time a dashboard can be in.
    package enum Mode: String, Hashable, Sendable {
        /// Files read once: the data does not change while it is shown.
        case snapshot = "SNAPSHOT"
        /// Following live sources.
        case live = "LIVE"
        /// Following live sources that all fail, or whose data is older than three polling intervals.
        case stale = "STALE"
        /// A live view frozen, or a replay paused.
        case paused = "PAUSED"
        /// Playing a recording.
        case replay = "REPLAY"
    }

    /// The current mode.
    package var mode: Mode
    /// The frame shown (1-based) and how many there are, for recordings.
    package var frame: (index: Int, count: Int)?
    /// Playback or refresh speed factor.
    package var speed: Double

    /// Creates a status.
    package init(mode: Mode, frame: (index: Int, count: Int)? = nil, speed: Double = 1) {
        self.mode = mode
        self.frame = frame
        self.speed = speed
    }

    /// Compares mode, frame and speed.
    package static func == (lhs: TimeStatus, rhs: TimeStatus) -> Bool {
        lhs.mode == rhs.mode && lhs.frame?.index == rhs.frame?.index && lhs.frame?.count == rhs.frame?.count
            && lhs.speed == rhs.speed
    }

    /// Hashes mode, frame and speed.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(mode)
        hasher.combine(frame?.index)
        hasher.combine(frame?.count)
        hasher.combine(speed)
    }
}
