import ArgumentParser
import Foundation
import MeshtopDashboard
import MeshtopSession
import MeshtopSources
import MeshtopTerminal

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive main loop: ncurses on the main thread, sources on background tasks.
enum DashboardLoop {
    /// Where the data comes from.
    enum Feed: Sendable {
        /// Dumps read once into a single snapshot.
        case snapshot([String])
        /// Recordings (or directories of dumps) replayed tick by tick, merged by time, opening as `start` says.
        case replay([RecordingReader], start: ReplaySession.Start)
        /// Sources polled on an interval and shown as they change.
        case live(SourcePoller)
        /// A query-mode Prometheus followed now, or evaluated at any past instant (milliseconds) of its history.
        case prometheusHistory(PrometheusQuerySource, at: Int64?, step: Int64)
    }

    /// What the loop needs from the command line.
    struct Options: Sendable {
        var feed: Feed
        var policy: DashboardPolicy?
        var theme: Theme
        var noColor: Bool
        var ascii: Bool
        /// The trailing window rates are computed over, milliseconds.
        var windowLength: Int64 = WindowLength.standard
        /// How long a live session remembers, milliseconds.
        var history: Int64 = LiveSession.defaultHistory
        /// What the data is, for the title bar.
        var title: String?
        /// The zone times are shown and read in.
        var zone: DisplayZone = .utc
        /// Read keys from /dev/tty, as standard input carries telemetry.
        var keysFromTerminal = false
    }

    /// Runs until the user quits or a quit signal arrives; the terminal is restored on every path.
    ///
    /// - Throws: `ExitCode(128 + n)` after the terminal is restored, when signal `n` ended the loop.
    @MainActor
    static func run(_ options: Options) async throws {
        let mailbox = DashboardMailbox()
        var control: TimeActionChannel?
        var recorder: LiveRecorder?
        let worker: Task<Void, Never>
        switch options.feed {
        case .snapshot(let inputs):
            let policy = options.policy
            worker = Task.detached(priority: .userInitiated) {
                mailbox.post(await DashboardFeed.load(inputs, policy: policy), time: TimeStatus(mode: .snapshot))
            }
        case .replay(let readers, let start):
            let (channel, actions) = TimeActionChannel.make()
            control = channel
            let engine = ReplayEngine(
                readers: readers,
                mailbox: mailbox,
                policy: options.policy,
                windowLength: options.windowLength,
                start: start,
                utcOffsetSeconds: options.zone.offsetSeconds,
                clock: .wall
            )
            worker = Task.detached(priority: .userInitiated) { await engine.run(actions: actions) }
        case .prometheusHistory(let server, let start, let step):
            let (channel, actions) = TimeActionChannel.make()
            control = channel
            let engine = PrometheusHistoryEngine(
                frames: InstantFrames(server: server),
                name: server.name,
                mailbox: mailbox,
                policy: options.policy,
                windowLength: options.windowLength,
                step: step,
                at: start,
                utcOffsetSeconds: options.zone.offsetSeconds,
                clock: .wall
            )
            worker = Task.detached(priority: .userInitiated) { await engine.run(actions: actions) }
        case .live(let poller):
            let (channel, actions) = TimeActionChannel.make()
            control = channel
            let liveRecorder = LiveRecorder()
            recorder = liveRecorder
            let engine = LiveEngine(
                poller: poller,
                mailbox: mailbox,
                policy: options.policy,
                windowLength: options.windowLength,
                history: options.history,
                recorder: liveRecorder,
                utcOffsetSeconds: options.zone.offsetSeconds,
                clock: .wall
            )
            worker = Task.detached(priority: .userInitiated) { await engine.run(actions: actions) }
        }
        defer { worker.cancel() }
        // Quitting, even by a signal, closes the recording so that it ends on a whole frame.
        defer { recorder?.stop() }
        let keyboard = options.keysFromTerminal ? fopen("/dev/tty", "r") : nil
        defer { if let keyboard { fclose(keyboard) } }
        let terminal = try NcursesTerminal(input: keyboard, allowColor: !options.noColor)
        defer { terminal.close() }
        loop(terminal: terminal, mailbox: mailbox, control: control, recorder: recorder, options: options)
        // The deferred clean-up (terminal, recording, worker) runs before the exit this asks for.
        if let signal = terminal.quitSignal { throw ExitCode(128 + signal) }
    }

    @MainActor
    private static func loop(
        terminal: NcursesTerminal,
        mailbox: DashboardMailbox,
        control: (any TimeControl)?,
        recorder: LiveRecorder?,
        options: Options
    ) {
        let size = terminal.size
        var state = AppState(
            width: size.width,
            height: size.height,
            ascii: options.ascii || !terminal.supportsUnicode,
            themeName: options.theme.name
        )
        state.title = options.title
        state.zone = options.zone
        var driver = DashboardDriver(state: state, theme: options.theme)
        var lastTick: Int64 = 0
        while !driver.isFinished, !terminal.quitRequested {
            let update = mailbox.take()
            if let model = update.model { driver.receive(.model(model)) }
            if let time = update.time { driver.receive(.time(time)) }
            if let message = update.message { driver.receive(.message(message)) }
            if let recorder { follow(recorder, driver: &driver) }
            let now = WallClock.nowMilliseconds()
            if now - lastTick >= 1000 {
                driver.receive(.tick(now: now))
                lastTick = now
            }
            for request in driver.step(on: terminal, timeoutMilliseconds: 100) {
                handle(request, driver: &driver, control: control, recorder: recorder)
            }
        }
    }

    /// Shows the recording's progress and reports a write error that ended it.
    private static func follow(_ recorder: LiveRecorder, driver: inout DashboardDriver) {
        let (status, failure) = recorder.poll()
        if status != driver.state.recording { driver.receive(.recording(status)) }
        if let failure { driver.receive(.message(StatusMessage(failure, isError: true))) }
    }

    private static func handle(
        _ request: AppRequest,
        driver: inout DashboardDriver,
        control: (any TimeControl)?,
        recorder: LiveRecorder?
    ) {
        switch request {
        case .toggleRecording:
            guard let recorder else {
                let text = "only live sources can be recorded here; use meshtop record for files"
                return driver.receive(.message(StatusMessage(text, isError: true)))
            }
            driver.receive(.message(recorder.toggle(nowMilliseconds: WallClock.nowMilliseconds())))
            follow(recorder, driver: &driver)
        case .copy(let text):
            // OSC 52: the terminal (also over SSH, and tmux with set-clipboard on) puts it on the clipboard.
            let sequence = "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
            _ = sequence.withCString { write(1, $0, strlen($0)) }
        case .export(let fileName, let contents):
            do {
                try TableExport.write(contents, to: fileName)
                driver.receive(.message(StatusMessage("wrote \(fileName)")))
            } catch {
                driver.receive(.message(StatusMessage("cannot write \(fileName): \(error)", isError: true)))
            }
        case .theme(let name):
            do {
                driver.use(try ThemeFile.load(name))
                driver.receive(.message(StatusMessage("theme \(driver.theme.name)")))
            } catch {
                driver.receive(.message(StatusMessage("\(error)", isError: true)))
            }
        case .time(let action):
            guard let control else {
                let text = "these sources are one snapshot: time keys need a recording"
                return driver.receive(.message(StatusMessage(text, isError: true)))
            }
            if case .goTo(let text) = action {
                do {
                    _ = try TimeExpression(parsing: text)
                } catch {
                    return driver.receive(.message(StatusMessage("\(error)", isError: true)))
                }
            }
            control.perform(action)
        }
    }
}
