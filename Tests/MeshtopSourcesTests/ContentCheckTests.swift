import MeshtopSources
import Testing

@Suite struct ContentCheckTests {
    private func frame(_ text: String) -> ScrapeFrame {
        ScrapeFrame(bytes: Array(text.utf8), source: "s", timestampMilliseconds: 0)
    }

    @Test func telemetryHasNoProblem() {
        #expect(ContentCheck.problem(in: frame("# TYPE up gauge\nup 1\n")) == nil)
        #expect(ContentCheck.problem(in: frame("cluster.xds-grpc.ssl.handshake: 3\n")) == nil)
    }

    @Test func anHTMLErrorPageIsNotTelemetry() {
        let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n"
        #expect(ContentCheck.problem(in: frame(page)) == "not a telemetry format")
    }

    @Test func binaryGarbageIsNotTelemetry() {
        let garbage = ScrapeFrame(bytes: LoopbackHTTPServer.garbage, source: "s", timestampMilliseconds: 0)
        #expect(ContentCheck.problem(in: garbage) == "not telemetry text (binary data at byte 1)")
    }

    @Test func emptyAndCommentOnlyResponsesAreNamedAsSuch() {
        #expect(ContentCheck.problem(in: frame("")) == "empty response")
        #expect(ContentCheck.problem(in: frame("# nothing to report\n")) == "no samples")
    }
}

extension ContentCheckTests {
    @Test func aSourcesNoticeOnGoodDataIsTheHealthLine() {
        var noted = frame("# TYPE up gauge\nup 1\n")
        noted.notice = "federate fetched 80 MB in 2.1 s per refresh"
        #expect(ContentCheck.problem(in: noted) == "federate fetched 80 MB in 2.1 s per refresh")
        var empty = frame("")
        empty.notice = "federate fetched 80 MB in 2.1 s per refresh"
        #expect(ContentCheck.problem(in: empty) == "empty response")
    }
}
