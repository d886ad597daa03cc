import MeshtopTelemetry
import Testing

/// A consumer that keeps everything but declines the labels of the names `declines` picks.
private struct DecliningCollector: SampleConsumer {
    var collector = SampleCollector()
    let declines: (String) -> Bool

    mutating func consume(_ sample: SampleView) { collector.consume(sample) }
    mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        collector.declare(family: name, kind: kind)
    }
    mutating func report(_ issue: ParseIssue) { collector.report(issue) }
    mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool {
        !declines(String(decoding: name, as: UTF8.self))
    }
}

/// Parses `bytes` through a 4 KiB window, declining the labels `declines` picks.
private func parse(_ bytes: [UInt8], declining declines: @escaping (String) -> Bool) -> ParsedDump {
    var parser = TelemetryParser(options: ParseOptions())
    var consumer = DecliningCollector(declines: declines)
    bytes.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
            let end = min(offset + 4096, all.count)
            parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), into: &consumer)
            offset = end
        }
    }
    parser.finish(into: &consumer)
    return consumer.collector.dump(of: parser)
}

/// A sample with its labels dropped, as a consumer that declined them receives it.
private func withoutLabels(_ sample: Sample) -> Sample {
    var copy = sample
    copy.labels = []
    return copy
}

/// Declining labels lets the parser skip reading them: everything else a consumer sees must stay the same.
struct DeclinedLabelsTests {
    static let files = CorpusTests.formats.keys.filter { !$0.contains("netdata") }.sorted()

    @Test(arguments: files)
    func declinedSamplesKeepNameValueTimestampAndLineInEveryFixture(name: String) throws {
        let bytes = try TestFiles.fixture(name)
        let full = parse(bytes, declining: { _ in false })
        let declined = parse(bytes, declining: { _ in true })
        #expect(declined.samples.count == full.samples.count)
        for (kept, skipped) in zip(full.samples, declined.samples) {
            #expect(sameSample(withoutLabels(kept), withoutLabels(skipped)), "line \(kept.line)")
        }
        #expect(declined.issues == full.issues)
        #expect(declined.families.map(\.name) == full.families.map(\.name))
    }

    @Test func onlyTheDeclinedNamesLoseTheirLabels() {
        let text = """
            # TYPE kept counter
            kept{a="1"} 1
            dropped{a="1",b="2"} 2 1700000000000
            kept{a="2"} 3

            """
        let dump = parse(Array(text.utf8), declining: { $0 == "dropped" })
        #expect(dump.samples.map(\.labels.count) == [1, 0, 1])
        #expect(dump.samples[1].value == 2)
        #expect(dump.samples[1].timestampMilliseconds == 1_700_000_000_000)
    }

    /// Lines whose tail after the last `}` is not plainly `value [integer timestamp]`, or that hold a `#`,
    /// go through the full parser, so values, issues and exemplars come out as without declining.
    @Test(arguments: [
        #"x{a="}"} 1"#,
        ##"x{a="#"} 2 17"##,
        #"x{a="b"}3"#,
        #"x{} 4"#,
        #"x{a="b",} NaN"#,
        #"x{a="b"} +Inf 123"#,
        #"x{a="b"} -1.5e3 17"#,
        #"x{a="b"} 1 1.5"#,
        #"x{a="b"} 1 # {trace_id="t}"} 2"#,
        #"x{a="b"} oops"#,
        #"x{a="b"} 1 2 3"#,
        #"x {a="b"} 5"#,
        #"x{a="b\"}"} 6"#,
    ])
    func awkwardLinesReadTheSameDeclinedOrNot(line: String) {
        let bytes = Array((line + "\n").utf8)
        let full = parse(bytes, declining: { _ in false })
        let declined = parse(bytes, declining: { _ in true })
        #expect(declined.samples.count == full.samples.count)
        for (kept, skipped) in zip(full.samples, declined.samples) {
            #expect(sameSample(withoutLabels(kept), withoutLabels(skipped)))
        }
        #expect(declined.issues == full.issues)
    }
}
