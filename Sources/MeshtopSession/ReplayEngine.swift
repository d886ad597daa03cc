import MeshtopDashboard
import MeshtopSources

/// Replays a recording into the dashboard off the UI thread: plays on an injected clock, carries out the
/// UI's time actions, computes the timeline in the background and posts every change to the mailbox.
package actor ReplayEngine<C: Clock> where C.Duration == Duration {
    private let session: ReplaySession
    private let mailbox: DashboardMailbox
    private let clock: SessionClock<C>
    /// How often playback moves on.
    package static var playbackStep: Duration { .milliseconds(100) }

    /// Creates an engine over `readers` (merged by time); nothing is posted until ``run(actions:)`` or ``publish()``.
    package init(
        readers: [RecordingReader],
        mailbox: DashboardMailbox,
        policy: DashboardPolicy? = nil,
        windowLength: Int64 = WindowLength.standard,
        start: ReplaySession.Start = .playing,
        utcOffsetSeconds: Int = 0,
        clock: SessionClock<C>
    ) {
        session = ReplaySession(
            readers: readers,
            policy: policy,
            windowLength: windowLength,
            start: start,
            utcOffsetSeconds: utcOffsetSeconds
        )
        self.mailbox = mailbox
        self.clock = clock
    }

    /// Publishes the first view, then plays, follows actions and fills the timeline until the actions end
    /// or the task is cancelled.
    package func run(actions: AsyncStream<TimeAction>) async {
        publish()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var last = self.clock.clock.now
                while !Task.isCancelled {
                    try? await self.clock.clock.sleep(for: Self.playbackStep)
                    let now = self.clock.clock.now
                    await self.advance(elapsed: last.duration(to: now))
                    last = now
                }
            }
            group.addTask {
                while !Task.isCancelled, await self.fillStep() { await Task.yield() }
            }
            // The replay lasts as long as the UI sends actions; playback and the timeline fill follow it.
            for await action in actions { perform(action) }
            group.cancelAll()
        }
    }

    /// Carries out one time action and publishes the result.
    package func perform(_ action: TimeAction) {
        if let message = session.perform(action) { mailbox.post(message: message) }
        publish()
    }

    /// Moves playback on by `elapsed`.
    package func advance(elapsed: Duration) {
        let seconds = min(max(elapsed.components.seconds, 0), 86_400)
        let milliseconds = seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        if session.advance(elapsedMilliseconds: milliseconds) { publish() }
    }

    /// Computes one more tick of the timeline; returns false when it is complete.
    package func fillStep() -> Bool {
        let step = session.fillStep()
        if step.shownCompleted { publish() }
        return step.advanced
    }

    /// Posts the view of the tick shown.
    package func publish() {
        guard let view = session.view() else { return }
        mailbox.post(view.model, time: view.time)
    }

    /// The session, for `--once` output.
    package func withSession<T: Sendable>(_ body: (ReplaySession) -> T) -> T { body(session) }
}
