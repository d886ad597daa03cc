import ArgumentParser
import Foundation
import MeshtopDashboard
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
            Press ? inside for the keys. --once renders one frame of the overview as plain text, which needs \
            no terminal.

            With --policies, the MODE column shows the mTLS mode each namespace and workload enforces \
            and READY? whether a namespace could switch to STRICT now (as `meshtop check` judges it). The \
            bundled sample is shown with its own policies.yaml unless --policies or --pods is given.
            """
    )

    @OptionGroup var source: SourceArguments

    @Option(name: .shortAndLong, help: "Time between polls of live sources (e.g. 5s, 1m); follows dump files too.")
    var interval: String?

    @OptionGroup(title: "Time") var time: WindowArguments

    @OptionGroup(title: "Policies") var policy: PolicyArguments

    @Option(help: "A theme name from themes/ (default, light, high-contrast, deuteranopia, mono) or a YAML file.")
    var theme: String = "default"

    @Flag(help: "Use no colours (the NO_COLOR environment variable does the same).")
    var noColor = false

    @Flag(help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Print one frame of the overview as plain text and exit; needs no terminal.")
    var once = false

    @Option(help: "Columns of the --once frame.")
    var width: Int = 100

    @Option(help: "Rows of the --once frame.")
    var height: Int = 30

    func validate() throws {
        guard (20...1000).contains(width), (5...500).contains(height) else {
            throw ValidationError("--width must be 20…1000 and --height 5…500")
        }
        if let interval { _ = try PositiveDuration.parse(interval, option: "--interval", example: "5s or 1m") }
        let standardInputs = source.sources + policy.policyPaths + [policy.pods].compactMap { $0 }
        guard standardInputs.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("standard input ('-') can be read only once")
        }
    }

    func run() async throws {
        // The full-screen dashboard must never hand the keys to the backtracer's interactive mode.
        if !once, isatty(1) != 0 { BacktracerMode.makeNonInteractive() }
        let utf8 = NcursesTerminal.prepareLocale()
        let resolvedTheme: Theme
        do {
            resolvedTheme = try ThemeFile.load(theme)
        } catch {
            throw ValidationError("\(error)")
        }
        let sample = source.sources.isEmpty ? SampleTelemetry.contents() : nil
        let inputs = sample?.files ?? source.sources
        if inputs.isEmpty {
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
            var state = AppState(width: width, height: height, ascii: ascii || !utf8, themeName: resolvedTheme.name)
            state.title = sample.map { _ in SampleTelemetry.title }
            switch feed {
            case .snapshot(let inputs):
                state.apply(.model(await DashboardFeed.load(inputs, policy: policies)))
            case .live(let poller):
                state.apply(.model(await DashboardFeed.fetchOnce(poller.sources, policy: policies)))
            case .replay(let readers, _):
                // A recording shows its newest tick.
                let session = ReplaySession(
                    readers: readers,
                    policy: policies,
                    windowLength: try time.windowLength(),
                    start: .paused(at: nil)
                )
                session.perform(.toEnd)
                session.timeline.advance(through: session.tick)
                if let view = session.view() {
                    state.apply(.model(view.model))
                    state.apply(.time(view.time))
                }
            }
            state.apply(.tick(now: WallClock.nowMilliseconds()))
            print(DashboardRenderer.render(state).plainText(), terminator: "")
            return
        }
        // When standard input carries telemetry or policies, keys come from the controlling terminal.
        let keysFromTerminal = (inputs + policy.policyPaths + [policy.pods].compactMap { $0 }).contains("-")
        guard isatty(1) != 0, isatty(0) != 0 || keysFromTerminal else {
            printError("meshtop: standard input and output must be a terminal; use --once for a plain-text frame")
            throw ExitCode(2)
        }
        let options = DashboardLoop.Options(
            feed: feed,
            policy: policies,
            theme: resolvedTheme,
            noColor: noColor,
            ascii: ascii || !utf8,
            windowLength: try time.windowLength(),
            history: try time.historyLength(),
            title: sample.map { _ in SampleTelemetry.title },
            keysFromTerminal: keysFromTerminal
        )
        try await DashboardLoop.run(options)
    }

    /// Recordings and directories (recognised by content, wherever they are among the sources) are replayed,
    /// merged by time; URLs and standard input are followed live, and so are files when --interval is given;
    /// plain dumps are otherwise read once as one snapshot. Recordings cannot be mixed with other sources.
    func feed(for inputs: [String]) throws -> DashboardLoop.Feed {
        let recorded = inputs.filter { $0 != "-" && RecordingReader.isRecording(path: $0) }
        if !recorded.isEmpty {
            guard recorded.count == inputs.count else {
                throw ValidationError(
                    "recordings are replayed on their own: \(Terminal.safe(recorded[0])) cannot be shown together "
                        + "with live sources or dumps (replay it with meshtop replay)"
                )
            }
            do {
                return .replay(try recorded.map { try RecordingReader(path: $0) }, start: .playing)
            } catch {
                throw ValidationError(Terminal.safe("\(error)"))
            }
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
        guard streamed || interval != nil else { return .snapshot(inputs) }
        let pollInterval = interval.flatMap { DurationText.duration($0) } ?? .seconds(5)
        var live = source
        live.sources = inputs
        return .live(SourcePoller(sources: try live.makeSources(), interval: pollInterval))
    }

}
