import Foundation
import MeshtopSources
import MeshtopTelemetry
import Testing

@Suite struct HTTPSourceTests {
    private func fetch(_ url: String, options: SourceOptions = SourceOptions(timeout: .seconds(20))) async throws
        -> Result<FetchOutcome, FetchError>
    {
        let source = try HTTPSource(name: "test", url: url, options: options)
        do {
            return .success(try await source.fetch())
        } catch {
            return .failure(error)
        }
    }

    @Test func aHealthyEndpointDeliversItsBytesUnchangedWithTheAnnouncedFormat() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/ok"))
        guard case .success(.frame(let frame)) = result else {
            Issue.record("expected a frame, got \(result)")
            return
        }
        #expect(frame.bytes == Array(LoopbackHTTPServer.okBody.utf8))
        #expect(frame.format == .prometheusText)
        #expect(frame.source == "test")
        #expect(frame.latencyMilliseconds != nil)
    }

    @Test func aServerErrorIsReportedAsItsStatus() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/fail"))
        #expect(result == .failure(.httpStatus(503)))
        #expect(FetchError.httpStatus(503).description == "HTTP 503")
    }

    @Test func aSlowEndpointTimesOutWithTheConfiguredLimit() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/slow"), options: SourceOptions(timeout: .milliseconds(300)))
        #expect(result == .failure(.timedOut(.milliseconds(300))))
        #expect(FetchError.timedOut(.seconds(2)).description == "timed out after 2s")
    }

    @Test func aClosedPortIsReportedAsConnectionRefused() async throws {
        let server = try LoopbackHTTPServer()
        let url = server.url("/ok")
        server.stop()
        let result = try await fetch(url)
        #expect(result == .failure(.connectionRefused))
        #expect(FetchError.connectionRefused.description == "connection refused")
    }

    @Test func aFiftyMegabyteResponseArrivesWhole() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/huge"), options: SourceOptions(timeout: .seconds(60)))
        guard case .success(.frame(let frame)) = result else {
            Issue.record("expected a frame, got an error: \(result)")
            return
        }
        #expect(frame.byteCount == LoopbackHTTPServer.hugeSize)
        #expect(frame.bytes.starts(with: Array("envoy_cluster_upstream_cx_total".utf8)))
    }

    @Test func aResponseOverTheSizeLimitIsRejected() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let options = SourceOptions(timeout: .seconds(60), maximumResponseBytes: 1 << 20)
        let result = try await fetch(server.url("/huge"), options: options)
        #expect(result == .failure(.tooLarge(limit: 1 << 20)))
    }

    @Test func aGarbageBodyIsDeliveredRawForTheParserToJudge() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/garbage-body"))
        guard case .success(.frame(let frame)) = result else {
            Issue.record("expected a frame, got \(result)")
            return
        }
        #expect(frame.bytes == LoopbackHTTPServer.garbage)
        #expect(frame.format == nil)
    }

    @Test func aNonHTTPReplyIsAnErrorNotACrash() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let result = try await fetch(server.url("/not-http"))
        guard case .failure(let error) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(!error.description.isEmpty)
    }

    @Test func theBearerTokenIsSentButNeverShown() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        let tokenFile = directory.path("token")
        try "wrong-token\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let options = SourceOptions(timeout: .seconds(20), bearerTokenFile: tokenFile)
        let refused = try await fetch(server.url("/auth"), options: options)
        #expect(refused == .failure(.httpStatus(401)))

        // The file is re-read on every poll, so a rotated token takes effect without a restart.
        try "\(server.expectedToken)\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let accepted = try await fetch(server.url("/auth"), options: options)
        guard case .success(.frame(let frame)) = accepted else {
            Issue.record("expected a frame after the token rotated, got \(accepted)")
            return
        }
        #expect(!String(decoding: frame.bytes, as: UTF8.self).contains(server.expectedToken))
        #expect(!frame.source.contains(server.expectedToken))
    }

    @Test func aHeaderValueIsSentAndNeverAppearsInErrors() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let header = try SourceOptions.Header(parsing: "Authorization: Bearer \(server.expectedToken)")
        let options = SourceOptions(timeout: .seconds(20), headers: [header])
        let accepted = try await fetch(server.url("/auth"), options: options)
        guard case .success(.frame) = accepted else {
            Issue.record("expected the header to authorize the request, got \(accepted)")
            return
        }
        let stopped = try LoopbackHTTPServer()
        stopped.stop()
        let refused = try await fetch(stopped.url("/auth"), options: options)
        guard case .failure(let error) = refused else {
            Issue.record("expected connection refused, got \(refused)")
            return
        }
        #expect(!error.description.contains(server.expectedToken))
    }

    @Test func malformedHeadersAreRejectedWithoutEchoingTheirValue() {
        #expect(throws: SourceError.self) { try SourceOptions.Header(parsing: "no colon secret-value") }
        do {
            _ = try SourceOptions.Header(parsing: "no colon secret-value")
        } catch {
            #expect(!"\(error)".contains("secret-value"))
        }
    }
}
