import Synchronization

/// Fetches every source concurrently once per interval and streams the frames as they arrive.
///
/// Each source runs in its own task on a shared schedule (ticks at start + k·interval), so a slow or dead
/// source never delays the others; failures are retried with backoff until the next tick. Health is
/// readable at any time from any thread.
package final class SourcePoller: Sendable {
    /// The sources, in the order their health is reported.
    package let sources: [any TelemetrySource]
    /// The polling interval.
    package let interval: Duration
    private let retry: RetryPolicy
    private let state: Mutex<[SourceHealth]>
    private let onFailure: @Sendable (_ source: String, _ error: FetchError) -> Void

    /// Creates a poller; nothing is fetched until ``frames()`` is iterated.
    ///
    /// - Parameter onFailure: told of every failed fetch as it happens (from a polling task), with the
    ///   source's name, for a command that reports failures as they come rather than in a health line.
    package init(
        sources: [any TelemetrySource],
        interval: Duration,
        retry: RetryPolicy = RetryPolicy(),
        onFailure: @escaping @Sendable (_ source: String, _ error: FetchError) -> Void = { _, _ in }
    ) {
        self.sources = sources
        self.interval = interval
        self.retry = retry
        self.onFailure = onFailure
        state = Mutex(sources.map { SourceHealth(name: $0.name) })
    }

    /// The latest health of every source, in source order.
    package func health() -> [SourceHealth] {
        state.withLock { $0 }
    }

    /// Records a content problem found by the consumer (nil clears it), e.g. "not a telemetry format".
    package func noteContentProblem(_ problem: String?, source name: String) {
        state.withLock { health in
            for index in health.indices where health[index].name == name { health[index].contentProblem = problem }
        }
    }

    /// Starts polling and returns the frames; the stream ends when every source has finished, and
    /// cancelling the iterating task (or dropping the stream) stops polling.
    package func frames() -> AsyncStream<ScrapeFrame> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: ScrapeFrame.self,
            bufferingPolicy: .bufferingNewest(1024)
        )
        let task = Task { [self] in
            await withDiscardingTaskGroup { group in
                for index in sources.indices {
                    group.addTask { await self.poll(index, into: continuation) }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func poll(_ index: Int, into continuation: AsyncStream<ScrapeFrame>.Continuation) async {
        let clock = ContinuousClock()
        let start = clock.now
        var tick = 0
        while !Task.isCancelled {
            let nextTick = start + interval * (tick + 1)
            var attempt = 0
            while !Task.isCancelled {
                do {
                    let outcome = try await sources[index].fetch()
                    record(outcome, for: index)
                    switch outcome {
                    case .frame(let frame): continuation.yield(frame)
                    case .unchanged: break
                    case .finished: return
                    }
                    break
                } catch {
                    attempt += 1
                    recordFailure(error, for: index)
                    let wait = retry.delay(beforeRetry: attempt)
                    guard clock.now + wait < nextTick else { break }
                    try? await Task.sleep(for: wait)
                }
            }
            let elapsed = clock.now - start
            tick = max(tick + 1, Int(elapsed / interval) + (elapsed.isMultiple(of: interval) ? 0 : 1))
            try? await Task.sleep(until: start + interval * tick, clock: clock)
        }
    }

    private func record(_ outcome: FetchOutcome, for index: Int) {
        let now = WallClock.nowMilliseconds()
        state.withLock { health in
            health[index].lastSuccessMilliseconds = now
            health[index].lastError = nil
            health[index].isWaiting = false
            health[index].consecutiveFailures = 0
            switch outcome {
            case .frame(let frame):
                health[index].lastFrameMilliseconds = frame.timestampMilliseconds
                health[index].latencyMilliseconds = frame.latencyMilliseconds
                health[index].bytes = frame.byteCount
                health[index].frames += 1
            case .unchanged: break
            case .finished: health[index].finished = true
            }
        }
    }

    private func recordFailure(_ error: FetchError, for index: Int) {
        let now = WallClock.nowMilliseconds()
        state.withLock { health in
            health[index].lastError = error.description
            if case .waiting = error { health[index].isWaiting = true } else { health[index].isWaiting = false }
            health[index].lastErrorMilliseconds = now
            health[index].consecutiveFailures += 1
        }
        onFailure(sources[index].name, error)
    }
}

extension Duration {
    fileprivate func isMultiple(of other: Duration) -> Bool {
        self == other * Int(self / other)
    }
}
