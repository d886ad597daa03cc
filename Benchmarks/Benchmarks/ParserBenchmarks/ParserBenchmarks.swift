import Benchmark
import Foundation
import MeshDumpGenerator
import MeshtopTelemetry

/// Counts samples and folds their values, so the optimiser cannot drop the parse.
private struct CountingConsumer: SampleConsumer {
    var samples = 0
    var labels = 0
    var sum = 0.0

    mutating func consume(_ sample: SampleView) {
        samples += 1
        labels += sample.labels.count
        sum += sample.value.isFinite ? sample.value : 0
    }
}

/// Parses `bytes` as the streaming sources do: through a 1 MiB window.
private func parseInMemory(_ bytes: [UInt8]) -> CountingConsumer {
    var parser = TelemetryParser()
    var consumer = CountingConsumer()
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let end = min(offset + (1 << 20), raw.count)
            parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), into: &consumer)
            offset = end
        }
    }
    parser.finish(into: &consumer)
    return consumer
}

/// Streams a file from disk through one reused 1 MiB buffer, as `meshtop inspect` and `report` do.
private func parseFile(_ path: String) -> CountingConsumer {
    var parser = TelemetryParser()
    var consumer = CountingConsumer()
    let descriptor = open(path, O_RDONLY)
    precondition(descriptor >= 0, "cannot open \(path)")
    defer { close(descriptor) }
    // Page-aligned, as meshtop's own read buffer: the kernel copies into a misaligned buffer several times slower.
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 4096)
    defer { buffer.deallocate() }
    while true {
        let count = read(descriptor, buffer.baseAddress, buffer.count)
        if count <= 0 { break }
        parser.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), into: &consumer)
    }
    parser.finish(into: &consumer)
    return consumer
}

/// Writes a generated dump to a temporary file once and returns its path.
private func dumpFile(_ style: MeshDumpGenerator.Style, lines: Int) -> String {
    let path = NSTemporaryDirectory() + "meshtop-bench-\(style.rawValue)-\(lines).txt"
    if FileManager.default.fileExists(atPath: path) { return path }
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
    else { fatalError("cannot write \(path)") }
    MeshDumpGenerator.write(style: style, lines: lines) { handle.write(Data($0.utf8)) }
    try? handle.close()
    return path
}

/// Megabytes (10^6 bytes) parsed per second of wall clock, recorded by ``measuringSpeed(of:in:_:)``.
private let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

private let metrics: [BenchmarkMetric] = [
    .wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, .throughput, megabytesPerSecond,
]

/// Runs `body` once per scaled iteration and records its speed over `byteCount` bytes in MB/s.
private func measuringSpeed(of byteCount: Int, in benchmark: Benchmark, _ body: () -> Void) {
    for _ in benchmark.scaledIterations {
        let start = ContinuousClock.now
        body()
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        let elapsed = Double(seconds) + Double(attoseconds) / 1e18
        benchmark.measurement(megabytesPerSecond, Int((Double(byteCount) / 1e6 / elapsed).rounded()))
    }
}

/// The size of the file at `path`.
private func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}

let benchmarks: @Sendable () -> Void = {
    for style in MeshDumpGenerator.Style.allCases {
        for lines in [10_000, 100_000] {
            let bytes = MeshDumpGenerator.dump(style: style, lines: lines)
            let megabytes = Double(bytes.count) / 1_000_000
            Benchmark(
                "Parse \(style.rawValue) \(lines / 1000)k lines in memory (\(String(format: "%.1f", megabytes)) MB)",
                configuration: .init(metrics: metrics, maxDuration: .seconds(5), maxIterations: 50)
            ) { benchmark in
                measuringSpeed(of: bytes.count, in: benchmark) { blackHole(parseInMemory(bytes)) }
            }
        }
    }
    for style in [MeshDumpGenerator.Style.federate, .envoy] {
        Benchmark(
            "Parse \(style.rawValue) 1M lines streamed from a file",
            configuration: .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 5)
        ) { benchmark, path in
            measuringSpeed(of: fileSize(path), in: benchmark) { blackHole(parseFile(path)) }
        } setup: {
            dumpFile(style, lines: 1_000_000)
        }
    }
    // Dumps made elsewhere (for example the peer benchmark's inputs), to measure on the same files as others:
    // MESHTOP_BENCH_FILES=/data/envoy-1m.txt:/data/fed-1m.prom swift package benchmark --target ParserBenchmarks
    let files = ProcessInfo.processInfo.environment["MESHTOP_BENCH_FILES"]?.split(separator: ":") ?? []
    for path in files.map(String.init) where FileManager.default.isReadableFile(atPath: path) {
        let name = (path as NSString).lastPathComponent
        Benchmark(
            "Parse \(name) streamed from a file",
            configuration: .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 15)
        ) { benchmark in
            measuringSpeed(of: fileSize(path), in: benchmark) { blackHole(parseFile(path)) }
        }
        Benchmark(
            "Parse \(name) in memory",
            configuration: .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 15)
        ) { benchmark, bytes in
            measuringSpeed(of: bytes.count, in: benchmark) { blackHole(parseInMemory(bytes)) }
        } setup: {
            [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        }
    }
}
