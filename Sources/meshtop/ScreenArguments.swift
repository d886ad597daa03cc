import ArgumentParser
import MeshtopDashboard

#if canImport(Glibc)
    import Glibc
#endif

/// How the dashboard is drawn: theme, colour, ASCII, and the size of a `--once` frame.
struct ScreenArguments: ParsableArguments {
    @Option(help: "A theme name from themes/ (default, light, high-contrast, deuteranopia, mono) or a YAML file.")
    var theme: String = "default"

    @Flag(help: "Use no colours (the NO_COLOR environment variable does the same).")
    var noColor = false

    @Flag(help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Columns of the --once frame.")
    var width: Int = 100

    @Option(help: "Rows of the --once frame.")
    var height: Int = 30

    func validate() throws {
        guard (20...1000).contains(width), (5...500).contains(height) else {
            throw ValidationError("--width must be 20…1000 and --height 5…500")
        }
    }

    /// The theme asked for; an unknown one is a usage error naming where themes were looked for.
    func loadTheme() throws -> Theme {
        do {
            return try ThemeFile.load(theme)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// Exits 2 unless standard output (and standard input, unless keys come from the terminal) is a terminal.
    static func requireTerminal(keysFromTerminal: Bool = false) throws {
        guard isatty(1) != 0, isatty(0) != 0 || keysFromTerminal else {
            printError("meshtop: standard input and output must be a terminal; use --once for a plain-text frame")
            throw ExitCode(2)
        }
    }
}
