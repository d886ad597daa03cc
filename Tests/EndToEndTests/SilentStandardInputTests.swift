import Foundation
import MeshtopTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A command reading standard input that nobody writes to says what it waits for instead of hanging mute,
/// and one with a timeout ends.
@Suite struct SilentStandardInputTests {
    /// Starts meshtop with `arguments` under `timeout` (so a hang ends as status 124), its standard input a
    /// pipe whose writer the test holds; stderr goes to a file.
    static func start(_ arguments: [String]) throws -> (pid: pid_t, writer: Int32, errorPath: String) {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-stdin-\(UUID())").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let pid = try ChildSpawn.start(
            "/usr/bin/timeout",
            ["40", MeshtopBinary.url.path] + arguments,
            actions: &actions
        )
        close(ends[0])
        return (pid, ends[1], errorPath)
    }

    /// Waits up to 20 s for the file at `path` to contain `text`.
    static func waitFor(_ text: String, in path: String) -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(20)
        var content = ""
        while clock.now < deadline {
            content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if content.contains(text) { break }
            usleep(50_000)
        }
        return content
    }

    @Test func reportSaysItWaitsForASilentStandardInput() throws {
        let (pid, writer, errorPath) = try Self.start(["report", "-"])
        defer { unlink(errorPath) }
        let error = Self.waitFor("waiting for telemetry on standard input", in: errorPath)
        #expect(error.contains("meshtop report: waiting for telemetry on standard input"), "\(error)")
        _ = "istio_requests_total 1\n".withCString { write(writer, $0, strlen($0)) }
        close(writer)
        let status = ChildSpawn.wait(pid)
        #expect(status & 0x7f == 0 && (status >> 8) & 0xff == 0, "status \(status)")
    }

    @Test func oncePrintsWhatItWaitsForAndHonoursTheTimeout() throws {
        let (pid, writer, errorPath) = try Self.start(["--once", "--timeout", "3s", "-"])
        defer {
            close(writer)
            unlink(errorPath)
        }
        let status = ChildSpawn.wait(pid)
        #expect((status >> 8) & 0xff != 124, "still waiting for standard input")
        let error = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        #expect(error.contains("meshtop: waiting for telemetry on standard input"), "\(error)")
    }
}
