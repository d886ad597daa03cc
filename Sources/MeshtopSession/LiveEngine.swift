import MeshtopDashboard
import MeshtopSources

/// Follows live sources into the dashboard off the UI thread: polls them, feeds a ``LiveSession``, records
/// what it polls when asked, and posts views with the sources' health, so a slow or dead source never
/// freezes the screen. Health is refreshed every second on the injected clock.
package actor LiveEngine<C: Clock> where C.Duration == Duration {
    private let poller: SourcePoller
    private let mailbox: DashboardMailbox
    private let recorder: LiveRecorder?
    private let session: LiveSession
    private let clock: SessionClock<C>

    /// Creates an engine over `poller`, appending every polled frame to `recorder` while it records;
    /// nothing is fetched until ``run(actions:)``.
    package init(
        poller: SourcePoller,
        mailbox: DashboardMailbox,
        policy: DashboardPolicy?,
        windowLength: Int64 = WindowLength.standard,
        history: Int64 = LiveSession.defaultHistory,
        recorder: LiveRecorder? = nil,
        utcOffsetSeconds: Int = 0,
        clock: SessionClock<C>
    ) {
        self.poller = poller
        self.mailbox = mailbox
        self.recorder = recorder
        self.clock = clock
        let interval = poller.interval.components.seconds * 1000
        session = LiveSession(
            policy: policy,
            windowLength: windowLength,
            history: history,
            pollInterval: interval,
            utcOffsetSeconds: utcOffsetSeconds
        )
    }

    /// Polls, follows time actions and refreshes source health until the actions end or the task is cancelled.
    package func run(actions: AsyncStream<TimeAction>) async {
        publish()
        let poller = poller
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await frame in poller.frames() { await self.receive(frame) }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await self.clock.clock.sleep(for: .seconds(1))
                    await self.publish()
                }
            }
            // The session lasts as long as the UI sends actions, even after every source has finished.
            for await action in actions { perform(action) }
            group.cancelAll()
        }
    }

    /// Takes one polled scrape.
    package func receive(_ frame: ScrapeFrame) {
        poller.noteContentProblem(ContentCheck.problem(in: frame), source: frame.source)
        recorder?.append(frame)
        if session.receive(frame) { publish() }
    }

    /// Carries out one time action and publishes the result.
    package func perform(_ action: TimeAction) {
        if let message = session.perform(action) { mailbox.post(message: message) }
        publish()
    }

    /// Posts the view shown with the sources' current health in the status bar.
    package func publish() {
        var (view, time) = session.view()
        let now = clock.now()
        let staleAfter = LiveMode.staleAfter(interval: poller.interval)
        let sourceHealth = poller.health()
        if time.mode == .live { time.mode = LiveMode.mode(health: sourceHealth, now: now, staleAfter: staleAfter) }
        let health = sourceHealth.map { SourceStatus($0, now: now, staleAfter: staleAfter) }
        let named = Set(health.map(\.name))
        // A healthy transport can still carry a dump with parse issues: the model's word on it stays.
        let fromHealth = health.map { status in
            guard let seen = view.sources.first(where: { $0.name == status.name }) else { return status }
            return (status.error == nil && seen.error != nil ? seen : status).filling(from: seen)
        }
        view.sources = fromHealth + view.sources.filter { !named.contains($0.name) }
        mailbox.post(view, time: time)
    }
}

extension SourceStatus {
    /// A source's health in the status bar's words: the last error with the age of the data it left
    /// on screen, a content problem, how stale quiet data is, or waiting while no fetch has ended.
    package init(_ health: MeshtopSources.SourceHealth, now: Int64, staleAfter: Int64) {
        let age = health.staleAge(now: now).map { Format.duration(seconds: $0 / 1000) }
        var problem: String?
        if let error = health.lastError {
            problem = health.isWaiting ? error : error + (age.map { ", data \($0) old" } ?? ", no data yet")
        } else if let content = health.contentProblem {
            problem = content
        } else if !health.finished, health.isStale(now: now, limit: staleAfter), let age {
            problem = "stale for \(age)"
        }
        let answered = health.lastSuccessMilliseconds != nil || health.lastError != nil || health.finished
        self.init(name: health.name, error: problem, waiting: !answered)
    }
}
