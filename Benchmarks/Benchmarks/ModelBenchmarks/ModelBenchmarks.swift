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

private let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, .throughput]

let benchmarks: @Sendable () -> Void = {
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
