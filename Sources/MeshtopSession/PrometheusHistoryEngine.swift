import MeshtopDashboard
import MeshtopModel
import MeshtopSources

/// A query-mode Prometheus in the dashboard, with time travel over the server's retention: following now,
/// it evaluates the window ending at the wall time every interval; paused, `t`/`T` step by the interval,
/// `b TIME` evaluates any past instant, `{`/`}` search window by window (up to a day) for where an alert
/// starts. Every moment's alerts carry their lifecycle over the hour before it (firing since when, or
/// resolved when), as a recording's would. A server that is down or rejects a query shows in plain words
/// while the last view stays.
package actor PrometheusHistoryEngine<C: Clock> where C.Duration == Duration {
    private let frames: InstantFrames
    private let mailbox: DashboardMailbox
    private let policy: DashboardPolicy?
    private let clock: SessionClock<C>
    private let name: String
    private let step: Int64
    private let utcOffsetSeconds: Int
    private var windowLength: Int64
    /// The instant shown while paused; nil while following now.
    private var instant: Int64?
    private var shown: (model: DashboardModel, time: Int64)?
    private var problem: String?
    /// The newest request: an evaluation that ends after a newer request started is not shown.
    private var generation = 0

    /// Creates an engine over `frames`; `name` is the server as shown, `step` the polling interval (ms).
    package init(
        frames: InstantFrames,
        name: String,
        mailbox: DashboardMailbox,
        policy: DashboardPolicy? = nil,
        windowLength: Int64 = WindowLength.standard,
        step: Int64 = 15_000,
        at start: Int64? = nil,
        utcOffsetSeconds: Int = 0,
        clock: SessionClock<C>
    ) {
        self.utcOffsetSeconds = utcOffsetSeconds
        self.frames = frames
        self.name = name
        self.mailbox = mailbox
        self.policy = policy
        self.windowLength = max(windowLength, 1)
        self.step = max(step, 1)
        self.instant = start
        self.clock = clock
    }

    /// Shows the first moment, then follows the clock and the actions until the actions end or the task
    /// is cancelled.
    package func run(actions: AsyncStream<TimeAction>) async {
        await refresh()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    try? await self.clock.clock.sleep(for: .milliseconds(self.step))
                    if await self.isFollowing { await self.refresh() }
                }
            }
            for await action in actions { await perform(action) }
            group.cancelAll()
        }
    }

    /// Whether the view follows now.
    package var isFollowing: Bool { instant == nil }

    /// The instant shown (now while following).
    package var current: Int64 { instant ?? clock.now() }

    /// Carries out one time action and shows its moment.
    package func perform(_ action: TimeAction) async {
        let now = clock.now()
        let at = current
        switch action {
        case .togglePlay: instant = instant == nil ? (shown?.time ?? now) : nil
        case .stepBack: instant = at - step
        case .stepForward:
            guard let paused = instant else { return post(message: "at the newest moment: following now") }
            instant = paused + step >= now ? nil : paused + step
        case .toStart:
            instant = now - 86_400_000
            post(message: "a day back; b TIME goes anywhere in the server's retention")
        case .toEnd: instant = nil
        case .goTo(let text):
            do {
                let expression = try TimeExpression(parsing: text)
                instant = min(expression.resolve(current: at, utcOffsetSeconds: utcOffsetSeconds), now)
            } catch {
                return post(message: "\(error)", isError: true)
            }
        case .faster, .slower:
            return post(message: "speed applies to replays: Prometheus is evaluated every \(seconds(step))")
        case .cycleWindow:
            windowLength = WindowLength.next(after: windowLength)
            post(message: "rates over the last " + seconds(windowLength))
        case .previousAlert, .nextAlert:
            await searchAlert(forward: action == .nextAlert, from: at)
            return
        }
        await refresh()
    }

    /// Evaluates the moment shown and posts it: first the window's figures with the alerts of that window
    /// alone (two instants, quickly), then the same figures with the alerts' lifecycle once the windows of
    /// the hour before are evaluated. A failure keeps the last view and says what went wrong.
    package func refresh() async {
        generation += 1
        let request = generation
        let end = current
        let length = windowLength
        do {
            show(try await frames.snapshot(at: end, length: length), length: length, at: end, request: request)
            let full = try await frames.snapshotWithAlertLifecycle(at: end, length: length)
            show(full, length: length, at: end, request: request)
        } catch {
            guard request == generation else { return }
            problem = "\(error)"
            publish()
        }
    }

    /// Shows `snapshot` (of a window of `length` ms) as the moment `end`, unless a newer request started
    /// since `request`.
    private func show(_ snapshot: MeshSnapshot, length: Int64, at end: Int64, request: Int) {
        guard request == generation else { return }
        problem = nil
        var model = DashboardPolicy.view(of: snapshot, policy: policy)
        model.rateWindowMilliseconds = length
        shown = (model, end)
        publish()
    }

    private func publish() {
        var model = shown?.model ?? DashboardModel.empty
        model.sources = model.sources.filter { $0.name != name }
        var status = SourceStatus(name: name, error: problem)
        if let seen = shown?.model.sources.first(where: { $0.name == name }) { status = status.filling(from: seen) }
        model.sources.insert(status, at: 0)
        mailbox.post(model, time: TimeStatus(mode: instant == nil ? .live : .paused))
    }

    /// Moves window by window from `start` until an alert that the previous window did not have fires.
    private func searchAlert(forward: Bool, from start: Int64) async {
        let now = clock.now()
        do {
            var previous = Set(try await frames.snapshot(at: start, length: windowLength).alerts.map(\.key))
            var at = start
            for _ in 0..<96 {
                at += forward ? windowLength : -windowLength
                if forward, at > now { break }
                let keys = Set(try await frames.snapshot(at: at, length: windowLength).alerts.map(\.key))
                let started = forward ? !keys.subtracting(previous).isEmpty : !previous.subtracting(keys).isEmpty
                if started {
                    instant = forward ? at : at + windowLength
                    await refresh()
                    return
                }
                previous = keys
            }
            post(message: "no alert starts within 96 windows " + (forward ? "after" : "before") + " this moment")
        } catch {
            post(message: "\(error)", isError: true)
        }
    }

    private func post(message: String, isError: Bool = false) {
        mailbox.post(message: StatusMessage(message, isError: isError))
    }

    private func seconds(_ milliseconds: Int64) -> String { Format.duration(seconds: milliseconds / 1000) }
}
