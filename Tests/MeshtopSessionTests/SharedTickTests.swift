import MeshtopModel
import MeshtopSession
import MeshtopSources
import Testing

/// Sources scraped at the same millisecond share a tick; the second to arrive must count as much as the first.
@Suite struct SharedTickTests {
    /// Two sources, `web` sending mutual TLS and `job` plaintext into `shop/api`, each scraped every 15 s at
    /// the same instants; the plaintext source's scrape of each instant arrives second.
    private static func scrapes(steps: Int) -> [ScrapeFrame] {
        (0...steps).flatMap { step -> [ScrapeFrame] in
            let time = Double(step * 15)
            return [
                Scrapes.scrape(
                    "web",
                    at: time,
                    [Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 6 * time)]
                ),
                Scrapes.scrape(
                    "job",
                    at: time,
                    [Scrapes.requests(from: "legacy/job", to: "shop/api", policy: "none", 2 * time)]
                ),
            ]
        }
    }

    @Test func `a scrape that joins the newest tick is in that tick's figures and alerts`() throws {
        let session = LiveSession()
        for (index, scrape) in Self.scrapes(steps: 8).enumerated() {
            session.receive(scrape)
            guard index.isMultiple(of: 2) == false, index >= 3 else { continue }
            // Both scrapes of the instant are in: the newest tick reads both sources' rates and alerts.
            let tick = try #require(session.tick)
            let snapshot = try #require(session.timeline.snapshot(atTick: tick))
            #expect(snapshot.sources.map(\.name) == ["job", "web"])
            let rates = try #require(snapshot.meshRates)
            #expect(abs(rates.requests[.mutualTLS] - 6) < 1e-9)
            #expect(abs(rates.requests[.plaintext] - 2) < 1e-9)
            #expect(snapshot.alerts.contains { $0.code == .plaintextIntoWorkload && $0.state == .firing })
        }
    }

    @Test func `a session fed scrape by scrape shows what one fed whole instants shows`() throws {
        let scrapes = Self.scrapes(steps: 8)
        let oneByOne = LiveSession()
        for scrape in scrapes { oneByOne.receive(scrape) }
        // The same frames appended before any window is built: nothing can have been computed too early.
        let frames = TickFrames()
        for scrape in scrapes { frames.append(scrape) }
        let whole = SessionTimeline(frames: frames)
        whole.advance(through: frames.endTick - 1)
        for tick in frames.ticks {
            let seen = try #require(oneByOne.timeline.snapshot(atTick: tick))
            let expected = try #require(whole.snapshot(atTick: tick))
            #expect(seen.meshRates == expected.meshRates)
            #expect(seen.edges == expected.edges)
            #expect(seen.alerts == expected.alerts)
            #expect(seen.sources.map(\.name) == expected.sources.map(\.name))
        }
        #expect(oneByOne.timeline.alertStarts == whole.alertStarts)
    }
}
