import MeshtopDashboard

/// The UI's handle on an engine: forwards time actions without waiting.
package final class TimeActionChannel: TimeControl, Sendable {
    private let continuation: AsyncStream<TimeAction>.Continuation

    /// Creates a channel and the stream its actions arrive on.
    package static func make() -> (TimeActionChannel, AsyncStream<TimeAction>) {
        let (stream, continuation) = AsyncStream.makeStream(of: TimeAction.self, bufferingPolicy: .bufferingNewest(64))
        return (TimeActionChannel(continuation: continuation), stream)
    }

    private init(continuation: AsyncStream<TimeAction>.Continuation) {
        self.continuation = continuation
    }

    /// Sends `action` to the engine.
    package func perform(_ action: TimeAction) {
        continuation.yield(action)
    }

    deinit { continuation.finish() }
}
