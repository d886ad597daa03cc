import MeshtopModel
import MeshtopSources

/// One dump the dashboard reads once: `FILE`, `name=FILE` or `ns/workload=FILE`, as ``SourceSpec`` parses
/// source arguments for live sources, so that both read the same forms.
struct SnapshotInput {
    /// The file to read.
    var path: String
    /// The name given with `name=` or `ns/workload=`; nil to name the source after its file.
    var name: String?
    /// The workload a raw per-pod dump belongs to.
    var attribution: WorkloadID?

    init(parsing argument: String) {
        guard let spec = try? SourceSpec(parsing: argument) else {
            path = argument
            return
        }
        switch spec.location {
        case .file(let target), .directory(let target), .http(let target): path = target
        case .standardInput: path = "-"
        }
        name = path == argument ? nil : spec.name
        attribution = spec.workload.map { WorkloadID(namespace: $0.namespace, name: $0.workload) }
    }
}
