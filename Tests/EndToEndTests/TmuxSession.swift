import Foundation
import MeshtopTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A private tmux server running one command in one pane, for driving the real binary.
///
/// The session is started with `posix_spawn` (Foundation's `Process` would wait for the daemonized
/// server) with an empty signal mask (Swift Testing threads block SIGWINCH, which would otherwise be
/// inherited) and a minimal environment (no leaked `LINES`, `COLUMNS` or `TERM`).
final class TmuxSession {
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private static let counter = Counter()
    let socket: String
    private let tmux: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (run by `sh -c`) in a detached session of the given size.
    init(command: String, width: Int, height: Int) throws {
        guard let tmux = Self.tmux else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        socket = "e2e-\(getpid())-\(Self.counter.next())"
        let status = try Self.spawn(
            tmux,
            [
                "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", String(width), "-y",
                String(height),
                command,
            ]
        )
        guard status == 0 else { throw Failure(description: "tmux new-session exited with \(status)") }
    }

    deinit {
        _ = try? Self.spawn(tmux, ["-L", socket, "kill-server"])
        // kill-server leaves the socket file behind; remove it so test runs do not litter /tmp.
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }

    /// The pane's text now.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"])
    }

    /// tmux's word on the pane's modes: `alternate_on`, `cursor_flag` and `mouse_any_flag`, each 0 or 1.
    func modes() throws -> (alternateScreen: Bool, cursorVisible: Bool, mouse: Bool) {
        let flags = try run(["display-message", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "1" }
        guard flags.count == 3 else { throw Failure(description: "tmux did not report the pane's modes") }
        return (flags[0], flags[1], flags[2])
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `C-c`, or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        _ = try run(["send-keys", "-t", "e2e"] + (literal ? ["-l"] : []) + keys)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", "e2e", "-x", String(width), "-y", String(height)])
    }

    /// Polls the pane until `condition` holds or the deadline passes; returns the last capture.
    @discardableResult
    func waitFor(
        _ what: String,
        timeout: Double = 10,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \(what); the pane shows:\n\(screen)")
    }

    /// Waits until the pane contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    private func run(_ arguments: [String]) throws -> String {
        try ProcessCapture.run(URL(fileURLWithPath: tmux), ["-L", socket] + arguments).output
    }

    /// Runs a program with an empty signal mask and a minimal environment, and waits for it.
    static func spawn(_ path: String, _ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let environment = ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=\(NSHomeDirectory())", "LANG=C.UTF-8"]
        return ChildSpawn.wait(try ChildSpawn.start(path, arguments, actions: &actions, environment: environment))
    }
}

/// A thread-safe counter for unique socket names.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
