import MeshtopTelemetry

/// The mesh security model: scrapes in, ``MeshSnapshot``s out. Pure: no clock, no IO.
///
/// Feed each scrape through a ``FrameAccumulator`` (it aggregates while the parser runs) and ``add(_:)``
/// the resulting ``Frame``; frames of one source must arrive in time order. One scrape of a source gives
/// totals since its proxies started; two or more give increases over the window, per series, with counter
/// resets handled as Prometheus `increase()` does.
///
/// ```swift
/// let model = MeshModel()
/// var accumulator = model.makeAccumulator(source: "mesh.prom", scrapeTime: time)
/// parser.feed(bytes, into: &accumulator)
/// parser.finish(into: &accumulator)
/// model.add(accumulator.frame)
/// let snapshot = model.snapshot()
/// ```
package final class MeshModel {
    /// The limits snapshots are judged with.
    package var thresholds: Thresholds
    let catalog: SeriesCatalog
    var states: [SeriesState] = []
    var sources: [SourceState] = []
    var history = HistoryBook()
    /// Whether ``add(_:)`` records history steps (see ``snapshot(of:in:lastSeen:)``, which needs none).
    var recordsHistory = true
    var inferredIdentities: [WorkloadKey?] = []
    /// The model windowed snapshots ingest into, kept and emptied between them (see
    /// ``snapshot(of:in:lastSeen:)``).
    var windowModel: MeshModel?
    /// The builder's working arrays, kept between snapshots by a model that builds one every tick.
    var buildStorage: SnapshotStorage?

    /// Creates an empty model.
    package init(thresholds: Thresholds = Thresholds()) {
        self.thresholds = thresholds
        self.catalog = SeriesCatalog(ignoredPorts: thresholds.ignoredPlaintextPorts)
    }

    /// Creates an empty model over an existing catalog (see ``sharingCatalog()``).
    init(catalog: SeriesCatalog, thresholds: Thresholds) {
        self.thresholds = thresholds
        self.catalog = catalog
    }

    /// The name of a source index handed out by ``makeAccumulator(source:scrapeTime:attribution:)``.
    package func sourceName(_ index: Int32) -> String? {
        Int(index) < catalog.sourceNames.count && index >= 0 ? catalog.sourceNames[Int(index)] : nil
    }

    /// An accumulator for one scrape of `source` taken at `scrapeTime` (unix milliseconds).
    ///
    /// - Parameter attribution: the workload a raw per-pod dump belongs to (`ns/workload`), for series that
    ///   carry no workload labels of their own.
    package func makeAccumulator(source: String, scrapeTime: Int64, attribution: WorkloadID? = nil) -> FrameAccumulator
    {
        let index = catalog.sourceIndex(named: source, attribution: attribution)
        return FrameAccumulator(catalog: catalog, sourceIndex: index, time: scrapeTime)
    }

    /// The time of the newest frame added, or nil before the first.
    package var newestTime: Int64? { sources.lazy.map(\.lastTime).max() }

    /// How many frames were added.
    package internal(set) var frameCount = 0

    /// Adds one scrape's frame; a frame not newer than its source's latest, or dated outside
    /// ``UnixMilliseconds/range``, is ignored.
    /// - Complexity: O(n) in the frame's tracked values; allocation-free for series seen before, apart
    ///   from the per-frame history step.
    /// - Returns: whether the frame was taken.
    @discardableResult
    package func add(_ frame: Frame) -> Bool {
        guard UnixMilliseconds.range.contains(frame.time) else { return false }
        if let last = lastTime(of: frame.sourceIndex), frame.time <= last { return false }
        frameCount += 1
        ingest(frame)
        return true
    }

    /// The time of the latest frame taken from a source, or nil before its first.
    package func lastTime(of source: Int32) -> Int64? {
        let index = Int(source)
        guard index < sources.count, sources[index].frames > 0 else { return nil }
        return sources[index].lastTime
    }

    /// Parses nothing: feeds owning samples (tests, small dumps) as one scrape of `source`.
    package func add(samples: [Sample], source: String, scrapeTime: Int64, attribution: WorkloadID? = nil) {
        var accumulator = makeAccumulator(source: source, scrapeTime: scrapeTime, attribution: attribution)
        for sample in samples { sample.withView { accumulator.consume($0) } }
        add(accumulator.frame)
    }

    /// The snapshot at the newest frame's time.
    package func snapshot() -> MeshSnapshot { snapshot(at: newestTime ?? 0) }

    /// The snapshot as of `time` (unix milliseconds): certificate time left and staleness are judged at
    /// `time` (moved into ``UnixMilliseconds/range``); the figures cover every frame added.
    package func snapshot(at time: Int64) -> MeshSnapshot {
        SnapshotBuilder(model: self, time: UnixMilliseconds.clamped(time)).build()
    }
}
