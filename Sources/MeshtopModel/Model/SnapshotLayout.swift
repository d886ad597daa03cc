/// Where every tracked series lands in a snapshot, worked out once per series and kept with the catalog.
///
/// A snapshot sums each series into its edge and the workloads at its ends. Finding those by hashing
/// interned keys for every series, and describing every workload's strings again, was most of the time of
/// a snapshot; a dashboard builds one every tick over the same series. The layout numbers workloads and
/// edges densely, so a builder sums into arrays, and keeps what does not change between snapshots: each
/// series' place, each workload's ``WorkloadID`` and `ns/name` text, and the sorted order of workloads and
/// edges.
///
/// A place depends on the series' descriptor, which never changes, and on the identity of its source (see
/// ``MeshModel/identity(of:)``), which a model infers from its frames: the places of a source's series are
/// worked out again when a model that has frames of the source gives it another identity.
final class SnapshotLayout {
    /// Where one series' figure is added; `-1` marks nothing.
    struct Place {
        /// The edge of a traffic series; `-1` for a series that adds to no edge.
        var edge: Int32 = -1
        /// The destination workload of a traffic series, or the workload of a handshake series.
        var workload: Int32 = -1
        /// The calling workload of a caller-reported traffic series, which the report shows to run a proxy.
        var caller: Int32 = -1
        /// Whether a handshake series is of Istio's `xds-grpc` control-plane cluster.
        var controlPlane = false
    }

    /// The place of every series, by series index.
    private(set) var places: [Place] = []
    /// The evidence of each series shown as evidence so far, with a zero value (see ``evidence(of:made:)``);
    /// empty until the first is kept, so a model that keeps no evidence holds no slots for it.
    private var evidence: [SeriesEvidence?] = []
    /// The interned key of each workload, by workload index.
    private(set) var workloadKeys: [WorkloadKey] = []
    /// Each workload's strings, by workload index.
    private(set) var workloadIDs: [WorkloadID] = []
    /// Each workload as `ns/name`, by workload index.
    private(set) var workloadDescriptions: [String] = []
    /// The calling and destination workload of each edge, by edge index.
    private(set) var edgeEnds: [(source: Int32, destination: Int32)] = []
    /// Workload indices in ``WorkloadID`` order.
    private(set) var workloadOrder: [Int32] = []
    /// Edge indices by destination, then source, each in ``WorkloadID`` order.
    private(set) var edgeOrder: [Int32] = []
    /// Every interned string of the catalog, by id: a builder reads names from a plain array rather than
    /// through the catalog's interner (a mutating call on a class's property for every principal and
    /// service was a tenth of a windowed snapshot's time).
    private(set) var strings: [String] = []

    private var workloadIndices: [WorkloadKey: Int32] = [:]
    private var edgeIndices: [EdgeKey: Int32] = [:]
    /// The identity each source's places were worked out with.
    private var placedIdentities: [WorkloadKey?] = []

    /// How many workloads there are.
    var workloadCount: Int { workloadKeys.count }

    /// How many edges there are.
    var edgeCount: Int { edgeEnds.count }

    /// Places every series of the catalog not placed yet, and places again the series of any source that
    /// `model` (which has frames of it) identifies differently; then brings the orders up to date.
    func update(for model: MeshModel) {
        let catalog = model.catalog
        let sourceCount = catalog.sourceNames.count
        if placedIdentities.count < sourceCount {
            placedIdentities.append(contentsOf: repeatElement(nil, count: sourceCount - placedIdentities.count))
        }
        var moved = [Bool](repeating: false, count: sourceCount)
        var anyMoved = false
        for source in 0..<sourceCount {
            let identity = model.identity(of: Int32(source))
            guard let placed = placedIdentities[source] else {
                placedIdentities[source] = identity
                continue
            }
            // Only the series of sources with frames in `model` count in its snapshot.
            guard placed != identity, source < model.sources.count, model.sources[source].frames > 0 else { continue }
            placedIdentities[source] = identity
            moved[source] = true
            anyMoved = true
        }
        if anyMoved {
            for series in places.indices where moved[Int(catalog.descriptors[series].source)] {
                places[series] = place(catalog.descriptors[series], in: catalog)
                if series < evidence.count { evidence[series] = nil }
            }
        }
        let placedCount = places.count
        if placedCount < catalog.descriptors.count {
            places.reserveCapacity(catalog.descriptors.count)
            for series in placedCount..<catalog.descriptors.count {
                places.append(place(catalog.descriptors[series], in: catalog))
            }
        }
        if workloadOrder.count != workloadCount || edgeOrder.count != edgeCount { sortOrders() }
        if strings.count < catalog.strings.count {
            strings.reserveCapacity(catalog.strings.count)
            for id in strings.count..<catalog.strings.count { strings.append(catalog.strings.string(Int32(id))) }
        }
    }

    /// The evidence of `series` with `value`: the labels and names made by `make` the first time, then kept
    /// (its labels name the source's identity, so they are made again when the source's places are).
    func evidence(of series: Int, value: Double, made make: () -> SeriesEvidence) -> SeriesEvidence {
        if series < evidence.count, var kept = evidence[series] {
            kept.value = value
            return kept
        }
        var made = make()
        made.value = 0
        if evidence.count < places.count {
            evidence.append(contentsOf: repeatElement(nil, count: places.count - evidence.count))
        }
        evidence[series] = made
        made.value = value
        return made
    }

    /// The index of the workload `key`, if a series placed so far reaches it.
    func existingWorkloadIndex(_ key: WorkloadKey) -> Int32? { workloadIndices[key] }

    /// Where `descriptor`'s figure goes, given its source's placed identity (as ``SnapshotBuilder`` adds it).
    private func place(_ descriptor: SeriesDescriptor, in catalog: SeriesCatalog) -> Place {
        let own = placedIdentities[Int(descriptor.source)] ?? WorkloadKey(namespace: -1, workload: -1)
        var place = Place()
        switch descriptor.role {
        case .traffic:
            guard
                let destination = WorkloadKey(
                    namespace: descriptor.destinationNamespace,
                    workload: descriptor.destinationWorkload
                ).resolved(with: own),
                let source = WorkloadKey(namespace: descriptor.sourceNamespace, workload: descriptor.sourceWorkload)
                    .resolved(with: own)
            else { return place }
            if destination.workload == ByteInterner.unknown, !descriptor.reporter.decidesClass { return place }
            place.edge = edgeIndex(EdgeKey(source: source, destination: destination), in: catalog)
            place.workload = workloadIndex(destination, in: catalog)
            if !descriptor.reporter.decidesClass, source.workload != ByteInterner.unknown {
                place.caller = workloadIndex(source, in: catalog)
            }
        case .handshake:
            guard
                let key = WorkloadKey(namespace: descriptor.namespace, workload: descriptor.workload)
                    .resolved(with: own)
            else { return place }
            place.workload = workloadIndex(key, in: catalog)
            place.controlPlane = !descriptor.inbound && catalog.strings.string(descriptor.scope) == "xds-grpc"
        case .certificate:
            break
        }
        return place
    }

    /// The index of the workload `key`, numbering and describing it on first sight.
    private func workloadIndex(_ key: WorkloadKey, in catalog: SeriesCatalog) -> Int32 {
        if let index = workloadIndices[key] { return index }
        let index = Int32(workloadKeys.count)
        let id = WorkloadID(
            namespace: catalog.strings.string(key.namespace),
            name: catalog.strings.string(key.workload)
        )
        workloadKeys.append(key)
        workloadIDs.append(id)
        workloadDescriptions.append(id.description)
        workloadIndices[key] = index
        return index
    }

    /// The index of the edge `key`, numbering it (and its workloads) on first sight.
    private func edgeIndex(_ key: EdgeKey, in catalog: SeriesCatalog) -> Int32 {
        if let index = edgeIndices[key] { return index }
        let ends = (
            source: workloadIndex(key.source, in: catalog), destination: workloadIndex(key.destination, in: catalog)
        )
        let index = Int32(edgeEnds.count)
        edgeEnds.append(ends)
        edgeIndices[key] = index
        return index
    }

    /// Sorts workloads by ``WorkloadID`` (distinct keys have distinct ids) and edges by their ends' ranks.
    private func sortOrders() {
        workloadOrder = workloadIDs.indices.map(Int32.init).sorted { workloadIDs[Int($0)] < workloadIDs[Int($1)] }
        var rank = [Int32](repeating: 0, count: workloadCount)
        for (position, index) in workloadOrder.enumerated() { rank[Int(index)] = Int32(position) }
        edgeOrder = edgeEnds.indices.map(Int32.init).sorted { lhs, rhs in
            let left = edgeEnds[Int(lhs)]
            let right = edgeEnds[Int(rhs)]
            return (rank[Int(left.destination)], rank[Int(left.source)])
                < (rank[Int(right.destination)], rank[Int(right.source)])
        }
    }
}
