import Foundation
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import Testing

/// The bundled recording replayed: every tick shows the same whichever way it is reached.
@Suite struct SampleReplayTests {
    static let recording = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path

    static func session() throws -> ReplaySession {
        ReplaySession(reader: try RecordingReader(path: recording), start: .paused(at: nil))
    }

    static func screen(_ session: ReplaySession) throws -> String {
        let view = try #require(session.view())
        var state = AppState(width: 140, height: 40, ascii: false, themeName: "default")
        state.apply(.model(view.model))
        state.apply(.time(view.time))
        state.apply(.tick(now: view.model.dataTime ?? 0))
        return DashboardRenderer.render(state).plainText()
    }

    @Test func `every tick reached forward, backward or by b gives the same screen`() throws {
        let forward = try Self.session()
        forward.timeline.advance(through: .max)
        let count = forward.cursor.tickTimes.count
        var screens: [String] = []
        for tick in 0..<count {
            if tick > 0 { forward.perform(.stepForward) }
            screens.append(try Self.screen(forward))
        }
        let backward = try Self.session()
        backward.perform(.toEnd)
        backward.timeline.advance(through: .max)
        for tick in (0..<count).reversed() {
            #expect(try Self.screen(backward) == screens[tick], "tick \(tick) stepping back")
            backward.perform(.stepBack)
        }
        let jumping = try Self.session()
        jumping.timeline.advance(through: .max)
        for tick in stride(from: count - 1, through: 0, by: -7) {
            jumping.perform(.goTo("\(jumping.cursor.tickTimes[tick])"))
            #expect(jumping.tick == tick)
            #expect(try Self.screen(jumping) == screens[tick], "tick \(tick) by b")
        }
    }

    @Test func `next-alert jumps across the whole recording without a precomputed timeline`() throws {
        let session = try Self.session()
        var visited: [Int] = []
        while session.perform(.nextAlert) == nil { visited.append(session.tick) }
        let starts = session.timeline.alertStarts
        #expect(!visited.isEmpty)
        #expect(visited == visited.sorted())
        #expect(session.timeline.isComplete)
        for tick in visited { #expect(starts.contains(session.cursor.tickTimes[tick])) }
        // The STRICT flip at 15:00 starts the handshake-failure alerts.
        let flip = session.cursor.tickTimes[0] + 15 * 60_000
        #expect(starts.contains { $0 >= flip && $0 <= flip + 60_000 })
    }

    @Test func `two recordings merge by time, each recorded source a source of its own`() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("merged-\(UUID().uuidString).mtrec.gz")
        try FileManager.default.copyItem(atPath: Self.recording, toPath: copy.path)
        defer { try? FileManager.default.removeItem(at: copy) }
        let single = try Self.session()
        single.perform(.toEnd)
        let merged = ReplaySession(
            readers: [try RecordingReader(path: Self.recording), try RecordingReader(path: copy.path)],
            start: .paused(at: nil)
        )
        merged.perform(.toEnd)
        #expect(merged.cursor.tickTimes.count == 2 * single.cursor.tickTimes.count)
        let one = try #require(single.snapshot())
        let both = try #require(merged.snapshot())
        #expect(both.sources.count == 2 * one.sources.count)
        #expect(both.sources.allSatisfy { $0.name.hasSuffix(".mtrec.gz:" + $0.name.split(separator: ":").last!) })
        let rate = try #require(one.meshRates?.requests.total)
        #expect(rate > 0)
        #expect(abs((both.meshRates?.requests.total ?? 0) - 2 * rate) < 1e-6)
    }
}
