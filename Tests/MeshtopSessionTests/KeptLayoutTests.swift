import MeshtopModel
import MeshtopSession
import MeshtopSources
import Testing

/// A session keeps, between its windows, where every series lands (the catalog's layout, its string table
/// and the order of its workloads and edges). Whatever it kept must not show: each window's snapshot equals
/// the one a session that never built an earlier window makes of the same frames.
@Suite struct KeptLayoutTests {
    /// A destination-reported request counter with principals, so new series bring new strings.
    private static func requests(_ source: String, _ destination: String, _ policy: String, _ value: Double)
        -> String
    {
        let from = source.split(separator: "/")
        let to = destination.split(separator: "/")
        return "istio_requests_total{reporter=\"destination\",source_workload=\"\(from[1])\","
            + "source_workload_namespace=\"\(from[0])\",destination_workload=\"\(to[1])\","
            + "destination_workload_namespace=\"\(to[0])\",connection_security_policy=\"\(policy)\","
            + "source_principal=\"spiffe://cluster.local/ns/\(from[0])/sa/\(from[1])\","
            + "destination_principal=\"spiffe://cluster.local/ns/\(to[0])/sa/\(to[1])\"} \(value)\n"
    }

    /// Ten ticks 15 s apart of two sources. The catalog grows between them: an edge from a workload whose
    /// name sorts before every other appears at tick 3 (inside later windows), one into a new destination
    /// at tick 6; the counter of `shop/web → shop/api` resets at tick 5; the second source misses ticks 3
    /// to 6 and comes back with handshake failures.
    private static let scrapes: [ScrapeFrame] = (0..<10).flatMap { tick -> [ScrapeFrame] in
        let seconds = Double(tick * 15)
        var mesh = [requests("shop/web", "shop/api", "mutual_tls", tick < 5 ? 100 + seconds * 4 : seconds)]
        if tick >= 3 { mesh.append(requests("aaa/first", "shop/api", "none", (seconds - 45) * 2)) }
        if tick >= 6 { mesh.append(requests("shop/web", "zzz/last", "mutual_tls", (seconds - 90) * 3)) }
        var frames = [Scrapes.scrape("mesh", at: seconds, mesh)]
        if tick < 2 || tick > 6 {
            let side = [
                requests("legacy/job", "shop/db", "none", seconds),
                Scrapes.handshakeFailures(tick > 5 ? seconds * 2 : 0),
            ]
            frames.append(Scrapes.scrape("side", at: seconds, side))
        }
        return frames
    }

    /// The window snapshot at every tick of a session that built each tick's window as its frames came.
    private static func builtAsTheyCame(windowLength: Int64) -> [MeshSnapshot?] {
        let frames = TickFrames()
        let timeline = SessionTimeline(frames: frames, windowLength: windowLength)
        var shown: [MeshSnapshot?] = []
        for (position, scrape) in scrapes.enumerated() {
            guard let tick = frames.append(scrape) else { continue }
            // Asked once the tick's frames are all in.
            let next = scrapes.index(after: position)
            if next == scrapes.endIndex || scrapes[next].timestampMilliseconds != scrape.timestampMilliseconds {
                #expect(tick == shown.count)
                shown.append(timeline.windowSnapshot(atTick: tick))
            }
        }
        return shown
    }

    /// The window snapshot at `tick` of a session given `scrapes` that built no other window.
    private static func builtAlone(_ scrapes: some Sequence<ScrapeFrame>, tick: Int, windowLength: Int64)
        -> MeshSnapshot?
    {
        let frames = TickFrames()
        for scrape in scrapes { frames.append(scrape) }
        return SessionTimeline(frames: frames, windowLength: windowLength).windowSnapshot(atTick: tick)
    }

    @Test(arguments: [Int64(60_000), 30_000, 300_000])
    func `a window built after earlier ones equals the same window built alone`(windowLength: Int64) throws {
        let shown = Self.builtAsTheyCame(windowLength: windowLength)
        #expect(shown.count == 10)
        for (tick, snapshot) in shown.enumerated() {
            let snapshot = try #require(snapshot)
            // Alone over every frame (a catalog that already holds later series) and over the frames up to
            // the tick (a catalog as small as it was then).
            let whole = try #require(Self.builtAlone(Self.scrapes, tick: tick, windowLength: windowLength))
            let upToTick = Self.scrapes.filter { $0.timestampMilliseconds <= snapshot.time }
            let partial = try #require(Self.builtAlone(upToTick, tick: tick, windowLength: windowLength))
            #expect(snapshot == whole, "tick \(tick)")
            #expect(snapshot == partial, "tick \(tick)")
        }
    }

    @Test func `the story's windows hold what the kept layout must get right`() throws {
        let shown = Self.builtAsTheyCame(windowLength: 60_000)
        // Tick 7's window (45, 105] holds the mesh frames of ticks 4 to 7, the reset at tick 5 among them:
        // 4·60 → 75 is a reset (75), then 15 + 15.
        let seventh = try #require(shown[7])
        let main = try #require(seventh.edges.first { $0.source.name == "web" && $0.destination.name == "api" })
        #expect(main.traffic.requests.mutualTLS == 75 + 15 + 15)
        // Edges come in destination then source order, the ones found later included.
        let names = seventh.edges.map { "\($0.source)→\($0.destination)" }
        #expect(names == ["aaa/first→shop/api", "shop/web→shop/api", "legacy/job→shop/db", "shop/web→zzz/last"])
        #expect(seventh.edges.first?.sourcePrincipal == "spiffe://cluster.local/ns/aaa/sa/first")
        #expect(seventh.edges.last?.destinationPrincipal == "spiffe://cluster.local/ns/zzz/sa/last")
        // The second source missed ticks 2 to 6, so tick 6's window (30, 90] has no frame of it and lists it
        // stale; back at tick 7 with one frame in the window, it adds totals and no rate.
        let sixth = try #require(shown[6])
        #expect(sixth.sources.first { $0.name == "side" }?.isStale == true)
        #expect(!sixth.edges.contains { $0.destination.name == "db" })
        let database = try #require(seventh.edges.first { $0.destination.name == "db" })
        #expect(database.traffic.requests.plaintext == 105)
        #expect(database.rates?.requests.plaintext == 0)
    }
}
