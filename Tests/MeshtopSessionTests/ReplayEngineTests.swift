import MeshtopDashboard
import MeshtopSession
import MeshtopSources
import Testing

/// The replay engine on a clock the test moves: playback advances with the clock, not with real time.
@Suite struct ReplayEngineTests {
    /// Waits (by yielding, never sleeping) until `condition` holds, for at most `turns` scheduler turns.
    private static func eventually(turns: Int = 200_000, _ condition: () -> Bool) async -> Bool {
        for _ in 0..<turns {
            if condition() { return true }
            await Task.yield()
        }
        return condition()
    }

    @Test func `playback moves on only as the injected clock does`() async throws {
        let clock = ManualClock()
        let mailbox = DashboardMailbox()
        let engine = ReplayEngine(
            readers: [try RecordingReader(path: SampleReplayTests.recording)],
            mailbox: mailbox,
            start: .playing,
            clock: SessionClock(clock: clock, now: { 0 })
        )
        let (channel, actions) = TimeActionChannel.make()
        let running = Task { await engine.run(actions: actions) }
        var latest: TimeStatus?
        #expect(
            await Self.eventually {
                if let time = mailbox.take().time { latest = time }
                return latest != nil && clock.sleeperCount > 0
            }
        )
        #expect(latest?.frame?.index == 1)
        #expect(latest?.mode == .replay)
        // Playing at 4x, one 15 s tick passes every 3.75 s of clock time: two ticks take about 7.5 s.
        var advanced = Duration.zero
        while latest?.frame?.index ?? 0 < 3, advanced < .seconds(20) {
            #expect(await Self.eventually { clock.sleeperCount > 0 })
            clock.advance(by: .milliseconds(100))
            advanced += .milliseconds(100)
            _ = await Self.eventually(turns: 1_000) { false }
            while let time = mailbox.take().time { latest = time }
        }
        #expect(latest?.frame?.index == 3)
        #expect(advanced >= .seconds(7) && advanced <= .seconds(8))
        channel.perform(.togglePlay)
        #expect(
            await Self.eventually {
                if let time = mailbox.take().time { latest = time }
                return latest?.mode == .paused
            }
        )
        // Once the whole timeline is computed in the background, the engine still answers keys.
        var complete = false
        for _ in 0..<100_000 where !complete {
            complete = await engine.withSession { $0.timeline.isComplete }
            await Task.yield()
        }
        let frontier = await engine.withSession { $0.timeline.frontier }
        #expect(complete, "frontier \(frontier)")
        let before = latest?.frame?.index ?? 0
        channel.perform(.stepForward)
        #expect(
            await Self.eventually {
                if let time = mailbox.take().time { latest = time }
                return latest?.frame?.index == before + 1
            }
        )
        running.cancel()
        clock.wakeAll()
        await running.value
        _ = channel
    }
}
