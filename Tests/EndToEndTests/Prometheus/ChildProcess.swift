import MeshtopTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`.
///
/// Swift Testing's threads block SIGTERM and SIGCHLD, and a child inherits that mask: `Foundation.Process`
/// then cannot stop Prometheus nor notice that it exited. This spawns with an empty mask and default
/// handlers, and waits without relying on signals.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    private var status: Int32?

    /// Starts `executable` with `arguments`, standard input from /dev/null and both outputs appended to `logPath`.
    init(executable: String, arguments: [String], logPath: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        do {
            pid = try ChildSpawn.start(executable, arguments, actions: &actions)
        } catch {
            throw HarnessError("cannot start \(executable): \(error)")
        }
    }

    /// Whether the process is still running (reaps it when it has exited).
    var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
        return status == nil
    }

    /// The raw wait status once the process exited.
    var exitStatus: Int32? { status }

    /// Sends SIGTERM, waits up to `seconds`, then SIGKILL, and reaps the process.
    func stop(graceSeconds seconds: Double = 5) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = monotonicSeconds() + seconds
        while isRunning, monotonicSeconds() < deadline { usleep(20_000) }
        guard isRunning else { return }
        kill(pid, SIGKILL)
        var raw: Int32 = 0
        if waitpid(pid, &raw, 0) == pid { status = raw }
    }

    private func monotonicSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
