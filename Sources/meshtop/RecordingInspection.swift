import Foundation
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

/// What `meshtop inspect` says of a meshtop recording: its frames, sources, span and formats, rather than
/// judging the gzip members it is made of as telemetry text.
struct RecordingInspection: Encodable {
    var input: String
    /// Frames that could be decoded.
    var frames: Int
    /// Frames listed but not decodable.
    var damagedFrames: Int
    /// The distinct source names, sorted.
    var sources: [String]
    /// The first and last frame times, unix ms.
    var start: Int64?
    var end: Int64?
    /// Frames per format, as the frame headers name it (`unknown` for recordings that did not say).
    var formats: [String: Int]

    /// Summarises `path` when it is a meshtop recording; nil for anything else (which `inspect` parses).
    init?(path: String) {
        guard path != "-", !path.hasPrefix("http://"), !path.hasPrefix("https://"),
            RecordingReader.isRecording(path: path),
            let reader = try? RecordingReader(path: path), reader.kind == .recording
        else { return nil }
        input = path
        var decoded = 0
        var damaged = 0
        var names: Set<String> = []
        var formats: [String: Int] = [:]
        for index in reader.frames.indices {
            guard let frame = try? reader.frame(at: index) else {
                damaged += 1
                continue
            }
            decoded += 1
            names.insert(frame.source)
            formats[frame.format?.rawValue ?? "unknown", default: 0] += 1
        }
        frames = decoded
        damagedFrames = damaged
        sources = names.sorted()
        start = reader.timeRange?.lowerBound
        end = reader.timeRange?.upperBound
        self.formats = formats
    }

    private enum CodingKeys: String, CodingKey {
        case input, format, frames, sources, start, end, formats
        case damagedFrames = "damaged_frames"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode("meshtop-recording", forKey: .format)
        try container.encode(frames, forKey: .frames)
        try container.encode(damagedFrames, forKey: .damagedFrames)
        try container.encode(sources, forKey: .sources)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        try container.encode(formats, forKey: .formats)
    }

    /// A few aligned lines for people.
    func text() -> String {
        var lines = [Terminal.safe(input), "  format:    meshtop recording"]
        lines.append("  frames:    \(frames)" + (damagedFrames > 0 ? " (\(damagedFrames) damaged)" : ""))
        let shown = sources.prefix(5).map(Terminal.safe).joined(separator: ", ")
        let more = sources.count > 5 ? ", … \(sources.count - 5) more" : ""
        lines.append("  sources:   \(sources.count)" + (sources.isEmpty ? "" : " (\(shown)\(more))"))
        if let start, let end {
            let length = UnixTime.duration(seconds: (end - start) / 1000)
            lines.append(
                "  span:      \(UnixTime.text(milliseconds: start)) – \(UnixTime.text(milliseconds: end)) (\(length))"
            )
        } else {
            lines.append("  span:      none (no frames)")
        }
        let kinds = formats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  formats:   " + (kinds.isEmpty ? "none" : kinds))
        return lines.joined(separator: "\n")
    }

    /// One JSON object on one line.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
