/// Builds a ``MeshSnapshot`` from the model's series state.
struct SnapshotBuilder {
    let model: MeshModel
    let time: Int64

    func build() -> MeshSnapshot {
        MeshSnapshot.empty(at: time, thresholds: model.thresholds)
    }
}
