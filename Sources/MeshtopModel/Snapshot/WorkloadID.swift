/// A workload: its namespace and its name (Istio `*_workload`, a Deployment or a pod's owner).
package struct WorkloadID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The Kubernetes namespace (`unknown` when the telemetry did not say).
    package var namespace: String
    /// The workload name (`unknown` for callers outside the mesh).
    package var name: String

    /// Creates an identifier.
    package init(namespace: String, name: String) {
        self.namespace = namespace
        self.name = name
    }

    /// Parses `ns/workload`; nil unless there is exactly one `/` with text on both sides.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(namespace: String(parts[0]), name: String(parts[1]))
    }

    /// The value Istio uses for a peer it knows nothing about.
    package static let unknownValue = "unknown"

    /// A caller the destination could not identify (`source_workload="unknown"`): outside the mesh.
    package static let unknown = WorkloadID(namespace: unknownValue, name: unknownValue)

    /// Whether this is a caller outside the mesh (`unknown` workload).
    package var isUnknown: Bool { name == Self.unknownValue || name.isEmpty }

    /// `namespace/name`.
    package var description: String { "\(namespace)/\(name)" }

    package static func < (lhs: WorkloadID, rhs: WorkloadID) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
}
