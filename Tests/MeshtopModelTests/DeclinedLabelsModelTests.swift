import Foundation
import MeshtopModel
import MeshtopTelemetry
import Testing

/// Forwards to a ``FrameAccumulator`` but asks for every label, as a parser without the skip would give.
private struct EveryLabel: SampleConsumer {
    var accumulator: FrameAccumulator

    mutating func consume(_ sample: SampleView) { accumulator.consume(sample) }
    mutating func report(_ issue: ParseIssue) { accumulator.report(issue) }
}

/// The accumulator declines the labels of series the model ignores; the report must not change for it.
struct DeclinedLabelsModelTests {
    static let files = [
        "istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom",
        "envoy-prometheus-kuma-dataplane-excerpt.prom",
        "linkerd-proxy-authz-tls-no-identity.prom",
        "linkerd-proxy-metrics-opaque-pod.prom",
        "certmanager-controller-metrics-datadog.prom",
        "istio-ambient-ztunnel-1.24-metrics-datadog.prom",
        "prom-text-INVALID-duplicate-type-istio-nonconforming-datadog.prom",
    ]

    /// The JSON report of `bytes` parsed once as one scrape, declining labels or not.
    static func report(_ bytes: [UInt8], declining: Bool) -> String {
        let model = MeshModel()
        let accumulator = model.makeAccumulator(source: "dump", scrapeTime: CorpusModelTests.now)
        var parser = TelemetryParser(options: ParseOptions())
        let frame: Frame
        if declining {
            var consumer = accumulator
            bytes.withUnsafeBytes { parser.feed($0, into: &consumer) }
            parser.finish(into: &consumer)
            frame = consumer.frame
        } else {
            var consumer = EveryLabel(accumulator: accumulator)
            bytes.withUnsafeBytes { parser.feed($0, into: &consumer) }
            parser.finish(into: &consumer)
            frame = consumer.accumulator.frame
        }
        model.add(frame)
        var json: [UInt8] = []
        model.snapshot().writeJSON { json.append(contentsOf: $0) }
        return String(decoding: json, as: UTF8.self)
    }

    @Test(arguments: files)
    func theReportIsTheSameWhetherIgnoredSeriesKeepTheirLabels(file: String) throws {
        let bytes = try [UInt8](Data(contentsOf: CorpusModelTests.fixtures.appendingPathComponent(file)))
        let declined = Self.report(bytes, declining: true)
        #expect(declined == Self.report(bytes, declining: false))
        #expect(declined.contains("\"workloads\""))
    }

    @Test func theBundledSidecarSampleReportsTheSameWhetherIgnoredSeriesKeepTheirLabels() throws {
        let sample = CorpusModelTests.fixtures
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-telemetry/istio-sidecar.prom")
        let bytes = try [UInt8](Data(contentsOf: sample))
        let declined = Self.report(bytes, declining: true)
        #expect(declined == Self.report(bytes, declining: false))
        #expect(declined.contains("\"mutual_tls\""))
    }
}
