import Foundation
import MeshtopTestSupport

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
        let pid = try ChildSpawn.start(command[0], Array(command.dropFirst()) + arguments, actions: &actions)
        let status = ChildSpawn.wait(pid)
        let exited = status & 0x7f == 0
        return Result(
            output: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorPath)), as: UTF8.self),
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        )
    }
}
