/// How a source is doing, as the dashboard's source list shows it.
package struct SourceHealth: Sendable, Equatable {
    /// The source's display name.
    package var name: String
    /// When the last successful fetch finished (new data or unchanged), unix ms.
    package var lastSuccessMilliseconds: Int64?
    /// When the last new frame arrived, unix ms.
    package var lastFrameMilliseconds: Int64?
    /// The last successful fetch's latency.
    package var latencyMilliseconds: Int64?
    /// The last frame's size.
    package var bytes: Int?
    /// Frames delivered so far.
    package var frames: Int = 0
    /// The last failure in plain words ("connection refused", "HTTP 503"), nil once a fetch succeeds again.
    package var lastError: String?
    /// When the last failure happened, unix ms.
    package var lastErrorMilliseconds: Int64?
    /// Whether the last failure is a followed file that does not exist yet: waiting, not broken.
    package var isWaiting = false
    /// Failures since the last success.
    package var consecutiveFailures: Int = 0
    /// A problem with the content rather than the transport ("not a telemetry format"), set by the consumer.
    package var contentProblem: String?
    /// Whether the source will never produce another frame.
    package var finished = false

    /// Creates the health of a source that has not been fetched yet.
    package init(name: String) {
        self.name = name
    }

    /// How old the newest data is at `now`, or nil when nothing arrived yet.
    package func staleAge(now: Int64) -> Int64? {
        lastSuccessMilliseconds.map { max(0, now - $0) }
    }

    /// Whether the data is older than `limit` (or missing) at `now`.
    package func isStale(now: Int64, limit: Int64) -> Bool {
        staleAge(now: now).map { $0 > limit } ?? true
    }
}
