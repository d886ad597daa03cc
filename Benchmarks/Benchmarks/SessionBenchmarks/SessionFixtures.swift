import Foundation
import MeshDumpGenerator
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

/// The base time of every generated frame (unix milliseconds), as the dump generator dates its samples.
let baseTime: Int64 = 1_795_000_000_000

/// Seconds between scrapes in every session benchmark.
let scrapeSeconds = 15

/// A parser and accumulator fed piece by piece, so a dump of a large mesh is never held whole in memory.
private final class StreamingParse {
    var parser = TelemetryParser()
    var accumulator: FrameAccumulator
    var bytes = 0

    init(_ accumulator: FrameAccumulator) { self.accumulator = accumulator }

    func feed(_ piece: String) {
        var piece = piece
        bytes += piece.utf8.count
        piece.withUTF8 { parser.feed(UnsafeRawBufferPointer($0), into: &accumulator) }
    }
}

/// Parses the federate dump of `mesh` taken `elapsedSeconds` after the base time into a frame of `catalog`,
/// as `MeshModel.frame(of:)` parses a scrape; returns the frame and the dump's size in bytes.
func parsedFrame(of mesh: MeshShape, elapsedSeconds: Int, source: String, catalog: MeshModel) -> (Frame, Int) {
    let time = baseTime + Int64(elapsedSeconds) * 1000
    let stream = StreamingParse(catalog.makeAccumulator(source: source, scrapeTime: time))
    MeshDumpGenerator.write(mesh: mesh, elapsedSeconds: elapsedSeconds) { stream.feed($0) }
    stream.parser.finish(into: &stream.accumulator)
    return (stream.accumulator.frame, stream.bytes)
}

/// Frames of one source every ``scrapeSeconds`` from two parsed ones: frame `k` holds, for every series, the
/// first frame's value plus `k` times the change between the two. Counters grow at the steady rate the dump
/// generator gives them and certificates count down, as generating and parsing every dump would give, at
/// the cost of two parses instead of `count`.
func extrapolatedFrames(from first: Frame, _ second: Frame, count: Int) -> [Frame] {
    precondition(first.values.count == second.values.count, "both dumps must hold the same series")
    let step = second.time - first.time
    return (0..<count).map { index in
        if index == 0 { return first }
        if index == 1 { return second }
        var frame = first
        frame.time = first.time + Int64(index) * step
        let factor = Double(index)
        for position in frame.values.indices {
            let change = second.values[position].value - first.values[position].value
            frame.values[position].value += factor * change
        }
        return frame
    }
}

/// Where generated recordings are kept between benchmark processes.
func recordingPath(lines: Int, frames: Int) -> String {
    // The suffix names the generator's shape: change it when the generated frames change.
    NSTemporaryDirectory() + "meshtop-session-bench-federate-\(lines)-lines-\(frames)-frames-v1.mtrec.gz"
}

/// A recording of `frames` frames of one federate source of about `lines` lines, ``scrapeSeconds`` apart,
/// with counters growing between frames (rendered from a ``DumpTemplate``, checked against the generator);
/// written once (level-1 gzip, no syncing) and then reused.
func recording(lines: Int, frames: Int) throws -> String {
    let path = recordingPath(lines: lines, frames: frames)
    if let reader = try? RecordingReader(path: path), reader.frames.count == frames { return path }
    try? FileManager.default.removeItem(atPath: path)
    try? FileManager.default.removeItem(atPath: path + ".idx")
    let started = ContinuousClock.now
    let template = DumpTemplate(lines: lines)
    precondition(
        template.render(elapsedSeconds: 555)
            == MeshDumpGenerator.dump(style: .federate, lines: lines, elapsedSeconds: 555),
        "the template must render what the generator writes"
    )
    let writer = try RecordingWriter(path: path + ".partial", syncPolicy: .never, compressionLevel: 1)
    var textBytes = 0
    for index in 0..<frames {
        let elapsed = index * scrapeSeconds
        let bytes = template.render(elapsedSeconds: elapsed)
        textBytes += bytes.count
        try writer.append(
            ScrapeFrame(
                bytes: bytes,
                source: "federate",
                timestampMilliseconds: baseTime + Int64(elapsed) * 1000,
                format: .prometheusText
            )
        )
    }
    writer.close()
    try FileManager.default.moveItem(atPath: path + ".partial.idx", toPath: path + ".idx")
    try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
    let seconds = (ContinuousClock.now - started) / .milliseconds(1) / 1000
    FileHandle.standardError.write(
        Data(
            "wrote \(path): \(frames) frames, \(textBytes / frames) text bytes each, \(writer.compressedBytes) bytes, \(seconds) s\n"
                .utf8
        )
    )
    return path
}

/// The process's resident set, in bytes.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// A generated dump that renders at any elapsed time without generating it again: its fixed text, and
/// for every sample a value that moves linearly with time (the generator's counters and certificates
/// do) and, in federate dumps, a timestamp.
///
/// Made from the dumps taken at 0 and 1 s: the lines that differ differ only in their value and timestamp.
/// Rendering copies the fixed text and formats the numbers, far cheaper than generating a dump.
struct DumpTemplate {
    private enum Slot {
        case text([UInt8])
        case number(base: Double, perSecond: Double)
    }

    private var slots: [Slot] = []
    private let size: Int

    init(lines: Int) {
        let first = MeshDumpGenerator.dump(style: .federate, lines: lines, elapsedSeconds: 0)
        let second = MeshDumpGenerator.dump(style: .federate, lines: lines, elapsedSeconds: 1)
        size = first.count
        let firstLines = first.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let secondLines = second.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        precondition(firstLines.count == secondLines.count, "the dumps must hold the same lines")
        var pending: [UInt8] = []
        for (index, line) in firstLines.enumerated() {
            if index > 0 { pending.append(UInt8(ascii: "\n")) }
            let later = secondLines[index]
            guard line.elementsEqual(later) else {
                // `series value [timestamp]`: the series text is the same, the numbers after it move.
                let tokens = line.split(separator: UInt8(ascii: " "))
                let laterTokens = later.split(separator: UInt8(ascii: " "))
                precondition(tokens.count == laterTokens.count && tokens.count >= 2, "unexpected sample line")
                pending += tokens[0]
                for position in 1..<tokens.count {
                    pending.append(UInt8(ascii: " "))
                    slots.append(.text(pending))
                    pending = []
                    let base = Double(String(decoding: tokens[position], as: UTF8.self)) ?? 0
                    let next = Double(String(decoding: laterTokens[position], as: UTF8.self)) ?? 0
                    slots.append(.number(base: base, perSecond: next - base))
                }
                continue
            }
            pending += line
        }
        slots.append(.text(pending))
    }

    /// The dump as the generator writes it `elapsedSeconds` after the base time.
    func render(elapsedSeconds: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size + size / 16)
        let elapsed = Double(elapsedSeconds)
        for slot in slots {
            switch slot {
            case .text(let bytes): out += bytes
            case .number(let base, let perSecond):
                let value = base + perSecond * elapsed
                if value == value.rounded(), abs(value) < 1e15 {
                    out += String(Int64(value)).utf8
                } else {
                    out += "\(value)".utf8
                }
            }
        }
        return out
    }
}
