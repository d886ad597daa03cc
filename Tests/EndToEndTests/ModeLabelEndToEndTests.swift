import Testing

/// The title bar says what the data is: SNAPSHOT for files read once, LIVE for sources that deliver, STALE
/// when none does.
@Suite struct ModeLabelEndToEndTests {
    static let dump = Array(
        "istio_requests_total{reporter=\"destination\",connection_security_policy=\"mutual_tls\"} 5\n".utf8
    )

    private func title(_ run: TruthfulRun) -> String {
        String(run.output.split(separator: "\n").first ?? "")
    }

    @Test func `a file read once is a snapshot, without a ticking age`() throws {
        let run = try TruthfulRun(files: ["a.prom": Self.dump], ["--once", "a.prom"])
        #expect(run.status == 0)
        #expect(title(run).hasSuffix("SNAPSHOT"))
        #expect(!run.output.contains("(age "))
    }

    @Test func `a followed file that delivers is live`() throws {
        let run = try TruthfulRun(files: ["a.prom": Self.dump], ["--once", "-i", "5s", "a.prom"])
        #expect(title(run).hasSuffix("LIVE"))
    }

    @Test func `sources that all fail are stale`() throws {
        let run = try TruthfulRun(["--once", "http://127.0.0.1:1/metrics"])
        #expect(title(run).hasSuffix("STALE"))
        // The frame is printed, but nothing could be read: the exit status says so, naming the source.
        #expect(run.status == 2)
        #expect(run.error.contains("127.0.0.1:1"), "\(run.error)")
    }

    @Test func `a recording is replayed`() throws {
        let run = try TruthfulRun([TruthfulRun.sampleRecording, "--once"])
        #expect(run.status == 0)
        #expect(title(run).contains("PAUSED") || title(run).contains("REPLAY"))
    }
}
