import MeshtopDashboard
import MeshtopTerminal
import Synchronization

/// The interactive main loop: ncurses on the main thread, sources on a background task.
enum DashboardLoop {
    /// What the loop needs from the command line.
    struct Options: Sendable {
        var inputs: [String]
        var theme: Theme
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
        let state = AppState(
            width: size.width, height: size.height, ascii: options.ascii || !terminal.supportsUnicode,
            themeName: options.theme.name)
        var driver = DashboardDriver(state: state, theme: options.theme)
        var lastTick: Int64 = 0
        while !driver.isFinished, !terminal.quitRequested {
            if let model = mailbox.take() { driver.receive(.model(model)) }
            let now = DashboardClock.nowMilliseconds()
            if now - lastTick >= 1000 {
                driver.receive(.tick(now: now))
                lastTick = now
            }
            for request in driver.step(on: terminal, timeoutMilliseconds: 100) {
                handle(request, driver: &driver)
            }
        }
    }

    private static func handle(_ request: AppRequest, driver: inout DashboardDriver) {
        switch request {
        case .theme(let name):
            do {
                driver.use(try ThemeFile.load(name))
                driver.receive(.message(StatusMessage("theme \(driver.theme.name)")))
            } catch {
                driver.receive(.message(StatusMessage("\(error)", isError: true)))
            }
        case .time:
            driver.receive(.message(StatusMessage("these sources are one snapshot: time keys need a recording", isError: true)))
        }
    }
}
