import MeshtopModel

/// Traffic from one workload to another.
package struct EdgeSummary: Hashable, Sendable {
    /// The client; `unknown` names mean outside the mesh.
    package var source: WorkloadID
    /// The server.
    package var destination: WorkloadID
    /// How the traffic is secured.
    package var securityClass: SecurityClass
    /// Requests per second.
    package var requestRate: Double
    /// New connections per second.
    package var connectionRate: Double
    /// The principal the client presented, when known.
    package var sourcePrincipal: String?
    /// The principal the server presented, when known.
    package var destinationPrincipal: String?

    /// Creates an edge.
    package init(
        source: WorkloadID,
        destination: WorkloadID,
        securityClass: SecurityClass,
        requestRate: Double = 0,
        connectionRate: Double = 0,
        sourcePrincipal: String? = nil,
        destinationPrincipal: String? = nil
    ) {
        self.source = source
        self.destination = destination
        self.securityClass = securityClass
        self.requestRate = requestRate
        self.connectionRate = connectionRate
        self.sourcePrincipal = sourcePrincipal
        self.destinationPrincipal = destinationPrincipal
    }
}
