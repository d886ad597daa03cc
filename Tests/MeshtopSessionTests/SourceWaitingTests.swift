import MeshtopDashboard
import MeshtopSession
import MeshtopSources
import Testing

/// A source that has not answered yet is "waiting", never "ok".
@Suite struct SourceWaitingTests {
    @Test func aSourceNeverFetchedIsWaiting() {
        let status = SourceStatus(SourceHealth(name: "fifo"), now: 60_000, staleAfter: 15_000)
        #expect(status.error == nil)
        #expect(status.waiting)
        #expect(status.healthText == "waiting")
    }

    @Test func aSourceThatAnsweredIsOkOrFailing() {
        var health = SourceHealth(name: "dump.prom")
        health.lastSuccessMilliseconds = 59_000
        #expect(SourceStatus(health, now: 60_000, staleAfter: 15_000).healthText == "ok")
        health = SourceHealth(name: "http://x/")
        health.lastError = "connection refused"
        let failing = SourceStatus(health, now: 60_000, staleAfter: 15_000)
        #expect(!failing.waiting)
        #expect(failing.healthText.hasPrefix("connection refused"))
    }

    @Test func theStatusBarCountsWaitingSourcesApart() {
        let model = DashboardModel(sources: [
            SourceStatus(name: "fifo", waiting: true), SourceStatus(name: "dump.prom"),
        ])
        let state = AppState(model: model, width: 120, height: 20)
        let text = DashboardRenderer.render(state).plainText()
        #expect(text.contains("Sources: 1 ok, 1 waiting"), "\(text)")
    }
}
