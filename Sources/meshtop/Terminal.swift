import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// Keeping untrusted text (file names, telemetry) from steering the terminal.
enum Terminal {
    /// `text` with control and invisible reordering characters shown as `\u{…}` escapes.
    static func safe(_ text: some StringProtocol) -> String {
        TerminalSafeText.escape(text, form: .escapes)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    let line = message + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}
