import Synchronization

/// Where several racers deliver one result: the first value wins, later ones are ignored.
///
/// A value may arrive before the continuation is installed (a cancellation racing the start); it is kept
/// and handed over on installation.
package final class OnceContinuation<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Value, Never>?
        var value: Value?
        var delivered = false
    }

    private let state = Mutex(State())

    /// Creates one with nothing delivered.
    package init() {}

    /// Installs the waiting continuation, resuming it at once if a value already arrived.
    package func install(_ continuation: CheckedContinuation<Value, Never>) {
        let early: Value? = state.withLock { state in
            guard let value = state.value, !state.delivered else {
                state.continuation = continuation
                return nil
            }
            state.delivered = true
            return value
        }
        if let early { continuation.resume(returning: early) }
    }

    /// Delivers `value` unless another value was delivered first.
    package func resume(returning value: Value) {
        let waiting: CheckedContinuation<Value, Never>? = state.withLock { state in
            guard state.value == nil else { return nil }
            state.value = value
            guard let continuation = state.continuation else { return nil }
            state.delivered = true
            state.continuation = nil
            return continuation
        }
        waiting?.resume(returning: value)
    }
}
