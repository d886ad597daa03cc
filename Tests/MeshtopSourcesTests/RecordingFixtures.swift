import Foundation
import MeshtopSources
import MeshtopTelemetry

/// Known frames for recording tests: their content is derived from their number, so any read-back can be checked.
enum RecordingFixtures {
    static let start: Int64 = 1_795_356_000_000
    static let sources = ["prometheus", "payments/api sidecar", "istiod"]

    /// The text of frame `number`: a Prometheus dump whose size and values vary with the number.
    static func text(_ number: Int) -> [UInt8] {
        var text = "# TYPE istio_requests_total counter\n"
        for series in 0..<(20 + number % 17) {
            text += "istio_requests_total{frame=\"\(number)\",series=\"\(series)\"} \(number * 1_000 + series)\n"
        }
        // Every fifth frame lacks a final newline, as some exporters do.
        if number % 5 == 0 { text.removeLast() }
        return Array(text.utf8)
    }

    /// Frame `number` as a recording gives it back: a frame whose source did not say its format is
    /// recorded with the format its text is in.
    static func recorded(_ number: Int) -> ScrapeFrame {
        var frame = frame(number)
        frame.format = frame.format ?? .prometheusText
        return frame
    }

    /// Frame `number` of a recording where every tick (15 s) scrapes all ``sources`` a few ms apart.
    static func frame(_ number: Int) -> ScrapeFrame {
        let tick = number / sources.count
        let index = number % sources.count
        return ScrapeFrame(
            bytes: text(number),
            source: sources[index],
            timestampMilliseconds: start + Int64(tick) * 15_000 + Int64(index) * 7,
            format: index == 1 ? nil : .prometheusText,
            workload: index == 1 ? WorkloadAttribution(namespace: "payments", workload: "api") : nil
        )
    }

    /// Writes frames `0..<count` to a new recording at `path`.
    static func write(count: Int, to path: String) throws {
        let writer = try RecordingWriter(path: path, syncPolicy: .never)
        defer { writer.close() }
        for number in 0..<count { try writer.append(frame(number)) }
    }

    static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
    }

    static func truncate(_ path: String, to size: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }
}

extension RecordingFixtures {
    /// The byte offsets where the gzip members of a recording written by ``write(count:to:)`` start, and
    /// its size last: every frame's member begins with the same gzip header.
    static func memberOffsets(_ bytes: [UInt8]) -> [UInt64] {
        let header = Array(GzipMember.compress([]).prefix(10))
        var offsets: [UInt64] = []
        var index = 0
        while index + header.count <= bytes.count {
            if bytes[index..<index + header.count].elementsEqual(header) { offsets.append(UInt64(index)) }
            index += 1
        }
        return offsets + [UInt64(bytes.count)]
    }
}
