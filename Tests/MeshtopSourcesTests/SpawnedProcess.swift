import Foundation
import MeshtopTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A child started and reaped by ``ChildSpawn``, reading nothing, its output sent to files.
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
        pid = try ChildSpawn.start(executable, arguments, actions: &actions)
    }

    /// Waits for the child and returns its raw wait status.
    func wait() -> Int32 { ChildSpawn.wait(pid) }

    /// Whether a raw wait status means the child was ended by a signal.
    static func wasSignaled(_ status: Int32) -> Bool { status & 0x7f != 0 && status & 0x7f != 0x7f }
}
