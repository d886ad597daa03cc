import Testing

/// A file that is not there stops a command at startup, naming it, unless it is followed with -i (then it is
/// awaited, as a file another job will write).
@Suite struct MissingFileTests {
    @Test(arguments: [
        ["nosuch.prom"], ["--once", "nosuch.prom"], ["report", "nosuch.prom"], ["check", "nosuch.prom"],
    ])
    func `a missing file exits 2 naming it`(arguments: [String]) throws {
        let run = try TruthfulRun(arguments)
        #expect(run.status == 2)
        #expect(run.error.contains("nosuch.prom"))
        #expect(run.output.isEmpty)
    }

    @Test func `followed with -i, a missing file is awaited`() throws {
        let run = try TruthfulRun(["--once", "-i", "5s", "--width", "120", "nosuch.prom"])
        #expect(run.status == 0)
        #expect(run.output.contains("nosuch.prom: waiting for nosuch.prom"))
        #expect(!run.output.contains("no data yet,"))
    }
}
