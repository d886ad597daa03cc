import ArgumentParser
import MeshtopDashboard
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
            With no sources, meshtop opens the bundled sample telemetry. Press ? inside for the keys.
            --once renders one frame of the overview as plain text, which needs no terminal.
            """
    )

    @Argument(help: "Telemetry dumps to show (Prometheus text, OpenMetrics, Envoy /stats).")
    var sources: [String] = []

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
    }

    func run() async throws {
        let utf8 = NcursesTerminal.prepareLocale()
        let resolvedTheme: Theme
        do {
            resolvedTheme = try ThemeFile.load(theme)
        } catch {
            throw ValidationError("\(error)")
        }
        let inputs = sources.isEmpty ? SampleTelemetry.files() : sources
        if inputs.isEmpty {
            throw ValidationError("no sources given and no sample-telemetry/ directory found next to the binary or here")
        }
        let dumbTerminal = getenv("TERM").map { String(cString: $0) } == "dumb"
        if once || dumbTerminal {
            if !once { printError("meshtop: TERM=dumb cannot show the dashboard; printing one frame instead") }
            let model = await DashboardFeed.load(inputs)
            var state = AppState(model: model, width: width, height: height, ascii: ascii || !utf8, themeName: resolvedTheme.name)
            state.apply(.tick(now: DashboardClock.nowMilliseconds()))
            print(DashboardRenderer.render(state).plainText(), terminator: "")
            return
        }
        guard isatty(1) != 0, isatty(0) != 0 else {
            printError("meshtop: standard input and output must be a terminal; use --once for a plain-text frame")
            throw ExitCode(2)
        }
        let options = DashboardLoop.Options(
            inputs: inputs, theme: resolvedTheme, noColor: noColor, ascii: ascii || !utf8)
        try await DashboardLoop.run(options)
    }
}
