import ArgumentParser
import Foundation
import MeshtopDashboard
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
            throw ValidationError(
                "no sources given and no sample-telemetry/ directory found next to the binary or here"
            )
        }
        let feed = try Self.feed(for: inputs)
        let dumbTerminal = getenv("TERM").map { String(cString: $0) } == "dumb"
        if once || dumbTerminal {
            if !once { printError("meshtop: TERM=dumb cannot show the dashboard; printing one frame instead") }
            var state = AppState(width: width, height: height, ascii: ascii || !utf8, themeName: resolvedTheme.name)
            switch feed {
            case .snapshot(let inputs):
                state.apply(.model(await DashboardFeed.load(inputs)))
            case .replay(let reader):
                // A recording shows its newest tick.
                let mailbox = DashboardLoop.Mailbox()
                await ReplayEngine(reader: reader, mailbox: mailbox).showEnd()
                let update = mailbox.take()
                if let model = update.model { state.apply(.model(model)) }
                if let time = update.time { state.apply(.time(time)) }
            }
            state.apply(.tick(now: DashboardClock.nowMilliseconds()))
            print(DashboardRenderer.render(state).plainText(), terminator: "")
            return
        }
        guard isatty(1) != 0, isatty(0) != 0 else {
            printError("meshtop: standard input and output must be a terminal; use --once for a plain-text frame")
            throw ExitCode(2)
        }
        let options = DashboardLoop.Options(feed: feed, theme: resolvedTheme, noColor: noColor, ascii: ascii || !utf8)
        try await DashboardLoop.run(options)
    }

    /// A single recording or directory is replayed; anything else is read once as one snapshot.
    static func feed(for inputs: [String]) throws -> DashboardLoop.Feed {
        guard inputs.count == 1, let input = inputs.first, isRecordingOrDirectory(input) else {
            return .snapshot(inputs)
        }
        do {
            return .replay(try RecordingReader(path: input))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private static func isRecordingOrDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix(".mtrec.gz")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
