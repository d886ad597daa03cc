import Benchmark
import Foundation
import MeshDumpGenerator
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources

/// Eight ticks of a mesh of `workloads` workloads, each called by ten others, scraped every 15 s by one
/// federate source; a 1m window at tick 6 or 7 holds four frames.
private final class MeshWindow {
    let timeline: SessionTimeline
    var flip = false

    init(workloads: Int) {
        let mesh = MeshShape(workloads: workloads, namespaces: max(workloads / 40, 1), callers: 10, seed: 42)
        let frames = TickFrames()
        let (first, bytes) = parsedFrame(of: mesh, elapsedSeconds: 0, source: "federate", catalog: frames.catalog)
        let (second, _) = parsedFrame(
            of: mesh,
            elapsedSeconds: scrapeSeconds,
            source: "federate",
            catalog: frames.catalog
        )
        for frame in extrapolatedFrames(from: first, second, count: 8) { frames.append(frame) }
        timeline = SessionTimeline(frames: frames)
        let window = timeline.window(atTick: 7).map { frames.frames(in: $0).count } ?? 0
        FileHandle.standardError.write(
            Data(
                "mesh: \(mesh.workloads.count) workloads, \(mesh.edges.count) edges; dump \(bytes) bytes, "
                    .utf8
            )
        )
        FileHandle.standardError.write(
            Data("\(first.values.count) tracked values a frame; \(window) frames in the window at tick 7\n".utf8)
        )
    }
}

/// A replay of a 5,760-frame recording (one day at 15 s) of one mid-size federate source.
private final class DayReplay {
    static let lines = 2_000
    static let frames = 5_760
    let session: ReplaySession
    let first: Int64
    let last: Int64
    var random = SplitMix64(seed: 12)

    init() throws {
        let reader = try RecordingReader(path: try recording(lines: Self.lines, frames: Self.frames))
        session = ReplaySession(reader: reader, start: .paused(at: nil))
        first = reader.frames.first?.timestampMilliseconds ?? 0
        last = reader.frames.last?.timestampMilliseconds ?? 0
    }

    /// A time anywhere in the recording, as typed at the `b` prompt (epoch milliseconds).
    func randomTarget() -> String {
        "\(first + Int64(random.next() % UInt64(last - first + 1)))"
    }
}

private let timeMetrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]

private let residentAfterHour = BenchmarkMetric.custom("RSS after 240 polls (MB)", useScalingFactor: false)
private let residentAfterTwoHours = BenchmarkMetric.custom("RSS after 480 polls (MB)", useScalingFactor: false)
private let keptAfterHour = BenchmarkMetric.custom("frames kept after 240 polls (MB)", useScalingFactor: false)
private let keptAfterTwoHours = BenchmarkMetric.custom("frames kept after 480 polls (MB)", useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    for workloads in [10_000, 1_000] {
        Benchmark(
            "Session: windowed snapshot of a fresh tick, \(workloads / 1000)k workloads / \(workloads / 100)k edges, 1m window",
            configuration: .init(
                metrics: timeMetrics,
                warmupIterations: 2,
                maxDuration: .seconds(10),
                maxIterations: 40
            ),
            closure: { benchmark, state in
                for _ in benchmark.scaledIterations {
                    // The timeline caches the last tick asked for: alternating between two ticks never hits it.
                    state.flip.toggle()
                    blackHole(state.timeline.windowSnapshot(atTick: state.flip ? 7 : 6))
                }
            },
            setup: { MeshWindow(workloads: workloads) }
        )
    }

    // What any windowed snapshot of this shape costs at least: its edges made afresh (here by copying the
    // previous tick's, which retains every string and evidence list) and the previous tick's let go.
    Benchmark(
        "Session: floor, copying and releasing the edges of a 10k-workload / 100k-edge window snapshot",
        configuration: .init(metrics: timeMetrics, warmupIterations: 2, maxDuration: .seconds(10), maxIterations: 40),
        closure: { benchmark, snapshot in
            for _ in benchmark.scaledIterations {
                var edges = snapshot.edges
                edges[0].firstSeen += 1
                blackHole(edges)
            }
        },
        setup: { MeshWindow(workloads: 10_000).timeline.windowSnapshot(atTick: 7)! }
    )

    Benchmark(
        "Session: b jump to a random time in a 5,760-frame recording, and its view",
        configuration: .init(metrics: timeMetrics, warmupIterations: 1, maxDuration: .seconds(15), maxIterations: 200),
        closure: { benchmark, state in
            for _ in benchmark.scaledIterations {
                let target = state.randomTarget()
                benchmark.startMeasurement()
                state.session.perform(.goTo(target))
                blackHole(state.session.view())
                benchmark.stopMeasurement()
            }
        },
        setup: { try DayReplay() }
    )

    Benchmark(
        "Session: one alert-timeline fill step on a 5,760-frame recording",
        configuration: .init(
            metrics: timeMetrics,
            warmupIterations: 1,
            maxDuration: .seconds(10),
            maxIterations: 2_000
        ),
        closure: { benchmark, state in
            for _ in benchmark.scaledIterations {
                blackHole(state.session.timeline.advance())
            }
        },
        setup: { try DayReplay() }
    )

    Benchmark(
        "Session: live RSS over 480 polls (2 h at 15 s) of a 100k-line source, 1 h history",
        configuration: .init(
            metrics: [
                .wallClock, .peakMemoryResident, residentAfterHour, residentAfterTwoHours, keptAfterHour,
                keptAfterTwoHours,
            ],
            warmupIterations: 0,
            maxDuration: .seconds(1),
            maxIterations: 1
        )
    ) { benchmark, template in
        let session = LiveSession(pollInterval: Int64(scrapeSeconds) * 1000)
        func poll(_ index: Int) {
            let elapsed = index * scrapeSeconds
            session.receive(
                ScrapeFrame(
                    bytes: template.render(elapsedSeconds: elapsed),
                    source: "federate",
                    timestampMilliseconds: baseTime + Int64(elapsed) * 1000,
                    format: .prometheusText
                )
            )
        }
        for index in 0..<240 { poll(index) }
        benchmark.measurement(residentAfterHour, residentBytes() >> 20)
        benchmark.measurement(keptAfterHour, session.frames.keptBytes >> 20)
        for index in 240..<480 { poll(index) }
        benchmark.measurement(residentAfterTwoHours, residentBytes() >> 20)
        benchmark.measurement(keptAfterTwoHours, session.frames.keptBytes >> 20)
        FileHandle.standardError.write(
            Data(
                "live: \(session.frames.times.count) ticks kept, \(session.frames.keptBytes) bytes of frames\n".utf8
            )
        )
    } setup: {
        DumpTemplate(lines: 100_000)
    }
}
