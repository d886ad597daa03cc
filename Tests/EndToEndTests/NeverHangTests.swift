import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Input that never ends, or a FIFO nobody writes to, cannot keep a command running forever.
@Suite struct NeverHangTests {
    /// Runs meshtop under `timeout`, so a hang fails the test (status 124) instead of stalling the suite.
    static func run(_ arguments: [String], seconds: Int = 40) throws -> ProcessCapture.Result {
        try ProcessCapture.run(
            URL(fileURLWithPath: "/usr/bin/timeout"),
            ["\(seconds)", MeshtopBinary.url.path] + arguments
        )
    }

    @Test(arguments: [["report", "/dev/zero"], ["inspect", "/dev/zero"], ["--once", "/dev/zero"]])
    func binaryInputThatNeverEndsStopsOnceJudged(arguments: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let result = try Self.run(arguments)
        #expect(result.status != 124, "still reading /dev/zero")
    }

    @Test func onceOnAFIFOWithoutAWriterEndsWithTheSourceFailing() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-fifo-\(UUID())").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let result = try Self.run(["--once", "--width", "100", "--height", "12", path])
        #expect(result.status != 124, "blocked on the FIFO")
        #expect(result.output.contains("1 failing"), "\(result.output)")
    }
}
