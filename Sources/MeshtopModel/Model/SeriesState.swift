/// The counter (or gauge) state of one tracked series across frames.
///
/// One is kept per series for the model's life, so the times it may not have are sentinels rather than
/// optionals (an optional `Int64` takes 16 bytes in an array).
struct SeriesState {
    /// The last value seen.
    var lastValue: Double = 0
    /// The sum of increases since the source's first frame (resets handled like Prometheus `increase()`).
    var increase: Double = 0
    /// When the series was first seen (unix milliseconds).
    var firstSeen: Int64 = 0
    /// When the series was last seen.
    var lastSeen: Int64 = 0
    /// When the series first counted something (a positive first value or a positive increase).
    var firstActive: Int64? { firstActiveTime == Self.never ? nil : firstActiveTime }
    /// When the series last counted something.
    var lastActive: Int64? { lastActiveTime == Self.never ? nil : lastActiveTime }
    private var firstActiveTime = Self.never
    private var lastActiveTime = Self.never
    /// Whether the series was ever seen.
    var seen = false

    /// Takes a new value at `time` and returns the step's increase.
    ///
    /// - Parameter baseline: whether this is the source's first frame, whose values are totals since the
    ///   proxy started rather than increases.
    /// - Returns: the increase since the previous value: the value itself after a reset (a decrease), or for
    ///   a series first seen after the source's first frame (it started from zero).
    mutating func take(_ value: Double, at time: Int64, baseline: Bool) -> Double {
        let step: Double
        if !seen {
            step = value
            seen = true
            firstSeen = time
            if !baseline { increase += value }
        } else {
            step = value >= lastValue ? value - lastValue : value
            increase += step
        }
        if step > 0 {
            if firstActiveTime == Self.never { firstActiveTime = time }
            lastActiveTime = time
        }
        lastValue = value
        lastSeen = time
        return step
    }

    /// The stored value of a time that never was: no frame is dated at the lowest `Int64`.
    private static var never: Int64 { .min }
}

/// What the model knows about one source.
struct SourceState {
    /// Frames received.
    var frames = 0
    /// The first frame's time.
    var firstTime: Int64 = 0
    /// The latest frame's time.
    var lastTime: Int64 = 0
    /// The previous frame's time (for the interval).
    var previousTime: Int64?
    /// Counts of the latest frame.
    var samples = 0
    var samplesUsed = 0
    var issues = 0
    /// Whether the latest frame held `ssl.*` stats.
    var sslStatsPresent = false
    /// The proxy kind the latest frame announced.
    var announcedProxyKind: ProxyKind?
    /// The traffic telemetry shape counted from the latest frame.
    var shape: TelemetryShape?
    /// Whether the latest frame held both shapes (one was set aside).
    var heldBothShapes = false

    /// The scrape interval in seconds: the last gap between frames, or `fallback` with one frame.
    func interval(fallback: Double) -> Double {
        guard let previousTime, lastTime > previousTime else { return fallback }
        return Double(lastTime - previousTime) / 1000
    }
}
