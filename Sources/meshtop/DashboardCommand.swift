import ArgumentParser
import Foundation
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTerminal

#if canImport(Glibc)
    import Glibc
#endif

/// `meshtop [SOURCE…]`: the interactive dashboard, and the default subcommand.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the mesh's mTLS security in an interactive terminal dashboard (the default).",
        discussion: """
            With no sources, meshtop opens the bundled sample telemetry. A recording (.mtrec.gz) or a \
            directory of dumps is replayed. URLs and '-' are followed live, polled every --interval; dump \
            files are shown as one snapshot, or followed (re-read when they change) when --interval is given. \
            Press ? inside for the keys. --once prints what the dashboard would open on and exits, which \
            needs no terminal: the overview as plain text, or with --format json the `meshtop report` JSON of \
            the same window (csv: the overview table).

            With --policies, the MODE column shows the mTLS mode each namespace and workload enforces \
            and READY? whether a namespace could switch to STRICT now (as `meshtop check` judges it). The \
            bundled sample is shown with its own policies.yaml unless --policies or --pods is given.
            """
    )

    @OptionGroup var source: SourceArguments

    @Option(name: .shortAndLong, help: "Time between polls of live sources (e.g. 5s, 1m); follows dump files too.")
    var interval: String?

    @OptionGroup(title: "Time") var time: WindowArguments

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusServerArguments

    @Option(
        parsing: .unconditional,
        help: "Open a recording or a query-mode Prometheus at this moment: +10m, -2h, 14:02, ISO-8601."
    )
    var at: String?

    @OptionGroup(title: "Policies") var policy: PolicyArguments

    @OptionGroup(title: "Screen") var screen: ScreenArguments

    @Flag(help: "Print one frame of the overview and exit (as --format says); needs no terminal.")
    var once = false

    @Option(help: OnceFormat.help)
    var format: OnceFormat = .text

    func validate() throws {
        if format != .text, !once { throw ValidationError("--format goes with --once") }
        if let interval { _ = try PositiveDuration.parse(interval, option: "--interval", example: "5s or 1m") }
        let standardInputs = source.sources + policy.policyPaths + [policy.pods].compactMap { $0 }
        guard standardInputs.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("standard input ('-') can be read only once")
        }
    }

    func run() async throws {
        // The full-screen dashboard must never hand the keys to the backtracer's interactive mode.
        if !once, isatty(1) != 0 { BacktracerMode.makeNonInteractive() }
        try await CommandUsageFailure.reporting(Self.self) { try await show() }
    }

    private func show() async throws {
        let utf8 = NcursesTerminal.prepareLocale()
        let resolvedTheme = try screen.loadTheme()
        let sample = source.sources.isEmpty && prometheus.url == nil ? SampleTelemetry.contents() : nil
        let inputs = sample?.files ?? source.sources
        if inputs.isEmpty, prometheus.url == nil {
            throw ValidationError(
                "no sources given and no sample-telemetry/ directory found next to the binary or here"
            )
        }
        let feed = try feed(for: inputs)
        // The sample is shown with its own policies, so the readiness screen has a story on first start.
        var policy = self.policy
        if policy.policyPaths.isEmpty, policy.pods == nil, let bundled = sample?.policies {
            policy.policyPaths = [bundled]
        }
        let policies = try policy.load()
        let dumbTerminal = getenv("TERM").map { String(cString: $0) } == "dumb"
        if once || dumbTerminal {
            if !once { printError("meshtop: TERM=dumb cannot show the dashboard; printing one frame instead") }
            var state = AppState(
                width: screen.width,
                height: screen.height,
                ascii: screen.ascii || !utf8,
                themeName: resolvedTheme.name
            )
            state.title = sample.map { _ in SampleTelemetry.title }
            state.zone = time.zone()
            // The snapshot behind the view, for --format json; sources that could not be read, by name.
            var shown: MeshSnapshot?
            var unread: [SourceStatus] = []
            // Whether no source could be read at all: the frame is printed, and the exit status says so.
            var nothingRead = false
            switch feed {
            case .snapshot(let inputs):
                let read = await DashboardFeed.read(inputs)
                shown = read.snapshot
                unread = read.failures
                nothingRead = read.frameCount == 0 && !read.failures.isEmpty
                state.apply(.model(DashboardFeed.view(of: read, policy: policies)))
                state.apply(.time(TimeStatus(mode: .snapshot)))
            case .live(let poller):
                let fetched = await DashboardFeed.fetchOnce(poller.sources, policy: policies)
                shown = fetched.snapshot
                unread = fetched.failures
                nothingRead = fetched.nothingRead
                state.apply(.model(fetched.model))
                state.apply(.time(TimeStatus(mode: fetched.mode)))
            case .prometheusHistory(let server, let start, _):
                let snapshot = try await PrometheusMoment.snapshot(
                    of: server,
                    at: start ?? WallClock.nowMilliseconds(),
                    windowLength: try time.windowLength(),
                    command: "meshtop"
                )
                shown = snapshot
                var model = DashboardPolicy.view(of: snapshot, policy: policies)
                model.rateWindowMilliseconds = try time.windowLength()
                state.apply(.model(model))
                state.apply(.time(TimeStatus(mode: start == nil ? .live : .paused)))
            case .replay(let readers, _):
                // A recording shows its newest tick, or the moment --at names.
                let session = ReplaySession(
                    readers: readers,
                    policy: policies,
                    windowLength: try time.windowLength(),
                    start: .paused(at: try atExpression()),
                    utcOffsetSeconds: time.zone().offsetSeconds
                )
                if at == nil { session.perform(.toEnd) }
                session.timeline.advance(through: session.tick)
                shown = session.snapshot()
                if let view = session.view() {
                    state.apply(.model(view.model))
                    state.apply(.time(view.time))
                }
            }
            switch format {
            case .text:
                state.apply(.tick(now: WallClock.nowMilliseconds()))
                print(DashboardRenderer.render(state).plainText(), terminator: "")
            case .csv:
                print(OverviewCSV.text(of: state.model), terminator: "")
            case .json:
                try printJSON(shown, unread: unread, policy: policy)
            }
            if nothingRead {
                for source in unread {
                    printError("meshtop: \(Terminal.safe(source.name)): \(Terminal.safe(source.error ?? "not read"))")
                }
                throw ExitCode(2)
            }
            return
        }
        // When standard input carries telemetry or policies, keys come from the controlling terminal.
        let keysFromTerminal = (inputs + policy.policyPaths + [policy.pods].compactMap { $0 }).contains("-")
        try ScreenArguments.requireTerminal(keysFromTerminal: keysFromTerminal)
        let options = DashboardLoop.Options(
            feed: feed,
            policy: policies,
            theme: resolvedTheme,
            noColor: screen.noColor,
            ascii: screen.ascii || !utf8,
            windowLength: try time.windowLength(),
            history: try time.historyLength(),
            title: sample.map { _ in SampleTelemetry.title }
                ?? prometheus.url.map { _ in "prometheus (\(prometheus.effectiveMode.rawValue) mode)" },
            zone: time.zone(),
            keysFromTerminal: keysFromTerminal
        )
        try await DashboardLoop.run(options)
    }

    /// `--once --format json`: the `report` JSON of the snapshot shown. A source that could not be read makes
    /// the figures partial, so it is named on standard error and the exit status is 2, as `report` does.
    private func printJSON(_ snapshot: MeshSnapshot?, unread: [SourceStatus], policy: PolicyArguments) throws {
        for source in unread {
            printError("meshtop: \(Terminal.safe(source.name)): \(Terminal.safe(source.error ?? "not read"))")
        }
        guard let snapshot, unread.isEmpty else { throw ExitCode(2) }
        let overlay = try policy.overlay(for: snapshot, command: "meshtop")
        try ReportCommand.writeToStandardOutput { sink in snapshot.writeJSON(policy: overlay, to: sink) }
    }

    /// `--at` parsed, or nil.
    func atExpression() throws -> TimeExpression? {
        guard let at else { return nil }
        do {
            return try TimeExpression(parsing: at)
        } catch {
            throw ValidationError("--at: \(Terminal.safe(error.description))")
        }
    }

    /// Recordings and directories (recognised by content, wherever they are among the sources) are replayed,
    /// merged by time; URLs and standard input are followed live, and so are files when --interval is given;
    /// plain dumps are otherwise read once as one snapshot. Recordings cannot be mixed with other sources.
    func feed(for inputs: [String]) throws -> DashboardLoop.Feed {
        let recorded = inputs.filter { $0 != "-" && RecordingReader.isRecording(path: $0) }
        if !recorded.isEmpty {
            guard recorded.count == inputs.count, prometheus.url == nil else {
                throw ValidationError(
                    "recordings are replayed on their own: \(Terminal.safe(recorded[0])) cannot be shown together "
                        + "with live sources or dumps (replay it with meshtop replay)"
                )
            }
            do {
                let start: ReplaySession.Start = at == nil ? .playing : .paused(at: try atExpression())
                return .replay(try recorded.map { try RecordingReader(path: $0) }, start: start)
            } catch let error as ValidationError {
                throw error
            } catch {
                throw ValidationError(Terminal.safe("\(error)"))
            }
        }
        let pollInterval = interval.flatMap { DurationText.duration($0) } ?? .seconds(5)
        if prometheus.url != nil, prometheus.effectiveMode == .query, inputs.isEmpty {
            guard
                let server = try prometheus.makeSource(connection: try source.fetch.prometheusConnection())
                    as? PrometheusQuerySource
            else { throw ValidationError("--prometheus: no server") }
            let now = WallClock.nowMilliseconds()
            let offset = time.zone().offsetSeconds
            let start = try atExpression().map { $0.resolve(spanFrom: now, to: now, utcOffsetSeconds: offset) }
            return .prometheusHistory(server, at: start, step: pollInterval.components.seconds * 1000)
        }
        guard at == nil else {
            throw ValidationError("--at needs a recording or --prometheus URL --prometheus-mode query")
        }
        let specs = try inputs.map { argument in
            do {
                return try SourceSpec(parsing: argument)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let streamed = specs.contains { spec in
            switch spec.location {
            case .http, .standardInput: return true
            case .file, .directory: return false
            }
        }
        guard streamed || interval != nil || prometheus.url != nil else {
            try Self.requireReadable(specs)
            return .snapshot(inputs)
        }
        var live = source
        live.sources = inputs
        // One frame printed (--once) says on stderr what it waits for; the full screen shows the source's state.
        let notice: (@Sendable () -> Void)? =
            once ? { @Sendable in InputReader.noteWaitingForStandardInput(command: "meshtop") } : nil
        let sources = try live.makeSources(prometheus: prometheus, interval: pollInterval, standardInputNotice: notice)
        return .live(SourcePoller(sources: sources, interval: pollInterval))
    }

    /// Dumps read once must be there at startup: an empty dashboard of a mistyped name would read as a
    /// quiet mesh. (Followed with --interval, a missing file is awaited instead.) Exits 2 naming the file.
    private static func requireReadable(_ specs: [SourceSpec]) throws {
        for spec in specs {
            guard case .file(let path) = spec.location else { continue }
            // Without waiting: a FIFO without a writer must not block the start (reading it is bounded later).
            let descriptor = open(path, O_RDONLY | O_NONBLOCK)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                printError("meshtop: \(InputError(input: path, reason: reason))")
                throw ExitCode(2)
            }
            close(descriptor)
        }
    }

}
