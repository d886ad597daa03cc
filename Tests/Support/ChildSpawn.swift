import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts and reaps child processes for tests, with `posix_spawn` and `waitpid`.
///
/// Not `Foundation.Process`: under Swift Testing its `waitUntilExit()` sometimes never returned while other
/// suites spawned children, and Swift Testing's threads block signals (SIGCHLD, SIGTERM, SIGWINCH) that a child
/// would inherit. Children start with an empty signal mask and default handlers.
package enum ChildSpawn {
    /// Starts `path` with `arguments` and file `actions`, and returns its pid.
    ///
    /// - Parameter environment: `NAME=value` entries, or nil for this process's environment.
    package static func start(
        _ path: String,
        _ arguments: [String],
        actions: inout posix_spawn_file_actions_t,
        environment: [String]? = nil
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup($0) } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid = pid_t()
        let result =
            envp.map { posix_spawn(&pid, path, &actions, &attributes, argv, $0) }
            ?? posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path, "errno": result])
        }
        return pid
    }

    /// Waits for the child `pid` and returns its raw wait status.
    package static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }
}
