import MeshtopDashboard
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

/// Replays a recording into the dashboard: moves a `ReplayCursor`, feeds the mesh model, posts snapshots.
///
/// Runs off the UI thread; the UI sends it `TimeAction`s through `ReplayControl` and never waits.
actor ReplayEngine {
    /// How many ticks before the target are replayed after a backward jump, so rates and trends are right.
    static let warmUpTicks = 20

    private let reader: RecordingReader
    private let mailbox: DashboardLoop.Mailbox
    private let policy: DashboardPolicy?
    private var cursor: ReplayCursor
    private var model = MeshModel()
    private var ingestedTick = -1
    private var alertStarts: Set<Int64> = []
    private var problem: String?

    /// Creates an engine at the first tick, playing.
    init(reader: RecordingReader, mailbox: DashboardLoop.Mailbox, policy: DashboardPolicy? = nil) {
        self.reader = reader
        self.mailbox = mailbox
        self.policy = policy
        cursor = ReplayCursor(tickTimes: reader.tickTimes)
        cursor.togglePlayback()
        cursor.faster()
        cursor.faster()
    }

    /// Publishes the first frame, then follows actions and plays until cancelled.
    func run(actions: AsyncStream<TimeAction>) async {
        publish()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await action in actions { await self.perform(action) }
            }
            group.addTask {
                var last = DashboardClock.nowMilliseconds()
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                    let now = DashboardClock.nowMilliseconds()
                    await self.advance(elapsed: now - last)
                    last = now
                }
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// Pauses at the newest tick and publishes it: what `--once` shows for a recording.
    func showEnd() {
        cursor.pause()
        cursor.jumpToEnd()
        publish()
    }

    private func advance(elapsed: Int64) {
        let wasPlaying = cursor.isPlaying
        if cursor.advance(elapsedMilliseconds: elapsed) > 0 || wasPlaying != cursor.isPlaying { publish() }
    }

    private func perform(_ action: TimeAction) {
        switch action {
        case .stepForward: cursor.pause(); _ = cursor.stepForward()
        case .stepBack: cursor.pause(); _ = cursor.stepBack()
        case .togglePlay: cursor.togglePlayback()
        case .faster: cursor.faster()
        case .slower: cursor.slower()
        case .toStart: cursor.jumpToStart()
        case .toEnd: cursor.jumpToEnd()
        case .previousAlert: _ = cursor.jumpToPreviousAlert(starts: alertStarts.sorted())
        case .nextAlert: _ = cursor.jumpToNextAlert(starts: alertStarts.sorted())
        case .goTo(let text):
            if let expression = try? TimeExpression(parsing: text) { cursor.go(to: expression) }
        }
        publish()
    }

    /// Brings the model to the cursor's tick and posts its snapshot with the playback status.
    private func publish() {
        guard let time = cursor.time else { return }
        ingest(upTo: cursor.position)
        let snapshot = model.snapshot(at: time)
        for alert in snapshot.alerts { alertStarts.insert(alert.firstSeen) }
        var view = DashboardPolicy.view(of: snapshot, policy: policy)
        if let problem { view.sources.append(SourceStatus(name: reader.path, error: problem)) }
        let status = TimeStatus(
            mode: cursor.isPlaying ? .replay : .paused,
            frame: (cursor.position + 1, cursor.tickTimes.count),
            speed: cursor.speed
        )
        mailbox.post(view, time: status)
    }

    private func ingest(upTo tick: Int) {
        if tick < ingestedTick {
            model = MeshModel()
            ingestedTick = max(-1, tick - Self.warmUpTicks)
        } else if tick - ingestedTick > Self.warmUpTicks {
            ingestedTick = tick - Self.warmUpTicks
        }
        while ingestedTick < tick {
            ingestedTick += 1
            do {
                for frame in try reader.frames(inTick: ingestedTick) { model.ingest(frame) }
            } catch {
                problem = "\(error)"
            }
        }
    }
}

/// The UI's handle on a replay: forwards time actions without waiting.
final class ReplayControl: TimeControl, Sendable {
    private let continuation: AsyncStream<TimeAction>.Continuation

    /// Creates a control and the stream its actions arrive on.
    static func make() -> (ReplayControl, AsyncStream<TimeAction>) {
        let (stream, continuation) = AsyncStream.makeStream(of: TimeAction.self, bufferingPolicy: .bufferingNewest(64))
        return (ReplayControl(continuation: continuation), stream)
    }

    private init(continuation: AsyncStream<TimeAction>.Continuation) {
        self.continuation = continuation
    }

    func perform(_ action: TimeAction) {
        continuation.yield(action)
    }

    deinit { continuation.finish() }
}
