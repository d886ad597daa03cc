import MeshtopModel

/// What a tick's window leaves for later ticks' sparklines: plaintext requests and connections per second
/// of every namespace and workload that received any.
struct TrendDigest: Sendable {
    var namespaces: [String: (requests: Double, connections: Double)] = [:]
    var workloads: [WorkloadID: (requests: Double, connections: Double)] = [:]

    init(_ snapshot: MeshSnapshot) {
        for namespace in snapshot.namespaces {
            guard let rates = namespace.rates else { continue }
            let figures = (rates.requests.plaintext, rates.tcpConnections.plaintext)
            if figures.0 + figures.1 > 0 { namespaces[namespace.name] = figures }
        }
        for workload in snapshot.workloads {
            guard let rates = workload.rates else { continue }
            let figures = (rates.requests.plaintext, rates.tcpConnections.plaintext)
            if figures.0 + figures.1 > 0 { workloads[workload.id] = figures }
        }
    }
}
