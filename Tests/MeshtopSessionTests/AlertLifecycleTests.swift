import MeshtopModel
import MeshtopSession
import Testing

/// Alerts fire while their condition holds in the window and resolve when it stops.
@Suite struct AlertLifecycleTests {
    @Test func `plaintext raises MTLS001, which resolves one window after the plaintext stops`() throws {
        let session = LiveSession()
        var plain = 0.0
        for step in 0...40 {
            let time = Double(step * 15)
            if time <= 300 { plain = 1.5 * time }
            let lines = [
                Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 6 * time),
                Scrapes.requests(from: "legacy/job", to: "shop/api", policy: "none", plain),
            ]
            session.receive(Scrapes.scrape("mesh", at: time, lines))
        }
        func alert(atSecond seconds: Int64) throws -> Alert? {
            let tick = try #require(session.frames.tick(atOrBefore: Scrapes.start + seconds * 1000))
            let snapshot = try #require(session.timeline.snapshot(atTick: tick))
            return snapshot.alerts.first { $0.code == .plaintextIntoWorkload }
        }
        let firing = try #require(try alert(atSecond: 240))
        #expect(firing.state == .firing)
        let startedAt = firing.firstSeen
        #expect(try alert(atSecond: 300)?.firstSeen == startedAt)
        // The window (285, 345] starts at the frame of 300 s, the last plaintext increase: resolved at 345 s.
        let resolved = try #require(try alert(atSecond: 420))
        #expect(resolved.state == .resolved)
        #expect(resolved.resolvedAt == Scrapes.start + 345_000)
        #expect(resolved.firstSeen == startedAt)
        #expect(session.timeline.alertStarts.contains(Scrapes.start + 15_000))
        #expect(session.timeline.alertEnds == [Scrapes.start + 345_000])
    }

    @Test func `a resolved alert stays listed for an hour, then goes`() {
        var timeline = AlertTimeline()
        let alert = Alert(
            code: .plaintextIntoWorkload,
            severity: .warning,
            namespace: "shop",
            workload: "api",
            summary: "plaintext",
            firstSeen: 0,
            lastSeen: 0
        )
        timeline.append(time: 0, firing: [alert])
        timeline.append(time: 60_000, firing: [])
        #expect(timeline.append(time: 3_660_000, firing: []).map(\.state) == [.resolved])
        #expect(timeline.append(time: 3_660_001, firing: []).isEmpty)
    }

    @Test func `an alert that fires again starts a new run`() {
        var timeline = AlertTimeline()
        var alert = Alert(
            code: .handshakeFailures,
            severity: .warning,
            namespace: "shop",
            workload: "api",
            summary: "failures",
            firstSeen: 0,
            lastSeen: 0
        )
        timeline.append(time: 0, firing: [alert])
        timeline.append(time: 15_000, firing: [])
        alert.firstSeen = 20_000
        let shown = timeline.append(time: 30_000, firing: [alert])
        #expect(shown.count == 1)
        #expect(shown.first?.firstSeen == 20_000)
        #expect(shown.first?.state == .firing)
        #expect(timeline.starts == [0, 30_000])
    }
}
