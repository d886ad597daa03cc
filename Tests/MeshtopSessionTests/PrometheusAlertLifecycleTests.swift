import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTelemetry
import Testing

/// Alerts over a query-mode Prometheus's past fire and resolve as they do in a recording of the same story.
@Suite struct PrometheusAlertLifecycleTests {
    /// The story's server: mTLS at 6 requests/s always, plaintext at 1.5/s for the first 300 s; each
    /// instant reads the newest 15-second scrape at or before it, and nothing exists before the story.
    final class StoryServer: Sendable {
        func evaluate(_ instant: Int64) async throws -> ScrapeFrame {
            let elapsed = instant - Scrapes.start
            let scraped = elapsed < 0 ? nil : Double(elapsed / 15_000 * 15)
            let lines = scraped.map { seconds in
                [
                    Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 6 * seconds),
                    Scrapes.requests(from: "legacy/job", to: "shop/api", policy: "none", 1.5 * min(seconds, 300)),
                ]
            }
            return ScrapeFrame(
                bytes: Array((lines ?? []).joined().utf8),
                source: "prometheus",
                timestampMilliseconds: instant,
                format: .prometheusText
            )
        }
    }

    private func plaintextAlert(_ frames: InstantFrames, atSecond seconds: Int64) async throws -> Alert? {
        let snapshot = try await frames.snapshotWithAlertLifecycle(at: Scrapes.start + seconds * 1000, length: 60_000)
        return snapshot.alerts.first { $0.code == .plaintextIntoWorkload }
    }

    @Test func `an alert fires in the plaintext period and shows resolved after it, from any moment`() async throws {
        let server = StoryServer()
        let frames = InstantFrames(evaluate: server.evaluate)
        let firing = try #require(try await plaintextAlert(frames, atSecond: 240))
        #expect(firing.state == .firing)
        #expect(firing.resolvedAt == nil)
        #expect(firing.firstSeen <= Scrapes.start + 60_000)
        #expect(try await plaintextAlert(frames, atSecond: 300)?.firstSeen == firing.firstSeen)
        // The window ending at 360 s is the first without a plaintext increase.
        let resolved = try #require(try await plaintextAlert(frames, atSecond: 420))
        #expect(resolved.state == .resolved)
        #expect(resolved.resolvedAt == Scrapes.start + 360_000)
        #expect(resolved.firstSeen == firing.firstSeen)
        // The same moment reached from a fresh cache, as `replay --at` reaches it, shows the same.
        let fresh = InstantFrames(evaluate: server.evaluate)
        #expect(try await plaintextAlert(fresh, atSecond: 420) == resolved)
        // A resolved alert stays listed for an hour, as in a recording.
        #expect(try await plaintextAlert(frames, atSecond: 360 + 3_600)?.state == .resolved)
        #expect(try await plaintextAlert(frames, atSecond: 360 + 3_601) == nil)
    }

    @Test func `a recording of the same story gives the same alert states`() async throws {
        let server = StoryServer()
        let frames = InstantFrames(evaluate: server.evaluate)
        let session = LiveSession()
        for step in 0...40 {
            let frame = try await server.evaluate(Scrapes.start + Int64(step) * 15_000)
            session.receive(frame)
        }
        for seconds: Int64 in [120, 240, 300, 420, 600] {
            let tick = try #require(session.frames.tick(atOrBefore: Scrapes.start + seconds * 1000))
            session.timeline.advance(through: tick)
            let recorded = session.timeline.snapshot(atTick: tick)?.alerts.first { $0.code == .plaintextIntoWorkload }
            let served = try await plaintextAlert(frames, atSecond: seconds)
            #expect(served?.state == recorded?.state, "at \(seconds) s")
            #expect((served?.resolvedAt == nil) == (recorded?.resolvedAt == nil), "at \(seconds) s")
        }
    }

    @Test func `the lifecycle's moments are multiples of the window within the hour and the window count`() {
        let minute: Int64 = 60_000
        // The hour before 02:05:05 and one window more: 01:05 to 02:05, each minute.
        let moments = InstantFrames.lifecycleMoments(before: 125 * minute + 5_000, length: minute)
        #expect(moments == (65...125).map { $0 * minute })
        #expect(InstantFrames.lifecycleMoments(before: 10 * minute, length: minute).last == 9 * minute)
        // One-second windows: 60 of them, and one more.
        #expect(InstantFrames.lifecycleMoments(before: 100_500, length: 1_000) == (40...100).map { $0 * 1_000 })
        // Hourly windows look back one hour and one window.
        let hourly = InstantFrames.lifecycleMoments(before: 10 * 3_600_000 + 1, length: 3_600_000)
        #expect(hourly == [9 * 3_600_000, 10 * 3_600_000])
        #expect(InstantFrames.lifecycleMoments(before: -1, length: minute).last == -minute)
        #expect(InstantFrames.lifecycleMoments(before: .min, length: .max).isEmpty)
        #expect(InstantFrames.lifecycleMoments(before: .max, length: .max).isEmpty)
    }

    @Test func `the dashboard's engine shows the resolved alert at a later moment`() async throws {
        let server = StoryServer()
        let mailbox = DashboardMailbox()
        let engine = PrometheusHistoryEngine(
            frames: InstantFrames(evaluate: server.evaluate),
            name: "prometheus",
            mailbox: mailbox,
            windowLength: 60_000,
            at: Scrapes.start + 420_000,
            clock: SessionClock(clock: ManualClock(), now: { Scrapes.start + 7_200_000 })
        )
        await engine.refresh()
        let alert = try #require(mailbox.take().model?.alerts.first { $0.id.hasPrefix("MTLS001|") })
        #expect(alert.resolvedAt == Scrapes.start + 360_000)
        await engine.perform(.goTo("\((Scrapes.start + 240_000) / 1000)"))
        let firing = try #require(mailbox.take().model?.alerts.first { $0.id.hasPrefix("MTLS001|") })
        #expect(firing.resolvedAt == nil)
    }

    @Test func `the engine shows a moment's figures even when the hour before it cannot be read`() async throws {
        struct Gone: Error, CustomStringConvertible { var description: String { "out of retention" } }
        let server = StoryServer()
        let moment = Scrapes.start + 240_000
        let mailbox = DashboardMailbox()
        let engine = PrometheusHistoryEngine(
            frames: InstantFrames { instant in
                guard instant >= moment - 60_000 else { throw Gone() }
                return try await server.evaluate(instant)
            },
            name: "prometheus",
            mailbox: mailbox,
            windowLength: 60_000,
            at: moment,
            clock: SessionClock(clock: ManualClock(), now: { Scrapes.start + 7_200_000 })
        )
        await engine.refresh()
        let model = try #require(mailbox.take().model)
        #expect(model.dataTime == moment)
        #expect(model.alerts.contains { $0.id.hasPrefix("MTLS001|") && $0.resolvedAt == nil })
        #expect(model.sources.first { $0.name == "prometheus" }?.error == "out of retention")
    }
}
