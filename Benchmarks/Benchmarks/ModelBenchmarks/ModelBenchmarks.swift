import Benchmark
import MeshDumpGenerator
import MeshtopModel
import MeshtopTelemetry

/// Parses `bytes` into the model as one scrape of one source, as `meshtop report` does.
private func ingest(_ bytes: [UInt8], into model: MeshModel, source: String, time: Int64) {
    var accumulator = model.makeAccumulator(source: source, scrapeTime: time)
    var parser = TelemetryParser()
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let end = min(offset + (1 << 20), raw.count)
            parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), into: &accumulator)
            offset = end
        }
    }
    parser.finish(into: &accumulator)
    accumulator.setTime(time)
    _ = model.add(accumulator.frame)
}

/// A federate dump of `edges` distinct mutual-TLS edges, one request series each, between 1000 callers and
/// `edges / 1000` destinations: every series is its own edge.
private func distinctEdgeDump(edges: Int) -> [UInt8] {
    var text = "# TYPE istio_requests_total counter\n"
    for index in 0..<edges {
        let (source, destination) = (index % 1000, index / 1000)
        let (sourceNamespace, destinationNamespace) = ("ns-\(source % 10)", "ns-\(destination % 10)")
        text += "istio_requests_total{reporter=\"destination\",source_workload=\"src-\(source)\","
        text += "source_workload_namespace=\"\(sourceNamespace)\",destination_workload=\"dst-\(destination)\","
        text += "destination_workload_namespace=\"\(destinationNamespace)\","
        text += "destination_principal=\"spiffe://cluster.local/ns/\(destinationNamespace)/sa/dst-\(destination)\","
        text += "connection_security_policy=\"mutual_tls\",response_code=\"200\"} \(1 + index % 97)\n"
    }
    return Array(text.utf8)
}

private func edgeMemoryBenchmarks() {
    // What a report holds per distinct edge series: the peak resident memory of 200k edges less that of
    // 100k, over 100k (fixed costs cancel), watched so that it does not creep back up. (The release binary's
    // `report`, measured the same way with `/usr/bin/time -v` on 200k and 1M edges, held 1065 bytes a
    // series before the snapshot builder's parts were cut down, 773 after.)
    for edges in [100_000, 200_000] {
        let dump = distinctEdgeDump(edges: edges)
        Benchmark(
            "Model: \(edges / 1000)k distinct edge series, snapshot and JSON report",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                maxDuration: .seconds(10),
                maxIterations: 5
            )
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let model = MeshModel(thresholds: Thresholds(evidenceLimit: 0))
                ingest(dump, into: model, source: "federate", time: 1_795_000_000_000)
                let snapshot = model.snapshot()
                var bytes = 0
                snapshot.writeJSON { bytes += $0.count }
                blackHole(bytes)
            }
        }
    }
}

private let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, .throughput]

let benchmarks: @Sendable () -> Void = {
    edgeMemoryBenchmarks()
    for lines in [10_000, 100_000] {
        let first = MeshDumpGenerator.dump(style: .federate, lines: lines, seed: 42)
        let second = MeshDumpGenerator.dump(style: .federate, lines: lines, seed: 42)
        Benchmark(
            "Model: parse and aggregate a federate dump of \(lines / 1000)k lines",
            configuration: .init(metrics: metrics, maxDuration: .seconds(5), maxIterations: 30)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let model = MeshModel()
                ingest(first, into: model, source: "federate", time: 1_795_000_000_000)
                blackHole(model)
            }
        }
        Benchmark(
            "Model: two scrapes of \(lines / 1000)k lines, snapshot and JSON report",
            configuration: .init(metrics: metrics, maxDuration: .seconds(5), maxIterations: 30)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let model = MeshModel()
                ingest(first, into: model, source: "federate", time: 1_795_000_000_000)
                ingest(second, into: model, source: "federate", time: 1_795_000_015_000)
                var bytes = 0
                model.snapshot().writeJSON { bytes += $0.count }
                blackHole(bytes)
            }
        }
    }
}
