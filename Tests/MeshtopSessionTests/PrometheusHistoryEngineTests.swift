import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTelemetry
import Testing

/// Time travel over a query-mode Prometheus, with the server's answers made in memory.
@Suite struct PrometheusHistoryEngineTests {
    /// A server whose mesh receives 10 mTLS requests a second, always; it counts what was asked.
    final class FakeServer: Sendable {
        func evaluate(_ instant: Int64) async throws -> ScrapeFrame {
            let line = Scrapes.requests(
                from: "shop/web",
                to: "shop/api",
                policy: "mutual_tls",
                Double(instant - Scrapes.start) / 100
            )
            return ScrapeFrame(
                bytes: Array(line.utf8),
                source: "prometheus",
                timestampMilliseconds: instant,
                format: .prometheusText
            )
        }
    }

    @Test func `stepping back and b evaluate the windows of past instants`() async throws {
        let server = FakeServer()
        let mailbox = DashboardMailbox()
        let start = Scrapes.start + 3_600_000
        let engine = PrometheusHistoryEngine(
            frames: InstantFrames(evaluate: server.evaluate),
            name: "prometheus",
            mailbox: mailbox,
            step: 15_000,
            at: start,
            clock: SessionClock(clock: ManualClock(), now: { Scrapes.start + 7_200_000 })
        )
        await engine.refresh()
        var update = mailbox.take()
        #expect(update.model?.dataTime == start)
        #expect(update.time?.mode == .paused)
        let rate = try #require(update.model?.namespaces.first { $0.name == "shop" }?.requests.mutualTLS)
        #expect(abs(rate - 10) < 1e-9)
        await engine.perform(.stepBack)
        update = mailbox.take()
        #expect(update.model?.dataTime == start - 15_000)
        await engine.perform(.goTo("-10m"))
        update = mailbox.take()
        #expect(update.model?.dataTime == start - 15_000 - 600_000)
        // Following now again evaluates the window that ends at the wall time.
        await engine.perform(.toEnd)
        update = mailbox.take()
        #expect(update.model?.dataTime == Scrapes.start + 7_200_000)
        #expect(update.time?.mode == .live)
        #expect(await engine.isFollowing)
    }

    @Test func `a server that fails keeps the last view and says why`() async throws {
        struct Down: Error, CustomStringConvertible { var description: String { "connection refused" } }
        let mailbox = DashboardMailbox()
        let engine = PrometheusHistoryEngine(
            frames: InstantFrames { _ in throw Down() },
            name: "prometheus",
            mailbox: mailbox,
            at: Scrapes.start,
            clock: SessionClock(clock: ManualClock(), now: { Scrapes.start })
        )
        await engine.refresh()
        let source = try #require(mailbox.take().model?.sources.first { $0.name == "prometheus" })
        #expect(source.error == "connection refused")
    }
}
