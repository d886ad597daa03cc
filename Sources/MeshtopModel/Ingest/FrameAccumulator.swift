import MeshtopTelemetry

/// A ``SampleConsumer`` that turns one scrape of one source into a ``Frame`` while it is parsed.
///
/// It looks at a sample's name first and drops everything the model does not use; tracked series are
/// recognised by a hash of their labels, so a series seen before costs one table lookup and no allocation.
package struct FrameAccumulator: SampleConsumer {
    private let catalog: SeriesCatalog
    /// The frame built so far; hand it to ``MeshModel/add(_:)`` once the parser finished.
    package private(set) var frame: Frame

    init(catalog: SeriesCatalog, sourceIndex: Int32, time: Int64) {
        self.catalog = catalog
        self.frame = Frame(sourceIndex: sourceIndex, time: time)
        frame.values.reserveCapacity(catalog.expectedValues(of: sourceIndex))
    }

    /// Aggregates one sample.
    package mutating func consume(_ sample: SampleView) {
        frame.samples += 1
        if let timestamp = sample.timestampMilliseconds, timestamp > (frame.newestSampleTimestamp ?? .min) {
            frame.newestSampleTimestamp = timestamp
        }
        guard let name = TrackedName(sample.name) else { return }
        catalog.record(sample, as: name, into: &frame)
    }

    /// Only tracked series need their labels; the parser may skip reading the others'.
    @inline(__always)
    package mutating func wantsLabels(of name: UnsafeBufferPointer<UInt8>) -> Bool { Self.tracks(name) }

    /// Whether the model keeps series called `name` (the others are only counted).
    @inline(__always)
    package static func tracks(_ name: UnsafeBufferPointer<UInt8>) -> Bool { TrackedName(name) != nil }

    /// Counts samples of untracked series read elsewhere (see `DeclinedLineFilter`), as ``consume(_:)``
    /// would have counted them.
    package mutating func countUntracked(samples: Int, newestTimestamp: Int64?) {
        frame.samples += samples
        if let newestTimestamp, newestTimestamp > (frame.newestSampleTimestamp ?? .min) {
            frame.newestSampleTimestamp = newestTimestamp
        }
    }

    /// The source this accumulator feeds.
    package var sourceIndex: Int32 { frame.sourceIndex }

    /// Sets the scrape time, for callers that learn it only after parsing (from sample timestamps).
    package mutating func setTime(_ time: Int64) { frame.time = time }

    /// Counts a parse problem.
    package mutating func report(_ issue: ParseIssue) {
        frame.issues += 1
    }
}
