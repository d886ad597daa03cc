import Foundation
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry
import Testing

/// Reading a dump on two threads must give the frame and the report a sequential read gives.
struct SplitDumpReaderTests {
    /// A federate-like text 0.0.4 dump: tracked request and TLS series among many untracked buckets, with
    /// timestamps, a `#` inside a label value, an unlabelled sample, a float timestamp and a broken line.
    static func dump(workloads: Int, extra: String = "") -> String {
        var text = "# TYPE istio_requests_total untyped\n"
        for index in 0..<workloads {
            let pod = "pod=\"web-\(index)-7d9f\",namespace=\"ns\(index % 7)\""
            let policy = index % 5 == 0 ? "none" : "mutual_tls"
            text +=
                "istio_requests_total{connection_security_policy=\"\(policy)\",destination_workload=\"api\(index % 11)\","
            text +=
                "destination_workload_namespace=\"ns\(index % 7)\",reporter=\"destination\",source_workload=\"web\(index)\","
            text += "source_workload_namespace=\"ns\(index % 3)\",\(pod)} \(index * 3) \(1_700_000_000_000 + index)\n"
            for bound in ["1", "5", "10", "+Inf"] {
                text += "istio_request_duration_milliseconds_bucket{le=\"\(bound)\",\(pod),note=\"a}b\"} \(index) "
                text += "\(1_700_000_000_000 + index * 2)\n"
            }
            text +=
                "envoy_cluster_ssl_handshake{cluster_name=\"outbound|80||api.ns.svc\",\(pod)} \(index) 1700000000000\n"
            if index % 97 == 0 { text += "process_open_fds{comment=\"# not an exemplar\"} 12 1700000000000\n" }
            if index % 89 == 0 { text += "up 1 1700000000000\n" }
            if index % 83 == 0 { text += "odd_timestamp{a=\"b\"} 1 1700000000.5\n" }
            if index % 79 == 0 { text += "broken_line{a=\"b\"} not-a-number\n" }
        }
        return text + extra
    }

    /// The frame and the JSON report of `path`, read sequentially or split.
    static func read(_ path: String, split: Bool, keptLimit: Int = SplitDumpReader.keptLimit) async throws -> (
        frame: Frame, report: String, didSplit: Bool
    ) {
        let model = MeshModel()
        var accumulator = model.makeAccumulator(source: "dump", scrapeTime: 1_700_000_100_000)
        var parser = TelemetryParser(options: ParseOptions())
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        var didSplit = false
        if split {
            didSplit = try await SplitDumpReader.read(
                path,
                parser: &parser,
                into: &accumulator,
                buffer: buffer,
                minimumSize: 0,
                keptLimit: keptLimit
            )
        }
        if !didSplit {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
        }
        parser.finish(into: &accumulator)
        let frame = accumulator.frame
        model.add(frame)
        var report: [UInt8] = []
        model.snapshot().writeJSON { report.append(contentsOf: $0) }
        return (frame, String(decoding: report, as: UTF8.self), didSplit)
    }

    static func expectSameFrame(_ split: Frame, _ sequential: Frame) {
        #expect(split.values == sequential.values)
        #expect(split.samples == sequential.samples)
        #expect(split.issues == sequential.issues)
        #expect(split.newestSampleTimestamp == sequential.newestSampleTimestamp)
        #expect(split.sslStatsPresent == sequential.sslStatsPresent)
    }

    @Test(arguments: [SplitDumpReader.keptLimit, 4096, 0])
    func aSplitReadGivesTheSequentialFrameAndReport(keptLimit: Int) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("federate.prom")
        try Self.dump(workloads: 600).write(toFile: path, atomically: true, encoding: .utf8)
        let sequential = try await Self.read(path, split: false)
        let split = try await Self.read(path, split: true, keptLimit: keptLimit)
        #expect(split.didSplit)
        Self.expectSameFrame(split.frame, sequential.frame)
        #expect(split.report == sequential.report)
        #expect(sequential.frame.issues > 0)
        #expect(sequential.frame.values.count == 1200)
    }

    @Test(arguments: [
        "# EOF\n", "# UNIT x_seconds seconds\n", "# TYPE late info\n", "# POD other (2 of 2)\n",
    ])
    func aLineThatMayChangeTheDialectHandsTheRestToTheParser(comment: String) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("concatenated.prom")
        let text =
            Self.dump(workloads: 200) + comment + Self.dump(workloads: 200).replacingOccurrences(of: "web", with: "app")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let sequential = try await Self.read(path, split: false)
        let split = try await Self.read(path, split: true)
        #expect(split.didSplit)
        Self.expectSameFrame(split.frame, sequential.frame)
        #expect(split.report == sequential.report)
    }

    @Test func aFileWithoutAFinalNewlineLosesNoSample() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("unterminated.prom")
        let text = Self.dump(workloads: 300) + "istio_request_bytes_bucket{le=\"1\",pod=\"x\"} 4 1700000009999"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let sequential = try await Self.read(path, split: false)
        let split = try await Self.read(path, split: true)
        #expect(split.didSplit)
        Self.expectSameFrame(split.frame, sequential.frame)
        #expect(split.frame.newestSampleTimestamp == 1_700_000_009_999)
    }

    @Test func otherFormatsAndSmallFilesAreLeftToTheSequentialRead() async throws {
        let directory = try TemporaryDirectory()
        let envoy = directory.path("stats.txt")
        try String(repeating: "cluster.outbound|80||a.ns.svc.cluster.local.ssl.handshake: 3\n", count: 2000)
            .write(toFile: envoy, atomically: true, encoding: .utf8)
        let small = directory.path("small.prom")
        try Self.dump(workloads: 5).write(toFile: small, atomically: true, encoding: .utf8)
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        for (path, minimum) in [(envoy, 0), (small, 1 << 20), (directory.path("missing.prom"), 0)] {
            let model = MeshModel()
            var accumulator = model.makeAccumulator(source: "dump", scrapeTime: 0)
            var parser = TelemetryParser(options: ParseOptions())
            let used = try await SplitDumpReader.read(
                path,
                parser: &parser,
                into: &accumulator,
                buffer: buffer,
                minimumSize: minimum
            )
            #expect(!used, "\(path)")
            #expect(accumulator.frame.samples == 0)
        }
    }
}
