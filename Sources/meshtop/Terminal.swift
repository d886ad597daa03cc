import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// Keeping untrusted text (file names, telemetry) from steering the terminal.
enum Terminal {
    /// `text` with control characters shown as `\u{…}` escapes.
    static func safe(_ text: String) -> String {
        TerminalSafeText.escape(text)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    let line = message + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}
