extension InboundTraffic {
    /// The policy view of a model edge: requests and TCP connections added up per class. The edge's
    /// `unverified` class (ambient `unknown`) counts as unknown; traffic only the caller reported is left
    /// out, since it says nothing about what the destination accepted, unless the destination has no
    /// proxy at all, when it counts as plaintext. Edges carry no port.
    package init(edge: Edge) {
        let requests = edge.traffic.requests
        let connections = edge.traffic.tcpConnections
        self.init(
            source: Source(
                namespace: edge.source.namespace,
                workload: edge.source.name,
                principal: edge.sourcePrincipal,
                hasProxy: edge.sourceIsUnmeshed ? false : nil
            ),
            destinationNamespace: edge.destination.namespace,
            destinationWorkload: edge.destination.name,
            port: nil,
            mutualTLS: requests.mutualTLS + connections.mutualTLS,
            plaintext: requests.plaintext + connections.plaintext
                + (edge.destinationHasProxy ? 0 : requests.unknown + connections.unknown),
            unknown: requests.unverified + connections.unverified,
            plaintextFirstSeen: edge.hasPlaintext || !edge.destinationHasProxy ? edge.insecureFirstSeen : nil,
            destinationHasProxy: edge.destinationHasProxy,
            insecure: Self.insecureFigures(of: edge)
        )
    }

    /// The plaintext and unverified requests and connections of `edge` (and what only the caller reported,
    /// when the destination has no proxy), with their rates when the edge has them.
    private static func insecureFigures(of edge: Edge) -> TrafficFigures {
        let callerOnly = !edge.destinationHasProxy
        func insecure(_ counts: ClassCounts) -> Double {
            counts.plaintext + counts.unverified + (callerOnly ? counts.unknown : 0)
        }
        return TrafficFigures(
            requests: insecure(edge.traffic.requests),
            connections: insecure(edge.traffic.tcpConnections),
            requestsPerSecond: edge.rates.map { insecure($0.requests) },
            connectionsPerSecond: edge.rates.map { insecure($0.tcpConnections) }
        )
    }

    /// The time after which plaintext counts as coming from a new source: the window's start plus its
    /// longest scrape interval, since a counter that was zero at the first scrape first moves at the
    /// second. `nil` for a single scrape, where nothing is new.
    package static func newSourceThreshold(in snapshot: MeshSnapshot) -> Int64? {
        guard snapshot.isWindow else { return nil }
        let intervals = snapshot.sources.filter { $0.scrapes >= 2 }.map {
            ($0.lastScrape - $0.firstScrape) / Int64($0.scrapes - 1)
        }
        return snapshot.windowStart + (intervals.max() ?? 0)
    }

    /// Every edge of `snapshot` as inbound traffic.
    package static func all(in snapshot: MeshSnapshot) -> [InboundTraffic] {
        snapshot.edges.map(InboundTraffic.init(edge:))
    }
}

extension PolicyWorkload {
    /// The workloads of `snapshot`, with their labels from `pods` when it lists them, else guessed from
    /// telemetry (`app` = the workload name, the Istio convention).
    package static func all(in snapshot: MeshSnapshot, pods: [PolicyWorkload]) -> [PolicyWorkload] {
        var byID: [String: PolicyWorkload] = [:]
        for pod in pods { byID[pod.description] = pod }
        var result = pods
        for summary in snapshot.workloads where !summary.id.isUnknown && byID[summary.id.description] == nil {
            let guessed = PolicyWorkload.fromTelemetry(
                namespace: summary.id.namespace,
                name: summary.id.name,
                app: summary.id.name,
                version: nil
            )
            byID[guessed.description] = guessed
            result.append(guessed)
        }
        return result.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }
}

extension FindingSeverity {
    /// The model's alert severity of the same level.
    package var alertSeverity: AlertSeverity {
        switch self {
        case .info: .info
        case .warning: .warning
        case .critical: .critical
        }
    }
}
