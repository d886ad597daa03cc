import MeshtopSources
import Testing

/// The libcurl client itself: cancellation, methods and headers.
struct HTTPClientTests {
    @Test func aCancelledCallerIsAnsweredWithoutWaitingForTheServer() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        // `/slow` answers after 3 s and the timeout is far longer: only cancellation can end this early.
        let request = HTTPRequest(url: server.url("/slow"), timeout: .seconds(60), maximumResponseBytes: 1 << 20)
        let transfer = Task { await HTTPClient.perform(request) }
        try await Task.sleep(for: .milliseconds(100))
        transfer.cancel()
        guard case .failure(let failure) = await transfer.value else {
            Issue.record("expected the cancelled transfer to fail, it completed")
            return
        }
        #expect(failure == .cancelled)
    }

    @Test func anUnknownHostIsReportedAsNotFound() async {
        let request = HTTPRequest(
            url: "http://meshtop-no-such-host.invalid/",
            timeout: .seconds(20),
            maximumResponseBytes: 1
        )
        guard case .failure(let failure) = await HTTPClient.perform(request) else {
            Issue.record("expected a failure for an .invalid host")
            return
        }
        #expect(failure == .hostNotFound)
    }

    @Test func theStatusAndContentTypeOfTheFinalAnswerAreReported() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let request = HTTPRequest(url: server.url("/ok"), timeout: .seconds(20), maximumResponseBytes: 1 << 20)
        guard case .success(let response) = await HTTPClient.perform(request) else {
            Issue.record("expected an answer from /ok")
            return
        }
        #expect(response.status == 200)
        #expect(response.contentType == "text/plain; version=0.0.4")
        #expect(response.body == Array(LoopbackHTTPServer.okBody.utf8))
    }
}
