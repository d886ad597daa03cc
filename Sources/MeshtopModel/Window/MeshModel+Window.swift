extension MeshModel {
    /// An empty model that shares this model's series catalog, so frames made by this model's accumulators
    /// can be added to it: the way a windowed snapshot is built without parsing again.
    package func sharingCatalog() -> MeshModel { MeshModel(catalog: catalog, thresholds: thresholds) }

    /// The snapshot of `window`: every figure comes from the `frames` inside it and nothing else.
    ///
    /// Each source's first frame in the window is its baseline; a counter's figure is its increase from there
    /// to the source's last frame in the window (resets as Prometheus `increase()` handles them), and its rate
    /// that increase over the seconds between the two. A source with one frame in the window adds totals and
    /// no rate. `frames` must have been made by this model's accumulators (or one sharing its catalog) and
    /// may come in any order; frames outside the window are skipped.
    ///
    /// The snapshot's namespaces and workloads carry no history: a session's sparklines are its windows'
    /// rates (`SessionTimeline` sets them), and recording history steps was a large part of the time.
    ///
    /// - Parameter lastSeen: for sources with no frame in the window, the time of their newest frame before
    ///   it: they are listed as stale sources, so a source that stopped answering shows as such.
    package func snapshot(
        of frames: some Sequence<Frame>,
        in window: TimeWindow,
        lastSeen: [Int32: Int64] = [:]
    ) -> MeshSnapshot {
        let model = emptyWindowModel()
        let inside = frames.filter { window.contains($0.time) }.sorted {
            ($0.time, $0.sourceIndex) < ($1.time, $1.sourceIndex)
        }
        for frame in inside { model.add(frame) }
        var snapshot = model.snapshot(at: window.end)
        let present = Set(inside.map(\.sourceIndex))
        for (source, time) in lastSeen where !present.contains(source) && Int(source) < catalog.sourceNames.count {
            snapshot.sources.append(
                SourceHealth(
                    name: catalog.sourceNames[Int(source)],
                    attribution: nil,
                    scrapes: 0,
                    firstScrape: time,
                    lastScrape: time,
                    samples: 0,
                    samplesUsed: 0,
                    issues: 0,
                    sslStatsPresent: false,
                    isStale: true
                )
            )
        }
        snapshot.sources.sort { $0.name < $1.name }
        return snapshot
    }

    /// The model a window's frames are added to: one kept for every window of this model, emptied, with
    /// its storage. Its series states and the builder's parts are tens of megabytes on a large mesh, and a
    /// dashboard builds a window every tick: allocating them afresh each time faulted every page in again.
    private func emptyWindowModel() -> MeshModel {
        let model = windowModel ?? sharingCatalog()
        windowModel = model
        model.thresholds = thresholds
        model.recordsHistory = false
        if model.buildStorage == nil { model.buildStorage = SnapshotStorage() }
        model.states.removeAll(keepingCapacity: true)
        model.sources.removeAll(keepingCapacity: true)
        model.inferredIdentities.removeAll(keepingCapacity: true)
        model.history = HistoryBook()
        model.frameCount = 0
        return model
    }
}
