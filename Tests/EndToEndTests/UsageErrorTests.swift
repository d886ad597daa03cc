import Foundation
import Testing

/// What meshtop says when an option's value is wrong: which option, and what is wrong with it.
@Suite("usage errors")
struct UsageErrorTests {
    private func meshtop(_ arguments: [String]) throws -> ProcessCapture.Result {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        return try ProcessCapture.run(MeshtopBinary.url, arguments)
    }

    @Test(
        "A zero duration must be positive; a malformed one is not a duration",
        arguments: [
            (["-i", "0s", "--once"], "--interval '0s' must be positive"),
            (["--interval", "0ms", "--once"], "--interval '0ms' must be positive"),
            (["-i", "soon", "--once"], "--interval 'soon' is not a duration such as 5s or 1m"),
            (["record", "x.prom", "-o", "x.mtrec.gz", "-i", "0"], "--interval '0' must be positive"),
            (["record", "x.prom", "-o", "x.mtrec.gz", "--duration", "0m"], "--duration '0m' must be positive"),
            (["record", "x.prom", "-o", "x.mtrec.gz", "--duration", "1x"], "--duration '1x' is not a duration"),
        ]
    )
    func durations(arguments: [String], message: String) throws {
        let run = try meshtop(arguments)
        #expect(run.status == 64)
        #expect(run.error.contains("Error: \(message)"), "\(run.error)")
    }

    @Test("A zero --timeout must be positive, and nothing is recorded")
    func zeroTimeout() throws {
        let sample = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/istio-sidecar.prom").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "meshtop-\(UUID().uuidString).mtrec.gz"
        )
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try meshtop(["record", sample, "-o", output.path, "--timeout", "0s"])
        #expect(run.status == 64)
        #expect(run.error.contains("Error: --timeout '0s' must be positive"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Started as `/meshtop` (the binary at the file system's root, as argv[0] says), every parent
    /// directory's `themes` is `/themes`: it is listed once.
    @Test("An unknown theme lists each directory looked in once")
    func themeSearchPathHasNoDuplicates() throws {
        let run = try ProcessCapture.run(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "exec -a /meshtop \"$0\" --theme no-such-theme --once", MeshtopBinary.url.path]
        )
        #expect(run.status == 64)
        let message = try #require(run.error.split(separator: "\n").first { $0.contains("no theme 'no-such-theme'") })
        let list = try #require(message.range(of: "(looked in ")).upperBound
        let directories = message[list...].dropLast().components(separatedBy: ", ")
        #expect(directories.contains("/themes"))
        #expect(Set(directories).count == directories.count, "\(directories)")
    }
}
