import MeshtopSources
import MeshtopTelemetry
import Testing

/// A recorded frame's header names the format its text is in, not `format=unknown`.
struct RecordedFormatTests {
    private func header(_ text: String, format: TelemetryFormat? = nil) -> String {
        let frame = ScrapeFrame(bytes: Array(text.utf8), source: "s", timestampMilliseconds: 1_000, format: format)
        let stored = FrameHeader.storedText(of: frame)
        return String(decoding: stored.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    @Test(arguments: [
        ("up 1\n", "prometheus"),
        ("# TYPE up gauge\nup 1\n# EOF\n", "openmetrics"),
        ("cluster.x.ssl.handshake: 3\n", "envoy"),
        ("{\"stats\":[{\"name\":\"a\",\"value\":1}]}", "envoy-json"),
        ("", "unknown"),
    ])
    func `the header names the format the text is in`(text: String, format: String) {
        #expect(header(text).contains(" format=\(format) "))
    }

    @Test func `a format the source announced is kept`() {
        #expect(header("up 1\n", format: .openMetrics).contains(" format=openmetrics "))
    }
}
