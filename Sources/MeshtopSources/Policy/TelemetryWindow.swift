import MeshtopModel
import MeshtopTelemetry

/// Feeds recordings, directories of dumps or single dumps into a mesh model, keeping only the frames
/// inside a time window, so a snapshot covers exactly that stretch of a recorded story.
package struct TelemetryWindow: Sendable {
    /// The first frame kept (`nil`: from the beginning), as typed: `+10m` counts from the earliest
    /// frame of all inputs, `-5m` back from the latest; `14:10`, ISO times and epoch times are absolute (UTC).
    package var from: TimeExpression?
    /// The last frame kept (`nil`: to the end); relative forms count as for ``from``.
    package var to: TimeExpression?

    /// Creates a window.
    package init(from: TimeExpression? = nil, to: TimeExpression? = nil) {
        self.from = from
        self.to = to
    }

    /// Reads every path (through ``RecordingReader``) and adds the frames inside the window to `model`,
    /// each recorded source as a source of its own (named as recorded, after its recording's path when
    /// several are read); returns how many frames were added, never 0 for paths given.
    ///
    /// - Parameter note: told, in words for stderr, of frames a recording held but that could not be used
    ///   (a damaged frame is skipped and named; every other frame is read).
    /// - Throws: ``SourceError`` when a path cannot be read, ``NotTelemetryText`` for a frame that is binary
    ///   data rather than telemetry, ``TelemetryWindowError`` when no frame lies inside the window.
    @discardableResult
    package func load(_ paths: [String], into model: MeshModel, note: (String) -> Void = { _ in }) throws -> Int {
        let readers = try paths.map { try RecordingReader(path: $0) }
        for reader in readers where reader.framesWithInvalidTime > 0 {
            let count = reader.framesWithInvalidTime
            note("\(reader.path): skipped \(count) frame\(count == 1 ? "" : "s") whose time is not in years 0000–9999")
        }
        guard !paths.isEmpty else { return 0 }
        for reader in readers {
            for damaged in reader.damagedFrames { note("\(reader.path): \(damaged.description)") }
        }
        let ranges = readers.compactMap(\.timeRange)
        guard let start = ranges.map(\.lowerBound).min(), let end = ranges.map(\.upperBound).max() else {
            throw TelemetryWindowError.noFrames(paths: paths)
        }
        let first = from.map { $0.resolve(spanFrom: start, to: end) } ?? .min
        let last = to.map { $0.resolve(spanFrom: start, to: end) } ?? .max
        let prefixed = readers.count > 1
        var added = 0
        for reader in readers {
            for index in reader.frames.indices {
                let time = reader.frames[index].timestampMilliseconds
                guard time >= first, time <= last else { continue }
                // A frame damaged after it was indexed costs that frame only; the error says which it was.
                guard var frame = Self.frame(at: index, of: reader, note: note) else { continue }
                if let offset = NotTelemetryText.binaryOffset(of: frame.bytes) {
                    throw NotTelemetryText(input: Self.name(of: frame, in: reader), offset: offset)
                }
                if prefixed { frame.source = "\(reader.path):\(frame.source)" }
                model.ingest(frame)
                added += 1
            }
        }
        guard added > 0 else {
            let spans = readers.compactMap { reader in reader.timeRange.map { (path: reader.path, span: $0) } }
            throw TelemetryWindowError.outsideSpan(from: first, to: last, spans: spans)
        }
        return added
    }

    /// How a frame is named to the user: a single dump by its path, a recorded frame by its recording,
    /// source and time.
    private static func name(of frame: ScrapeFrame, in reader: RecordingReader) -> String {
        guard reader.kind != .singleDump else { return reader.path }
        return "\(reader.path) (\(frame.source) at \(UnixTime.text(milliseconds: frame.timestampMilliseconds)))"
    }

    private static func frame(at index: Int, of reader: RecordingReader, note: (String) -> Void) -> ScrapeFrame? {
        do {
            return try reader.frame(at: index)
        } catch {
            note("\(error)")
            return nil
        }
    }
}
