import Foundation
import MeshtopModel
import MeshtopSession
import MeshtopSources
import Testing

/// A window into a recording parses the ticks inside it, and the ticks before it only for sources it lacks.
@Suite struct RecordingLookBackTests {
    /// A recording of `api-pod` every 15 s for 300 s, and of `db-pod` one second after it until 120 s.
    private static func recording() throws -> (path: String, remove: () -> Void) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-session-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("mesh.mtrec.gz").path
        let writer = try RecordingWriter(path: path, syncPolicy: .never)
        for step in 0...20 {
            let time = Double(step * 15)
            let web = Scrapes.requests(from: "shop/web", to: "shop/api", policy: "mutual_tls", 10 * time)
            try writer.append(Scrapes.scrape("api-pod", at: time, [web]))
            if step <= 8 {
                let job = Scrapes.requests(from: "legacy/job", to: "shop/db", policy: "none", 2 * time)
                try writer.append(Scrapes.scrape("db-pod", at: time + 1, [job]))
            }
        }
        writer.close()
        return (path, { try? FileManager.default.removeItem(at: directory) })
    }

    @Test func `a source that stopped is found stale without parsing the ticks that only repeat the window's sources`()
        throws
    {
        let (path, remove) = try Self.recording()
        defer { remove() }
        let frames = TickFrames(recording: try RecordingReader(path: path))
        let timeline = SessionTimeline(frames: frames)
        let last = frames.endTick - 1
        let snapshot = try #require(timeline.windowSnapshot(atTick: last))
        let db = try #require(snapshot.sources.first { $0.name == "db-pod" })
        #expect(db.isStale)
        #expect(db.lastScrape == Scrapes.start + 121_000)
        let api = try #require(snapshot.sources.first { $0.name == "api-pod" })
        #expect(!api.isStale)
        // The four ticks of the 1m window, and the last tick that holds a frame of db-pod.
        #expect(frames.parsedTickCount == 5)
    }

    @Test func `a window that holds every source parses nothing before it`() throws {
        let (path, remove) = try Self.recording()
        defer { remove() }
        let frames = TickFrames(recording: try RecordingReader(path: path))
        let timeline = SessionTimeline(frames: frames)
        // The window ending at 120 s: api-pod and db-pod both scraped in it.
        let tick = try #require(frames.tick(atOrBefore: Scrapes.start + 121_000))
        let snapshot = try #require(timeline.windowSnapshot(atTick: tick))
        #expect(snapshot.sources.map(\.name) == ["api-pod", "db-pod"])
        #expect(snapshot.sources.allSatisfy { !$0.isStale })
        #expect(frames.parsedTickCount == 4)
    }
}
