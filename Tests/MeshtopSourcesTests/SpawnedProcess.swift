import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child started with `posix_spawn` and reaped with `waitpid`.
///
/// Not `Foundation.Process`: under Swift Testing its `waitUntilExit()` sometimes never returned while
/// other suites spawned children. The child gets an empty signal mask and default handlers.
struct SpawnedProcess {
    /// The child's process id.
    let pid: pid_t

    /// Starts `executable` with `arguments`; standard output goes to `outputPath` (else /dev/null), standard
    /// error to `errorPath` (else it is inherited).
    init(_ executable: String, _ arguments: [String], outputPath: String? = nil, errorPath: String? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let errorPath {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
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
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child = pid_t()
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        guard result == 0 else { throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable]) }
        pid = child
    }

    /// Waits for the child and returns its raw wait status.
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status
    }

    /// Whether a raw wait status means the child was ended by a signal.
    static func wasSignaled(_ status: Int32) -> Bool { status & 0x7f != 0 && status & 0x7f != 0x7f }
}
