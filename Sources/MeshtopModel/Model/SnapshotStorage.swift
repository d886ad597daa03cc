/// The working arrays of a ``SnapshotBuilder``, kept between the snapshots of one model.
///
/// A windowed snapshot of a large mesh sums into tens of megabytes of edge and workload parts; allocating
/// them afresh every tick faulted every page in again and gave them back after. A model that builds a
/// snapshot every tick (the model windows ingest into) keeps one of these: each build takes the arrays and
/// hands them back emptied, with their capacity. A model holding none (a report's)
/// allocates as before, so a single snapshot keeps nothing alive after it.
final class SnapshotStorage {
    private var edges: [EdgePart] = []
    private var edgeEvidence: [EvidencePick] = []
    private var workloads: [WorkloadPart] = []

    /// The edge parts' array, empty, with the capacity it had.
    func takeEdges() -> [EdgePart] {
        var taken: [EdgePart] = []
        swap(&taken, &edges)
        return taken
    }

    /// The edges' evidence picks, empty, with the capacity they had.
    func takeEdgeEvidence() -> [EvidencePick] {
        var taken: [EvidencePick] = []
        swap(&taken, &edgeEvidence)
        return taken
    }

    /// The workload parts' array, empty, with the capacity it had.
    func takeWorkloads() -> [WorkloadPart] {
        var taken: [WorkloadPart] = []
        swap(&taken, &workloads)
        return taken
    }

    /// Empties `parts` and keeps its storage for the next build.
    func keep(edges parts: inout [EdgePart]) {
        parts.removeAll(keepingCapacity: true)
        swap(&edges, &parts)
    }

    /// Empties `picks` and keeps its storage for the next build.
    func keep(edgeEvidence picks: inout [EvidencePick]) {
        picks.removeAll(keepingCapacity: true)
        swap(&edgeEvidence, &picks)
    }

    /// Empties `parts` and keeps its storage for the next build.
    func keep(workloads parts: inout [WorkloadPart]) {
        parts.removeAll(keepingCapacity: true)
        swap(&workloads, &parts)
    }
}
