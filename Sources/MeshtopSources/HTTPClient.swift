import Foundation
import Synchronization

/// The one HTTP(S) client every meshtop fetch uses: the system libcurl, driven on a thread of its own.
///
/// `curl_easy_perform` blocks, so each exchange runs on a dedicated thread rather than on the Swift
/// concurrency pool. A cancelled caller is answered at once with ``HTTPFailure/cancelled``; the abandoned
/// transfer notices at its next progress callback and aborts.
package enum HTTPClient {
    /// Performs `request` and returns the server's answer, whatever its status, or why there was none.
    package static func perform(_ request: HTTPRequest) async -> Result<HTTPResponse, HTTPFailure> {
        await perform(request, sink: nil)
    }

    /// Performs `request`, handing the final answer's body to `sink` as it arrives instead of collecting it
    /// (the response's `body` is then empty), so that a large answer is never held whole.
    package static func perform(
        _ request: HTTPRequest,
        streamingTo sink: any HTTPBodySink
    ) async -> Result<HTTPResponse, HTTPFailure> {
        await perform(request, sink: sink)
    }

    private static func perform(
        _ request: HTTPRequest,
        sink: (any HTTPBodySink)?
    ) async -> Result<HTTPResponse, HTTPFailure> {
        let once = OnceContinuation<Result<HTTPResponse, HTTPFailure>>()
        let abandoned = AbandonFlag()
        let thread = Thread {
            once.resume(returning: CurlTransfer(request, abandoned: abandoned, sink: sink).run())
        }
        thread.name = "meshtop-http"
        thread.start()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { once.install($0) }
        } onCancel: {
            abandoned.raise()
            once.resume(returning: .failure(.cancelled))
        }
    }
}

/// Set once nobody waits for a transfer any more, so that it aborts instead of running to its end.
final class AbandonFlag: Sendable {
    private let raised = Atomic(false)

    /// Whether the caller gave up.
    var isRaised: Bool { raised.load(ordering: .acquiring) }

    /// Marks the transfer as abandoned.
    func raise() { raised.store(true, ordering: .releasing) }
}
