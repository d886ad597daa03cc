import MeshtopDashboard
import MeshtopModel
import MeshtopSources

/// Follows live sources into the dashboard: polls them, feeds the mesh model, posts snapshots and health.
///
/// Runs off the UI thread, so a slow or dead source never freezes the screen. Paused, it keeps polling and
/// remembering but shows a frozen tick; `t`/`T` step through what was seen this session.
actor LiveEngine {
    /// How many published ticks the session remembers for stepping back.
    static let historyCapacity = 720
    /// Roughly how many bytes of remembered view models the session may keep.
    static let historyByteBudget = 256 << 20

    private let poller: SourcePoller
    private let mailbox: DashboardLoop.Mailbox
    private let policy: DashboardPolicy?
    private let recorder: LiveRecorder?
    private let model = MeshModel()
    private var history = LiveHistory<DashboardModel>(capacity: historyCapacity, byteBudget: historyByteBudget)
    /// The remembered tick on screen while paused; nil while following live data.
    private var frozen: Int?
    private var current = DashboardModel.empty

    /// Creates an engine over `poller`, appending every polled frame to `recorder` while it records;
    /// nothing is fetched until ``run(actions:)``.
    init(
        poller: SourcePoller,
        mailbox: DashboardLoop.Mailbox,
        policy: DashboardPolicy?,
        recorder: LiveRecorder? = nil
    ) {
        self.poller = poller
        self.mailbox = mailbox
        self.policy = policy
        self.recorder = recorder
    }

    /// Polls, follows time actions and refreshes source health until cancelled.
    func run(actions: AsyncStream<TimeAction>) async {
        refreshHealth()
        let poller = poller
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await frame in poller.frames() { await self.receive(frame) }
            }
            group.addTask {
                for await action in actions { await self.perform(action) }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(1))
                    await self.refreshHealth()
                }
            }
            await group.next()
            group.cancelAll()
        }
    }

    private func receive(_ frame: ScrapeFrame) {
        poller.noteContentProblem(ContentCheck.problem(in: frame), source: frame.source)
        recorder?.append(frame)
        model.ingest(frame)
        let view = DashboardPolicy.view(of: model.snapshot(), policy: policy)
        let size = (view.workloads.count + view.edges.count + view.evidence.count + view.alerts.count + 1) * 256
        history.append(view, timestampMilliseconds: view.dataTime ?? frame.timestampMilliseconds, bytes: size)
        current = view
        if frozen == nil { post(view, time: TimeStatus(mode: .live)) }
    }

    private func refreshHealth() {
        guard frozen == nil else { return }
        post(current, time: TimeStatus(mode: .live))
    }

    private func perform(_ action: TimeAction) {
        guard let newest = history.newest?.sequence, let oldest = history.oldestSequence else { return }
        switch action {
        case .togglePlay: frozen = frozen == nil ? newest : nil
        case .stepBack: frozen = max(oldest, (frozen ?? newest) - 1)
        case .stepForward: frozen = frozen.map { min(newest, $0 + 1) }
        case .toStart: frozen = oldest
        case .toEnd: frozen = nil
        case .faster, .slower, .goTo, .previousAlert, .nextAlert: return
        }
        guard let frozen, let item = history.item(sequence: frozen) else {
            return post(current, time: TimeStatus(mode: .live))
        }
        let status = TimeStatus(mode: .paused, frame: (frozen - oldest + 1, history.count))
        post(item.entry, time: status)
    }

    /// Posts `view` with the sources' current health in the status bar.
    private func post(_ view: DashboardModel, time: TimeStatus) {
        var shown = view
        let now = WallClock.nowMilliseconds()
        let staleAfter = Int64(poller.interval / .milliseconds(1)) * 3
        let health = poller.health().map { SourceStatus($0, now: now, staleAfter: staleAfter) }
        let named = Set(health.map(\.name))
        // A healthy transport can still carry a dump with parse issues: the model's word on it stays.
        let fromHealth = health.map { status in
            status.error == nil ? view.sources.first { $0.name == status.name && $0.error != nil } ?? status : status
        }
        shown.sources = fromHealth + view.sources.filter { !named.contains($0.name) }
        mailbox.post(shown, time: time)
    }
}

extension SourceStatus {
    /// A source's health in the status bar's words: the last error with the age of the data it left
    /// on screen, a content problem, or how stale quiet data is.
    init(_ health: MeshtopSources.SourceHealth, now: Int64, staleAfter: Int64) {
        let age = health.staleAge(now: now).map { Format.duration(seconds: $0 / 1000) }
        var problem: String?
        if let error = health.lastError {
            problem = error + (age.map { ", data \($0) old" } ?? ", no data yet")
        } else if let content = health.contentProblem {
            problem = content
        } else if !health.finished, health.isStale(now: now, limit: staleAfter), let age {
            problem = "stale for \(age)"
        }
        self.init(name: health.name, error: problem)
    }
}
