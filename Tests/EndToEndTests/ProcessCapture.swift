import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command to completion with its output captured in temporary files.
///
/// `posix_spawn` and `waitpid`, not `Foundation.Process`: under Swift Testing, `Process.waitUntilExit()`
/// sometimes never returned (its exit monitor stalled while other suites spawned children), which hung a CI
/// run; and a pipe read interrupted by SIGCHLD ended early, cutting messages to their first byte. Files are
/// read after the child has exited, whole.
enum ProcessCapture {
    /// What a finished command printed and how it exited.
    struct Result {
        var output: String
        var error: String
        var status: Int32
    }

    /// Runs `executable` with `arguments` (in `directory`, reading `input`) and waits for it to exit.
    ///
    /// The child gets an empty signal mask and default handlers, whatever the test thread blocks.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        in workingDirectory: URL? = nil,
        input: String = ""
    ) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-capture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputPath = directory.appendingPathComponent("stdin").path
        let outputPath = directory.appendingPathComponent("stdout").path
        let errorPath = directory.appendingPathComponent("stderr").path
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // posix_spawn has no portable way to change directory: coreutils' `env -C` does it for the child.
        let command =
            workingDirectory.map { ["/usr/bin/env", "-C", $0.path, executable.path] } ?? [executable.path]
        let pid = try spawn(command[0], Array(command.dropFirst()) + arguments, actions: &actions)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(
            output: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorPath)), as: UTF8.self),
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        )
    }

    /// Starts `path` with `arguments` with an empty signal mask and default handlers (Swift Testing's threads
    /// block signals such as SIGCHLD and SIGWINCH, and a child would inherit that), and returns its pid.
    ///
    /// - Parameter environment: `NAME=value` entries, or nil for this process's environment.
    static func spawn(
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
}
