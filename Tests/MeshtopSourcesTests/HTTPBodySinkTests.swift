import MeshtopSources
import Synchronization
import Testing

/// Bodies handed to an ``HTTPBodySink`` as they arrive instead of being collected.
struct HTTPBodySinkTests {
    /// Keeps what a transfer handed over.
    private final class Collector: HTTPBodySink {
        let seen = Mutex<(statuses: [Int], bytes: [UInt8], chunks: Int)>(([], [], 0))

        func begin(status: Int) { seen.withLock { $0.statuses.append(status) } }

        func take(_ chunk: UnsafeRawBufferPointer) {
            seen.withLock {
                $0.bytes.append(contentsOf: chunk)
                $0.chunks += 1
            }
        }
    }

    @Test func aBodyFollowedThroughARedirectArrivesInChunksAsTheCollectedOne() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(
            url: server.redirect(to: server.url("/huge")),
            timeout: .seconds(60),
            maximumResponseBytes: 1 << 30
        )
        guard case .success(let collected) = await HTTPClient.perform(request) else {
            Issue.record("expected /huge to answer")
            return
        }
        let sink = Collector()
        guard case .success(let streamed) = await HTTPClient.perform(request, streamingTo: sink) else {
            Issue.record("expected /huge to answer when streamed")
            return
        }
        #expect(streamed.status == 200)
        #expect(streamed.body.isEmpty)
        let seen = sink.seen.withLock { $0 }
        // Only the final answer reaches the sink: the redirect's status and body do not.
        #expect(seen.statuses == [200])
        #expect(seen.bytes == collected.body)
        #expect(seen.chunks > 1)
    }

    @Test func theSizeLimitStopsAStreamedBody() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(url: server.url("/huge"), timeout: .seconds(60), maximumResponseBytes: 100_000)
        let sink = Collector()
        guard case .failure(let failure) = await HTTPClient.perform(request, streamingTo: sink) else {
            Issue.record("expected /huge to pass the limit")
            return
        }
        #expect(failure == .tooLarge)
        #expect(sink.seen.withLock { $0.bytes.count } <= 100_000)
    }

    @Test(arguments: [("/fail", 503, "overloaded\n"), ("/missing", 404, "")])
    func errorAnswersReachTheSinkWithTheirStatus(path: String, status: Int, body: String) async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(url: server.url(path), timeout: .seconds(20), maximumResponseBytes: 1 << 20)
        let sink = Collector()
        guard case .success(let response) = await HTTPClient.perform(request, streamingTo: sink) else {
            Issue.record("expected \(path) to answer")
            return
        }
        #expect(response.status == status)
        let seen = sink.seen.withLock { $0 }
        #expect(seen.statuses == [status])
        #expect(seen.bytes == Array(body.utf8))
    }
}
