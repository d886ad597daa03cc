import MeshtopDashboard
import MeshtopTerminal
import Synchronization

/// The interactive main loop: ncurses on the main thread, sources on a background task.
enum DashboardLoop {
    /// What the loop needs from the command line.
    struct Options: Sendable {
        var inputs: [String]
        var theme: Theme
        var themeRequest: String
        var noColor: Bool
        var ascii: Bool
    }

    /// The newest model handed from the loading task to the UI; the UI never waits for it.
    final class Mailbox: Sendable {
        private let newest = Mutex<DashboardModel?>(nil)

        func post(_ model: DashboardModel) { newest.withLock { $0 = model } }

        func take() -> DashboardModel? { newest.withLock { $0.take() } }
    }

    /// Runs until the user quits or a quit signal arrives; the terminal is restored on every path.
    @MainActor
    static func run(_ options: Options) async throws {
        let mailbox = Mailbox()
        let loader = Task.detached(priority: .userInitiated) {
            mailbox.post(await DashboardFeed.load(options.inputs))
        }
        defer { loader.cancel() }
        let terminal = try NcursesTerminal(allowColor: !options.noColor)
        defer { terminal.close() }
        loop(terminal: terminal, mailbox: mailbox, options: options)
    }

    @MainActor
    private static func loop(terminal: NcursesTerminal, mailbox: Mailbox, options: Options) {
        let size = terminal.size
        var state = AppState(
            width: size.width, height: size.height, ascii: options.ascii || !terminal.supportsUnicode,
            themeName: options.theme.name)
        var theme = options.theme
        var needsDraw = true
        var lastTick: Int64 = 0
        while !state.shouldQuit, !terminal.quitRequested {
            if let model = mailbox.take() {
                state.apply(.model(model))
                needsDraw = true
            }
            let now = DashboardClock.nowMilliseconds()
            if now - lastTick >= 1000 {
                state.apply(.tick(now: now))
                lastTick = now
                needsDraw = true
            }
            if needsDraw {
                terminal.draw(DashboardRenderer.render(state), theme: terminal.colorDepth == .monochrome ? theme.monochrome : theme)
                needsDraw = false
            }
            // Wait for input briefly, then take everything already queued before redrawing.
            var event = terminal.nextEvent(timeoutMilliseconds: 100)
            while let current = event {
                state.apply(appEvent(for: current))
                needsDraw = true
                event = state.shouldQuit ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
            }
            for request in state.requests {
                handle(request, state: &state, theme: &theme)
            }
            state.requests.removeAll()
        }
    }

    private static func appEvent(for event: TerminalEvent) -> AppEvent {
        switch event {
        case .key(let key): return .key(key)
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .click(let x, let y): return .click(x: x, y: y)
        }
    }

    private static func handle(_ request: AppRequest, state: inout AppState, theme: inout Theme) {
        switch request {
        case .theme(let name):
            do {
                theme = try ThemeFile.load(name)
                state.themeName = theme.name
                state.message = StatusMessage("theme \(theme.name)")
            } catch {
                state.message = StatusMessage("\(error)", isError: true)
            }
        case .time:
            state.message = StatusMessage("these sources are a single snapshot: time keys need a recording", isError: true)
        }
    }
}
