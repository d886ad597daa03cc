/// How a failing source is retried within one polling interval: exponential backoff, capped.
package struct RetryPolicy: Sendable, Equatable {
    /// The wait before the first retry.
    package var initialDelay: Duration
    /// The longest wait between retries.
    package var maximumDelay: Duration

    /// Creates a policy.
    package init(initialDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(30)) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait before retry number `attempt` (1 for the first retry).
    package func delay(beforeRetry attempt: Int) -> Duration {
        let doublings = min(max(attempt - 1, 0), 20)
        return min(initialDelay * (1 << doublings), maximumDelay)
    }
}
