import Foundation
import MeshDumpGenerator
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTelemetry

// Usage: snapshot-digest recording FILE.mtrec.gz WINDOW_SECONDS
//        snapshot-digest mesh WORKLOADS
//        snapshot-digest files FILE...
//        snapshot-digest repeat WORKLOADS COUNT
//        snapshot-digest jump RECORDING COUNT
// The first three print, for every tick of a session, a digest of everything its snapshot holds (every
// field, evidence and history included): two builds of the model print the same lines exactly when they
// give the same snapshots. `repeat` builds COUNT windowed snapshots of the session benchmark's mesh and prints their median time, for
// counting instructions under `valgrind --tool=callgrind --toggle-collect='*windowSnapshot*'`. `jump` times
// COUNT `b` jumps to pseudo-random times in a recording, each with its view.

/// FNV-1a of the full textual dump of a value.
func digest(_ value: some Any) -> String {
    var text = ""
    dump(value, to: &text)
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x100_0000_01b3
    }
    return String(hash, radix: 16) + " \(text.utf8.count)"
}

/// The session's snapshot at every tick, as the dashboard shows it, and the window's own figures.
func printTicks(_ timeline: SessionTimeline) {
    for tick in timeline.frames.ticks {
        timeline.advance(through: tick)
        guard let shown = timeline.snapshot(atTick: tick), var plain = timeline.windowSnapshot(atTick: tick)
        else { continue }
        // The window's own history is replaced by the session's trend before anything shows it.
        for index in plain.namespaces.indices { plain.namespaces[index].history = [] }
        for index in plain.workloads.indices { plain.workloads[index].history = [] }
        print("tick \(tick): shown \(digest(shown)) window \(digest(plain))")
    }
}

let baseTime: Int64 = 1_795_000_000_000

/// The mesh of the session benchmark: 8 frames 15 s apart, extrapolated from the dumps at 0 and 15 s.
func benchmarkMesh(workloads: Int) -> TickFrames {
    let mesh = MeshShape(workloads: workloads, namespaces: max(workloads / 40, 1), callers: 10, seed: 42)
    let frames = TickFrames()
    func parsed(_ elapsed: Int) -> Frame {
        var accumulator = frames.catalog.makeAccumulator(
            source: "federate",
            scrapeTime: baseTime + Int64(elapsed) * 1000
        )
        var parser = TelemetryParser()
        MeshDumpGenerator.write(mesh: mesh, elapsedSeconds: elapsed) { piece in
            var piece = piece
            piece.withUTF8 { parser.feed(UnsafeRawBufferPointer($0), into: &accumulator) }
        }
        parser.finish(into: &accumulator)
        return accumulator.frame
    }
    let first = parsed(0)
    let second = parsed(15)
    for index in 0..<8 {
        var frame = index == 1 ? second : first
        if index > 1 {
            frame.time = first.time + Int64(index) * (second.time - first.time)
            for position in frame.values.indices {
                frame.values[position].value +=
                    Double(index) * (second.values[position].value - first.values[position].value)
            }
        }
        _ = frames.append(frame)
    }
    return frames
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "recording" where arguments.count > 3:
    let reader = try RecordingReader(path: arguments[2])
    let frames = TickFrames(recording: reader)
    printTicks(SessionTimeline(frames: frames, windowLength: (Int64(arguments[3]) ?? 60) * 1000))
case "mesh" where arguments.count > 2:
    printTicks(SessionTimeline(frames: benchmarkMesh(workloads: Int(arguments[2]) ?? 1000)))
case "repeat" where arguments.count > 3:
    let timeline = SessionTimeline(frames: benchmarkMesh(workloads: Int(arguments[2]) ?? 1000))
    let count = Int(arguments[3]) ?? 1
    var times: [Duration] = []
    for index in 0..<count {
        let started = ContinuousClock.now
        _ = timeline.windowSnapshot(atTick: index % 2 == 0 ? 7 : 6)
        times.append(ContinuousClock.now - started)
    }
    // The first build also numbers the layout and describes evidence: the median of the others is the
    // figure a dashboard pays per tick.
    let steady = times.dropFirst().sorted()
    if let frame = timeline.frames.frames(ofTick: 0).first, let shown = timeline.windowSnapshot(atTick: 7) {
        print(
            "\(frame.values.count) values a frame; \(shown.edges.count) edges, \(shown.workloads.count) workloads, "
                + "\(shown.certificates.count) certificates, \(shown.alerts.count) alerts"
        )
    }
    if !steady.isEmpty {
        print("first \(times[0]), median of the other \(steady.count): \(steady[steady.count / 2])")
    }
case "jump" where arguments.count > 3:
    // `b` to COUNT pseudo-random times in a recording, each with its view, as the session benchmark does.
    let reader = try RecordingReader(path: arguments[2])
    let session = ReplaySession(reader: reader, start: .paused(at: nil))
    let first = reader.frames.first?.timestampMilliseconds ?? 0
    let last = reader.frames.last?.timestampMilliseconds ?? 0
    var random = SplitMix64(seed: 12)
    var times: [Duration] = []
    for _ in 0..<(Int(arguments[3]) ?? 1) {
        let target = first + Int64(random.next() % UInt64(last - first + 1))
        let started = ContinuousClock.now
        session.perform(.goTo("\(target)"))
        _ = session.view()
        times.append(ContinuousClock.now - started)
    }
    times.sort()
    print("median of \(times.count) jumps: \(times[times.count / 2]), slowest \(times[times.count - 1])")
case "files" where arguments.count > 2:
    let frames = TickFrames()
    for round in 0..<3 {
        for (position, path) in arguments.dropFirst(2).enumerated() {
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            _ = frames.append(
                ScrapeFrame(
                    bytes: [UInt8](bytes),
                    source: path,
                    timestampMilliseconds: baseTime + Int64(round * 15_000 + position)
                )
            )
        }
    }
    printTicks(SessionTimeline(frames: frames))
default:
    FileHandle.standardError.write(
        Data(
            ("usage: snapshot-digest recording FILE SECONDS | mesh N | files FILE... | repeat N COUNT"
                + " | jump FILE COUNT\n").utf8
        )
    )
    exit(2)
}
