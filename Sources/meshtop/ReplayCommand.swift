import ArgumentParser
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTerminal

#if canImport(Glibc)
    import Glibc
#endif

/// `meshtop replay FILE|DIR`: a recording in the dashboard, opened paused at a moment, as `atop -r` and
/// `below replay` do; or, with `--once`, that moment's figures without a terminal.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay recordings (.mtrec.gz) or directories of dumps, opened paused at --at.",
        discussion: """
            Every figure at a moment comes from the frames in the trailing window that ends there (--window, \
            default 1m; the w key cycles 1m, 5m, 15m and 1h), so a moment shows the same whether it is reached \
            by stepping, jumping or playing. --at takes what b takes: +10m from the first frame, -5m back from \
            the last, 14:02, an ISO-8601 time or epoch seconds. With --once, the moment is printed instead: \
            text is the overview screen, json the `meshtop report` JSON of the window ending at --at (alerts \
            with their state, and those resolved in the hour before), csv the overview table.

            Examples:
              meshtop replay sample-telemetry/mesh.mtrec.gz --at +14m
              meshtop replay sample-telemetry/mesh.mtrec.gz --at +20m --window 5m --once --format json
            """
    )

    @Argument(help: "Recordings (.mtrec.gz) or directories of dumps to replay; several are merged by time.")
    var recordings: [String] = []

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusServerArguments

    @OptionGroup(title: "Fetching (with --prometheus)") var fetch: FetchArguments

    @Option(
        parsing: .unconditional,
        help: "The moment to open at (default: the first frame; with --prometheus, now): +10m, -5m, 14:02, ISO."
    )
    var at: String?

    @OptionGroup(title: "Time") var time: WindowArguments

    @OptionGroup(title: "Policies") var policy: PolicyArguments

    @Flag(help: "Print the moment at --at and exit; needs no terminal.")
    var once = false

    @Option(help: OnceFormat.help)
    var format: OnceFormat = .text

    @OptionGroup(title: "Screen") var screen: ScreenArguments

    func validate() throws {
        guard recordings.isEmpty != (prometheus.url == nil) else {
            throw ValidationError("give recordings (.mtrec.gz) or directories of dumps, or --prometheus URL")
        }
        _ = try time.windowLength()
        if let at {
            do {
                _ = try TimeExpression(parsing: at)
            } catch {
                throw ValidationError("--at: \(Terminal.safe(error.description))")
            }
        }
    }

    func run() async throws {
        if prometheus.url != nil { return try await runPrometheus() }
        var readers: [RecordingReader] = []
        for recording in recordings {
            do {
                readers.append(try RecordingReader(path: recording))
            } catch {
                printError("meshtop replay: \(Terminal.safe(String(describing: error)))")
                throw ExitCode(2)
            }
            guard readers.last?.frameCount ?? 0 > 0 else {
                printError("meshtop replay: \(Terminal.safe(recording)) holds no frames")
                throw ExitCode(2)
            }
        }
        let policies = try policy.load()
        let start = ReplaySession.Start.paused(at: try at.map { try TimeExpression(parsing: $0) })
        let windowLength = try time.windowLength()
        if once {
            let session = ReplaySession(
                readers: readers,
                policy: policies,
                windowLength: windowLength,
                start: start,
                utcOffsetSeconds: time.zone().offsetSeconds
            )
            try printOnce(session)
            return
        }
        try await showInteractively(.replay(readers, start: start), policies: policies, title: nil)
    }

    private func printOnce(_ session: ReplaySession) throws {
        switch format {
        case .json:
            guard let snapshot = session.snapshot() else { throw ExitCode(2) }
            let overlay = try policy.overlay(for: snapshot, command: "replay")
            try ReportCommand.writeToStandardOutput { sink in snapshot.writeJSON(policy: overlay, to: sink) }
        case .text:
            session.timeline.advance(through: session.tick)
            guard let view = session.view() else { throw ExitCode(2) }
            var state = AppState(width: screen.width, height: screen.height, ascii: screen.ascii, themeName: "default")
            state.zone = time.zone()
            state.apply(.model(view.model))
            state.apply(.time(view.time))
            state.apply(.tick(now: view.model.dataTime ?? 0))
            print(DashboardRenderer.render(state).plainText(), terminator: "")
        case .csv:
            session.timeline.advance(through: session.tick)
            guard let view = session.view() else { throw ExitCode(2) }
            print(OverviewCSV.text(of: view.model), terminator: "")
        }
    }

    /// `replay --prometheus URL`: the server's past, always in query mode (federation has no past), opened
    /// paused at `--at` (default: now).
    private func runPrometheus() async throws {
        var query = prometheus
        query.mode = .query
        guard let server = try query.makeSource(connection: try fetch.prometheusConnection()) as? PrometheusQuerySource
        else { throw ValidationError("--prometheus: no server") }
        let now = WallClock.nowMilliseconds()
        let offset = time.zone().offsetSeconds
        let instant =
            try at.map { try TimeExpression(parsing: $0).resolve(spanFrom: now, to: now, utcOffsetSeconds: offset) }
            ?? now
        let policies = try policy.load()
        let windowLength = try time.windowLength()
        if once {
            let snapshot = try await PrometheusMoment.snapshot(
                of: server,
                at: instant,
                windowLength: windowLength,
                command: "meshtop replay"
            )
            switch format {
            case .json:
                let overlay = try policy.overlay(for: snapshot, command: "replay")
                try ReportCommand.writeToStandardOutput { sink in snapshot.writeJSON(policy: overlay, to: sink) }
            case .text, .csv:
                var model = DashboardPolicy.view(of: snapshot, policy: policies)
                model.rateWindowMilliseconds = windowLength
                if format == .csv { return print(OverviewCSV.text(of: model), terminator: "") }
                var state = AppState(
                    width: screen.width,
                    height: screen.height,
                    ascii: screen.ascii,
                    themeName: "default"
                )
                state.zone = time.zone()
                state.apply(.model(model))
                state.apply(.time(TimeStatus(mode: .paused)))
                state.apply(.tick(now: instant))
                print(DashboardRenderer.render(state).plainText(), terminator: "")
            }
            return
        }
        try await showInteractively(
            .prometheusHistory(server, at: instant, step: 15_000),
            policies: policies,
            title: "prometheus \(server.name) (query mode)"
        )
    }

    /// Opens the dashboard on `feed`, paused where the replay opens.
    private func showInteractively(
        _ feed: DashboardLoop.Feed,
        policies: DashboardPolicy?,
        title: String?
    ) async throws {
        let utf8 = NcursesTerminal.prepareLocale()
        let theme = try screen.loadTheme()
        try ScreenArguments.requireTerminal()
        let options = DashboardLoop.Options(
            feed: feed,
            policy: policies,
            theme: theme,
            noColor: screen.noColor,
            ascii: screen.ascii || !utf8,
            windowLength: try time.windowLength(),
            title: title,
            zone: time.zone()
        )
        try await DashboardLoop.run(options)
    }
}
