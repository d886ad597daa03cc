import MeshtopModel
import MeshtopTelemetry

/// Feeds recordings, directories of dumps or single dumps into a mesh model, keeping only the frames
/// inside a time window, so a snapshot covers exactly that stretch of a recorded story.
package struct TelemetryWindow: Sendable {
    /// The first frame kept (`nil`: from the beginning), as typed: `+10m` counts from the earliest
    /// frame of all inputs; `14:10`, ISO times and epoch times are absolute (UTC).
    package var from: TimeExpression?
    /// The last frame kept (`nil`: to the end); relative forms count from the earliest frame too.
    package var to: TimeExpression?

    /// Creates a window.
    package init(from: TimeExpression? = nil, to: TimeExpression? = nil) {
        self.from = from
        self.to = to
    }

    /// Reads every path (through ``RecordingReader``) and adds the frames inside the window to `model`,
    /// each recorded source as a source of its own; returns how many frames were added.
    ///
    /// - Throws: ``SourceError`` when a path cannot be read.
    @discardableResult
    package func load(_ paths: [String], into model: MeshModel) throws -> Int {
        let readers = try paths.map { try RecordingReader(path: $0) }
        guard let start = readers.compactMap({ $0.timeRange?.lowerBound }).min() else { return 0 }
        let first = from?.resolve(current: start) ?? .min
        let last = to?.resolve(current: start) ?? .max
        var added = 0
        for reader in readers {
            for index in reader.frames.indices {
                let time = reader.frames[index].timestampMilliseconds
                guard time >= first, time <= last else { continue }
                add(try reader.frame(at: index), of: reader, to: model)
                added += 1
            }
        }
        return added
    }

    private func add(_ frame: ScrapeFrame, of reader: RecordingReader, to model: MeshModel) {
        let attribution = frame.workload.map { WorkloadID(namespace: $0.namespace, name: $0.workload) }
        var accumulator = model.makeAccumulator(
            source: "\(reader.path):\(frame.source)",
            scrapeTime: frame.timestampMilliseconds,
            attribution: attribution
        )
        var parser = TelemetryParser(options: ParseOptions(format: frame.format))
        frame.bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
        parser.finish(into: &accumulator)
        model.add(accumulator.frame)
    }
}
