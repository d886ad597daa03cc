import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Signals sent to the dashboard never leave the terminal in raw mode, on the alternate screen, with mouse
/// tracking on or the cursor hidden; SIGPIPE is ignored; the backtracer never takes the keys.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.tmux != nil, "tmux is not installed: skipping the signal tests")
)
struct TmuxSignalTests {
    /// Starts the dashboard on the bundled sample with its process id written to a file; after it ends the
    /// shell prints its exit status and the terminal's echo and canonical-mode settings.
    func start() throws -> (session: TmuxSession, pid: pid_t, directory: URL) {
        let path = MeshtopBinary.url.path
        try #require(FileManager.default.isExecutableFile(atPath: path), "no meshtop binary at \(path)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-signal-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pidFile = directory.appendingPathComponent("pid").path
        let session = try TmuxSession(
            command: "sh -c 'echo $$ > \(pidFile); exec \(path)'; echo EXIT=$?; "
                + "stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; "
                + "echo; sleep 60",
            width: 100,
            height: 30
        )
        try session.waitFor("the first data") { $0.contains("NAMESPACE") && $0.contains(" data 2") }
        let text = try String(contentsOfFile: pidFile, encoding: .utf8)
        let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        return (session, pid, directory)
    }

    /// Waits for the dashboard to end and checks the terminal is the shell's again; returns the screen.
    @discardableResult
    func expectRestored(_ session: TmuxSession) throws -> String {
        let screen = try session.waitFor("the shell's stty line") { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(screen.contains("icanon echo") || screen.contains("echo icanon"), "\(screen)")
        #expect(!screen.contains("-icanon"), "\(screen)")
        #expect(!screen.contains("Press space"), "\(screen)")
        let modes = try session.modes()
        #expect(!modes.alternateScreen)
        #expect(modes.cursorVisible)
        #expect(!modes.mouse)
        return screen
    }

    @Test(arguments: [SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGHUP, SIGQUIT])
    func aSignalThatEndsTheDashboardRestoresTheTerminal(signal: Int32) throws {
        let (session, pid, directory) = try start()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(kill(pid, signal) == 0)
        let screen = try expectRestored(session)
        // As a shell reports a process the signal ended: it did not do what was asked.
        #expect(screen.contains("EXIT=\(128 + signal)"), "\(screen)")
    }

    @Test func controlBackslashQuitsCleanlyWithoutTheBacktracer() throws {
        let (session, _, directory) = try start()
        defer { try? FileManager.default.removeItem(at: directory) }
        try session.send("C-\\")
        try expectRestored(session)
    }

    @Test func sigpipeIsIgnored() throws {
        let (session, pid, directory) = try start()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(kill(pid, SIGPIPE) == 0)
        usleep(500_000)
        let screen = try session.capture()
        #expect(screen.contains("NAMESPACE"))
        #expect(!screen.contains("EXIT="))
        try session.send("q")
        try expectRestored(session)
    }

    @Test func theBacktracerIsNotInteractiveInTheDashboard() throws {
        let (session, pid, directory) = try start()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
        let variables = environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(variables.contains { $0.hasPrefix("SWIFT_BACKTRACE=") && $0.contains("interactive=no") })
        try session.send("q")
        try expectRestored(session)
    }
}
