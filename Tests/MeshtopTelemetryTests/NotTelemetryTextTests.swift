import MeshtopTelemetry
import Testing

/// Binary input is named as such by the parser, so commands can refuse it instead of reporting nothing.
struct NotTelemetryTextTests {
    /// The start of a PNG file followed by bytes that are mostly not text.
    static let picture: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<512).map { UInt8($0 % 32) }

    @Test func `a picture stops the parser at the byte that gave it away`() {
        var parser = TelemetryParser()
        var collector = SampleCollector()
        Self.picture.withUnsafeBytes { parser.feed($0, into: &collector) }
        parser.finish(into: &collector)
        #expect(parser.binaryOffset == 0)
        #expect(NotTelemetryText.binaryOffset(of: Self.picture) == 0)
        #expect(
            NotTelemetryText(input: "picture.png", offset: 0).description
                == "picture.png: not telemetry text (binary data at byte 0)"
        )
    }

    @Test func `text has no binary offset`() {
        var parser = TelemetryParser()
        var collector = SampleCollector()
        Array("# TYPE up gauge\nup 1\n".utf8).withUnsafeBytes { parser.feed($0, into: &collector) }
        parser.finish(into: &collector)
        #expect(parser.binaryOffset == nil)
        #expect(NotTelemetryText.binaryOffset(of: Array("up 1\n".utf8)) == nil)
    }

    @Test func `the format of a whole input counts OpenMetrics syntax past the start`() {
        let late = Array((String(repeating: "a 1\n", count: 20_000) + "# TYPE build info\nbuild_info 1\n").utf8)
        #expect(TelemetryParser.format(of: late) == .openMetrics)
        #expect(TelemetryParser.format(of: Array("cluster.x.ssl.handshake: 3\n".utf8)) == .envoyStats)
        #expect(TelemetryParser.format(of: Self.picture) == nil)
        #expect(TelemetryParser.format(of: []) == nil)
    }
}
