import Foundation
import MeshtopSources
import Testing

@Suite struct SourcePollerTests {
    @Test func aDeadSourceNeitherBlocksTheOthersNorHidesItsError() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let refused = try LoopbackHTTPServer()
        refused.stop()
        // Only the slow source gets a short timeout, so a loaded machine cannot turn the others into timeouts.
        let short = SourceOptions(timeout: .milliseconds(500))
        let options = SourceOptions(timeout: .seconds(20))
        let poller = SourcePoller(
            sources: [
                try HTTPSource(name: "slow", url: server.url("/slow"), options: short),
                try HTTPSource(name: "refused", url: refused.url("/ok"), options: options),
                try HTTPSource(name: "failing", url: server.url("/fail"), options: options),
                try HTTPSource(name: "healthy", url: server.url("/ok"), options: options),
            ],
            interval: .milliseconds(200),
            retry: RetryPolicy(initialDelay: .milliseconds(20), maximumDelay: .milliseconds(50))
        )
        var healthyFrames = 0
        for await frame in poller.frames() {
            #expect(frame.source == "healthy")
            healthyFrames += 1
            let health = poller.health()
            if healthyFrames >= 3, health.filter({ $0.lastError != nil }).count == 3 { break }
            if healthyFrames >= 200 { break }
        }
        let health = Dictionary(uniqueKeysWithValues: poller.health().map { ($0.name, $0) })
        #expect(health["slow"]?.lastError == "timed out after 500ms")
        #expect(health["refused"]?.lastError == "connection refused")
        #expect(health["failing"]?.lastError == "HTTP 503")
        #expect(health["healthy"]?.lastError == nil)
        #expect(health["healthy"]?.bytes == LoopbackHTTPServer.okBody.utf8.count)
        #expect((health["healthy"]?.frames ?? 0) >= 3)
        #expect(health["refused"]?.lastSuccessMilliseconds == nil)
        #expect(health["refused"]?.isStale(now: WallClock.nowMilliseconds(), limit: 60_000) == true)
    }

    @Test func aFinishedSourceEndsTheStreamWhenItIsTheLast() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("once.prom")
        try Data("up 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let poller = SourcePoller(sources: [OneShotSource(path: path)], interval: .milliseconds(10))
        var frames: [ScrapeFrame] = []
        for await frame in poller.frames() { frames.append(frame) }
        #expect(frames.map(\.bytes) == [Array("up 1\n".utf8)])
        #expect(poller.health().first?.finished == true)
    }

    /// Stopping while requests complete must never hang (it once deadlocked the previous HTTP client).
    ///
    /// The limit only has to catch a hang: in the whole suite the pollers wait for cooperative threads that
    /// other suites' blocking tests hold, and 40 rounds took from 15 s to over a minute on a busy machine.
    @Test(.timeLimit(.minutes(4)))
    func stoppingAPollerMidFetchAlwaysReturns() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        // The quick sources get a generous timeout, so that a busy machine slows the rounds down rather than
        // failing every fetch; the slow one times out, so that every stop also lands on a failing fetch.
        let quick = SourceOptions(timeout: .seconds(5))
        let slow = SourceOptions(timeout: .milliseconds(200))
        for round in 0..<40 {
            let poller = SourcePoller(
                sources: try (0..<4).map { try HTTPSource(name: "ok\($0)", url: server.url("/ok"), options: quick) }
                    + [try HTTPSource(name: "slow", url: server.url("/slow"), options: slow)],
                interval: .milliseconds(5)
            )
            var received = 0
            for await _ in poller.frames() {
                received += 1
                if received > round % 7 { break }
            }
            #expect(received > round % 7)
        }
    }

    @Test func retriesBackOffExponentiallyUpToTheCap() {
        let policy = RetryPolicy(initialDelay: .milliseconds(500), maximumDelay: .seconds(3))
        #expect(
            (1...5).map(policy.delay(beforeRetry:)) == [
                .milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3),
            ]
        )
    }
}

/// A source that delivers a file once and then finishes, like standard input.
private actor OneShotSource: TelemetrySource {
    nonisolated let name = "once"
    private let file: FileSource
    private var done = false

    init(path: String) { file = FileSource(name: "once", path: path) }

    func fetch() async throws(FetchError) -> FetchOutcome {
        if done { return .finished }
        done = true
        return try await file.fetch()
    }
}
