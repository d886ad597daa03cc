import MeshtopTelemetry
import Testing

struct StreamingTests {
    @Test(arguments: [
        "istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom",
        "openmetrics-alltypes-exemplars-created.txt",
        "prom-text-edgecases-escaping-inf-nan.prom",
        "prom-text-INVALID-newline-in-label.prom",
        "linkerd-proxy-metrics-opaque-pod.prom",
    ])
    func chunkBoundariesDoNotChangeTheResult(file: String) throws {
        let bytes = try TestFiles.fixture(file)
        let whole = TelemetryParser.parse(bytes)
        #expect(!whole.samples.isEmpty || !whole.issues.isEmpty)
        for chunkSize in [1, 7, 4096] {
            #expect(sameDump(parse(bytes, chunkSize: chunkSize), whole), "chunks of \(chunkSize) bytes")
        }
    }

    @Test func chunkBoundariesDoNotMatterPastTheSniffingWindow() {
        var text = ""
        for index in 0..<3000 {
            text += "series_\(index % 7){pod=\"p-\(index)\",le=\"\(index)\"} \(index) \(index * 1000)\n"
        }
        text += "broken{ 1\nlast 1"
        let bytes = Array(text.utf8)
        #expect(bytes.count > 1 << 16)
        let whole = TelemetryParser.parse(bytes)
        #expect(whole.samples.count == 3001)
        #expect(whole.issues.count == 1)
        for chunkSize in [1, 7, 4096, 65_537] {
            #expect(sameDump(parse(bytes, chunkSize: chunkSize), whole), "chunks of \(chunkSize) bytes")
        }
    }

    @Test func aHugeLineWithoutNewlineGivesOneIssueAndBoundedMemory() {
        let options = ParseOptions(maxLineLength: 1 << 20)
        var parser = TelemetryParser(options: options)
        var collector = SampleCollector()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 16)
        var largestBuffer = 0
        chunk.withUnsafeBytes { bytes in
            for _ in 0..<800 {  // 50 MiB
                parser.feed(bytes, into: &collector)
                largestBuffer = max(largestBuffer, parser.bufferedBytes)
            }
        }
        parser.finish(into: &collector)
        let dump = collector.dump(of: parser)
        #expect(largestBuffer <= options.maxLineLength)
        #expect(dump.issues == [ParseIssue(line: 1, column: 1, reason: "line longer than 1048576 bytes")])
        #expect(dump.samples.isEmpty)
        #expect(dump.byteCount == 50 << 20)
    }

    @Test func parsingGoesOnAfterALongLine() {
        let text = String(repeating: "x", count: 5000) + "\nok 1\n" + String(repeating: "y", count: 3000) + "\nok 2"
        let options = ParseOptions(maxLineLength: 1000)
        let whole = parse(text, options: options)
        #expect(whole.samples.map(\.line) == [2, 4])
        #expect(whole.issues.map(\.line) == [1, 3])
        #expect(whole.issues.allSatisfy { $0.reason == "line longer than 1000 bytes" })
        for chunkSize in [1, 7, 999, 4096] {
            #expect(sameDump(parse(Array(text.utf8), chunkSize: chunkSize, options: options), whole))
        }
    }

    @Test func binaryInputStopsWithOneClearIssue() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var generator = SeededGenerator(seed: 7)
        let random = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for input in [png + random, random, Array("a 1\n".utf8) + [0] + random] {
            let dump = TelemetryParser.parse(input)
            #expect(dump.samples.isEmpty)
            #expect(dump.issues.count == 1)
            #expect(dump.issues.first?.reason.hasPrefix("not telemetry text (binary data at byte ") == true)
            #expect(sameDump(parse(input, chunkSize: 4096), dump))
        }
        #expect(TelemetryParser.parse(png).issues.first?.reason == "not telemetry text (binary data at byte 0)")
    }

    @Test func capsTheIssuesReportedAndCountsTheRest() {
        var parser = TelemetryParser(options: ParseOptions(maxReportedIssues: 5))
        var collector = SampleCollector()
        let text = Array(String(repeating: "bad line\n", count: 12).utf8)
        text.withUnsafeBytes { parser.feed($0, into: &collector) }
        parser.finish(into: &collector)
        #expect(collector.issues.count == 5)
        #expect(parser.suppressedIssueCount == 7)
    }

    @Test func moreDistinctFamiliesThanTheTableHoldsStillParse() {
        /// Keeps counts and the last sample's family, not every sample.
        struct Tail: SampleConsumer {
            var count = 0
            var issues = 0
            var last = ""
            mutating func consume(_ sample: SampleView) {
                count += 1
                if sample.line > 17_000 {
                    last = "\(String(decoding: sample.family, as: UTF8.self)):\(sample.kind.keyword)"
                }
            }
            mutating func report(_ issue: ParseIssue) { issues += 1 }
        }
        var bytes = Array("# TYPE h histogram\n".utf8)
        for index in 0..<17_000 { bytes += Array("m\(index) 1\n".utf8) }
        bytes += Array("# TYPE g gauge\ng 1\ng_sum 2\n".utf8)
        var parser = TelemetryParser()
        var tail = Tail()
        bytes.withUnsafeBytes { parser.feed($0, into: &tail) }
        parser.finish(into: &tail)
        #expect(tail.issues == 0)
        #expect(tail.count == 17_002)
        #expect(tail.last == "g_sum:untyped")
    }

    @Test func emptyInputHasNoFormatAndNoIssues() {
        let dump = parse("")
        #expect(dump.format == nil)
        #expect(dump.issues.isEmpty)
    }
}

struct FormatSnifferTests {
    @Test(arguments: [
        ("# TYPE a gauge\na 1\n", TelemetryFormat.prometheusText),
        ("{\"a.b\"} 1\n", .prometheusText),
        ("a{b=\"c: d\"} 1\n", .prometheusText),
        ("\n\n# TYPE a gauge\n# UNIT a seconds\na 1\n", .openMetrics),
        ("a 1\n# EOF", .openMetrics),
        ("a_total 1 # {t=\"x\"} 1\n", .openMetrics),
        ("cluster.outbound|9080||reviews.default.svc.cluster.local.ssl.handshake: 42\n", .envoyStats),
        ("server.version: \"1.2\"\n", .envoyStats),
        ("http.admin.downstream_rq_time: No recorded values\n", .envoyStats),
        ("{\"stats\":[{\"name\":\"a\",\"value\":1}]}", .envoyStatsJSON),
        ("{\n  \"stats\": []\n}\n", .envoyStatsJSON),
    ])
    func sniffsTheFormatFromContent(text: String, expected: TelemetryFormat) {
        let verdict = Array(text.utf8).withUnsafeBufferPointer { FormatSniffer.sniff($0) }
        #expect(verdict == .text(expected))
    }

    @Test func toleratesAFewNonUTF8BytesInText() {
        let bytes =
            Array("a{b=\"caf".utf8) + [0xE9] + Array("\"} 1\n".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 10)
        #expect(bytes.withUnsafeBufferPointer { FormatSniffer.binaryOffset($0) } == nil)
    }

    @Test func skipsAByteOrderMark() {
        let dump = parse("\u{FEFF}# TYPE a gauge\na 1\n")
        #expect(dump.issues == [])
        #expect(dump.samples.map(\.kind) == [.gauge])
    }

    @Test func envoyTextGoesToTheEnvoyParser() {
        let dump = parse("server.live: 1\n")
        #expect(dump.format == .envoyStats)
    }
}
