import Synchronization

/// An ``HTTPBodySink`` that reads a query answer with a ``PrometheusAnswerStream`` as it arrives, handing
/// each element to a closure on the transfer's thread.
final class PrometheusAnswerSink: HTTPBodySink {
    private struct State {
        var stream = PrometheusAnswerStream()
        var status = 0
        /// Cleared once the caller stopped listening, so a transfer running on after it hands nothing more.
        var element: (@Sendable (PrometheusVectorReader.Element) -> Void)?
    }

    private let state: Mutex<State>

    /// A sink handing each element of the answer to `element`.
    init(element: @escaping @Sendable (PrometheusVectorReader.Element) -> Void) {
        state = Mutex(State(element: element))
    }

    func begin(status: Int) {
        state.withLock {
            $0.status = status
            $0.stream = PrometheusAnswerStream()
        }
    }

    func take(_ chunk: UnsafeRawBufferPointer) {
        state.withLock { state in
            guard let element = state.element else { return }
            state.stream.feed(chunk, element: element)
        }
    }

    /// What the answer was, after the transfer ended, and the decoded bytes it had; the sink hands
    /// nothing more on after this.
    func finish() -> (shape: Result<PrometheusVectorReader.Shape, PrometheusAPIError>, bytes: Int) {
        state.withLock { state in
            state.element = nil
            let shape = Result { () throws(PrometheusAPIError) in try state.stream.finish(status: state.status) }
            return (shape, state.stream.byteCount)
        }
    }

    /// Stops handing elements on (the caller gave up).
    func close() { state.withLock { $0.element = nil } }
}
