import Foundation

/// The Swift runtime's backtracer, set up for a full-screen program.
///
/// By default it turns interactive on a terminal: after a crash (or Ctrl-\ before meshtop handled SIGQUIT)
/// it printed "Program crashed … Press space to interact" over the dashboard and took the keys for 30 s.
/// The runtime reads `SWIFT_BACKTRACE` once, at start, so the dashboard sets `interactive=no` and runs
/// itself again (the same process id, arguments and descriptors). A `SWIFT_BACKTRACE` that already says
/// `interactive=` is left as the user set it.
enum BacktracerMode {
    /// Re-executes meshtop with `interactive=no` in `SWIFT_BACKTRACE`, unless the setting is there already;
    /// returns only when it is there, or when the re-execution failed (the backtracer stays as it is).
    static func makeNonInteractive() {
        let current = getenv("SWIFT_BACKTRACE").map { String(cString: $0) } ?? ""
        guard !current.lowercased().contains("interactive=") else { return }
        let value = current.isEmpty ? "interactive=no" : current + ",interactive=no"
        guard setenv("SWIFT_BACKTRACE", value, 1) == 0 else { return }
        fflush(nil)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
    }
}
