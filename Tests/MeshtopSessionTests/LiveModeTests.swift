import MeshtopDashboard
import MeshtopSession
import MeshtopSources
import Testing

/// The live view's label says whether its sources deliver: LIVE, STALE, or SNAPSHOT for input read once.
struct LiveModeTests {
    private func health(success: Int64? = nil, error: String? = nil, finished: Bool = false) -> SourceHealth {
        var health = SourceHealth(name: "s")
        health.lastSuccessMilliseconds = success
        health.lastError = error
        health.finished = finished
        return health
    }

    @Test func `one delivering source keeps the view live`() {
        let sources = [health(error: "connection refused"), health(success: 99_000)]
        #expect(LiveMode.mode(health: sources, now: 100_000, staleAfter: 15_000) == .live)
    }

    @Test func `every source failing or older than three intervals is stale`() {
        let sources = [health(success: 100_000, error: "connection refused"), health(success: 50_000)]
        #expect(LiveMode.mode(health: sources, now: 100_000, staleAfter: 15_000) == .stale)
        #expect(LiveMode.mode(health: [health(error: "waiting for x.prom")], now: 0, staleAfter: 15_000) == .stale)
    }

    @Test func `a source not fetched yet is not stale`() {
        #expect(LiveMode.mode(health: [health()], now: 100_000, staleAfter: 15_000) == .live)
    }

    @Test func `input read once and finished is a snapshot`() {
        #expect(
            LiveMode.mode(health: [health(success: 1, finished: true)], now: 100_000, staleAfter: 15_000) == .snapshot
        )
    }

    @Test func `three intervals of a sub-second interval are not zero`() {
        #expect(LiveMode.staleAfter(interval: .milliseconds(500)) == 1_500)
        #expect(LiveMode.staleAfter(interval: .seconds(5)) == 15_000)
    }

    @Test func `a file awaited is shown as waiting, without "no data yet"`() {
        var awaited = SourceHealth(name: "later.prom")
        awaited.lastError = FetchError.waiting(path: "later.prom").description
        awaited.isWaiting = true
        #expect(SourceStatus(awaited, now: 0, staleAfter: 15_000).error == "waiting for later.prom")
    }
}
