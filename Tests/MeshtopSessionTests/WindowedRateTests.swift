import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTelemetry
import Testing

/// Rates are slopes over the trailing window, whatever its alignment to the scrapes.
@Suite struct WindowedRateTests {
    private static func feed(offset: Double, seconds: Int, rate: (Double) -> (mtls: Double, plain: Double))
        -> LiveSession
    {
        let session = LiveSession()
        var mtls = 0.0
        var plain = 0.0
        var last = 0.0
        for step in 0...(seconds / 15) {
            let time = offset + Double(step * 15)
            let rates = rate(time)
            mtls += rates.mtls * (time - last)
            plain += rates.plain * (time - last)
            last = time
            let lines = [
                Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", mtls),
                Scrapes.requests(from: "legacy/job", to: "shop/api", policy: "none", plain),
            ]
            session.receive(Scrapes.scrape("mesh", at: time, lines))
        }
        return session
    }

    @Test(arguments: [0.0, 3.7, 7.5, 11.0, 14.999])
    func `a constant 10 req/s reads 10.0 at every tick whatever the window's alignment`(offset: Double) throws {
        let session = LiveSession()
        for step in 0...40 {
            let time = offset + Double(step * 15)
            let line = Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 10 * time)
            session.receive(Scrapes.scrape("mesh", at: time, [line]))
            let snapshot = try #require(session.timeline.snapshot(atTick: session.tick ?? 0))
            guard step >= 1 else {
                #expect(snapshot.meshRates == nil)
                continue
            }
            let rate = try #require(snapshot.meshRates?.requests.mutualTLS)
            #expect(abs(rate - 10) < 1e-9)
        }
    }

    @Test func `plaintext that stops drops out of the rates one window later`() throws {
        let session = Self.feed(offset: 0, seconds: 600) { time in (6, time < 300 ? 1.5 : 0) }
        let frames = session.frames
        func plaintext(at seconds: Int64) throws -> Double {
            let tick = try #require(frames.tick(atOrBefore: Scrapes.start + seconds * 1000))
            let snapshot = try #require(session.timeline.snapshot(atTick: tick))
            return try #require(snapshot.namespace(named: "shop")?.rates?.requests.plaintext)
        }
        #expect(abs(try plaintext(at: 285) - 1.5) < 1e-9)
        #expect(try plaintext(at: 300 + 60) == 0)
        #expect(try plaintext(at: 600) == 0)
        // Twelve minutes after plaintext stopped the mTLS rate is all there is: 100 %.
        let last = try #require(session.timeline.snapshot(atTick: frames.endTick - 1))
        #expect(abs((last.namespace(named: "shop")?.rates?.requests.mutualTLS ?? 0) - 6) < 1e-9)
    }

    @Test func `a counter reset inside the window counts as Prometheus increase does`() throws {
        let session = LiveSession()
        let values: [Double] = [100, 250, 400, 50, 200]
        for (step, value) in values.enumerated() {
            let line = Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", value)
            session.receive(Scrapes.scrape("mesh", at: Double(step * 15), [line]))
        }
        // Window (0, 60]: frames at 15, 30, 45, 60 → 150 + 50 (reset) + 150 = 350 over 45 s.
        let snapshot = try #require(session.timeline.snapshot(atTick: session.frames.endTick - 1))
        let counted = try #require(snapshot.namespace(named: "shop")?.traffic.requests.mutualTLS)
        #expect(counted == 350)
        let rate = try #require(snapshot.meshRates?.requests.mutualTLS)
        #expect(abs(rate - 350.0 / 45.0) < 1e-9)
    }

    @Test func `a source that stops answering leaves the rates after one window and is listed stale`() throws {
        let session = LiveSession()
        for step in 0...20 {
            let time = Double(step * 15)
            let web = Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 10 * time)
            session.receive(Scrapes.scrape("api-pod", at: time, [web]))
            if step <= 8 {
                let job = Scrapes.requests(from: "legacy/job", to: "shop/db", policy: "none", 2 * time)
                session.receive(Scrapes.scrape("db-pod", at: time + 1, [job]))
            }
        }
        let snapshot = try #require(session.timeline.snapshot(atTick: session.frames.endTick - 1))
        #expect(snapshot.workload(WorkloadID(namespace: "shop", name: "db")) == nil)
        let db = try #require(snapshot.sources.first { $0.name == "db-pod" })
        #expect(db.isStale)
        #expect(abs((snapshot.meshRates?.requests.mutualTLS ?? 0) - 10) < 1e-9)
    }

    @Test func `handshake failures are a rate, not a count that climbs`() throws {
        let session = LiveSession()
        var shown: [Double] = []
        for step in 0...12 {
            let time = Double(step * 15)
            let lines = [
                Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 10 * time),
                Scrapes.handshakeFailures(time),
            ]
            session.receive(
                ScrapeFrame(
                    bytes: Array(lines.joined().utf8),
                    source: "api-pod",
                    timestampMilliseconds: Scrapes.start + Int64(time * 1000),
                    format: .prometheusText,
                    workload: WorkloadAttribution(namespace: "shop", workload: "api")
                )
            )
            if step >= 2 {
                let view = session.view().model
                shown.append(try #require(view.workloads.first { $0.id.name == "api" }?.handshakeFailures))
                shown.append(try #require(view.handshakeFailures.first { $0.reason == "fail_verify_no_cert" }?.rate))
            }
        }
        for value in shown { #expect(abs(value - 1) < 1e-9) }
    }
}
