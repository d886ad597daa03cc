import MeshtopModel

/// Where a model's edges sit in ``DashboardModel/edges``, by the workloads and namespaces at their ends, so
/// that a screen about one workload or namespace looks its edges up instead of scanning every edge.
///
/// Built with the model (off the drawing path) and kept in step with its edges.
package struct EdgeIndex: Sendable {
    private var bySource: [WorkloadID: [Int]] = [:]
    private var byDestination: [WorkloadID: [Int]] = [:]
    private var insecureBySourceNamespace: [String: [Int]] = [:]
    private var insecureByDestinationNamespace: [String: [Int]] = [:]
    /// The plaintext and unverified edges, in model order.
    package private(set) var insecure: [Int] = []

    /// Indexes `edges`.
    package init(_ edges: [EdgeSummary] = []) {
        for (position, edge) in edges.enumerated() {
            bySource[edge.source, default: []].append(position)
            byDestination[edge.destination, default: []].append(position)
            guard edge.isInsecure else { continue }
            insecure.append(position)
            insecureBySourceNamespace[edge.source.namespace, default: []].append(position)
            insecureByDestinationNamespace[edge.destination.namespace, default: []].append(position)
        }
    }

    /// The edges into `workload` (`inbound`) or out of it, in model order.
    package func edges(of workload: WorkloadID, inbound: Bool) -> [Int] {
        (inbound ? byDestination[workload] : bySource[workload]) ?? []
    }

    /// The plaintext and unverified edges into `namespace` (`inbound`) or out of it, in model order.
    package func insecureEdges(of namespace: String, inbound: Bool) -> [Int] {
        (inbound ? insecureByDestinationNamespace[namespace] : insecureBySourceNamespace[namespace]) ?? []
    }
}

extension EdgeSummary {
    /// Whether the edge carries plaintext or unverified traffic: what blocks a switch to STRICT.
    package var isInsecure: Bool { securityClass == .plaintext || securityClass == .unverified }
}
