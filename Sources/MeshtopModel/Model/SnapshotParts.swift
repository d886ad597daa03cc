/// An edge's interned key: caller and destination workloads.
struct EdgeKey: Hashable {
    var source: WorkloadKey
    var destination: WorkloadKey
}

/// An edge being summed up from its series.
struct EdgePart {
    var destinationReported = TrafficCounts()
    var sourceReported = TrafficCounts()
    var reporters: Set<Reporter> = []
    var proxyKinds: Set<ProxyKind> = []
    var sourcePrincipal: Int32?
    var destinationPrincipal: Int32?
    var firstSeen = Int64.max
    var lastSeen = Int64.min
    var insecureFirstSeen: Int64?
    var insecureLastSeen: Int64?
    /// Whether a caller-side report named the destination's identity (so it runs a proxy).
    var destinationIdentified = false
    var evidence: [SeriesEvidence] = []
}

/// A workload being summed up from its series.
struct WorkloadPart {
    var traffic = TrafficCounts()
    var callerReported = TrafficCounts()
    var inbound = HandshakeCounts()
    var outbound = HandshakeCounts()
    var outboundByService: [Int32: HandshakeCounts] = [:]
    var sslStatsPresent = false
    var proxyKinds: Set<ProxyKind> = []
    var hasProxy = false
    var principals: Set<Int32> = []
    var insecureSources: Set<String> = []
    var handshakeFirstFailure: Int64?
    var handshakeLastFailure: Int64?
    var evidence: [SeriesEvidence] = []
}

extension TrafficCounts {
    /// Adds `value` to the figure of `descriptor` in `securityClass`.
    mutating func add(_ value: Double, figure: SeriesDescriptor.TrafficFigure, as securityClass: SecurityClass) {
        switch figure {
        case .requests: requests[securityClass] += value
        case .tcpConnections: tcpConnections[securityClass] += value
        case .tcpBytes: tcpBytes[securityClass] += value
        }
    }
}

extension Optional where Wrapped == Int64 {
    /// The smaller of the two, treating nil as absent.
    func earliest(_ other: Int64?) -> Int64? {
        switch (self, other) {
        case (let lhs?, let rhs?): Swift.min(lhs, rhs)
        case (let lhs?, nil): lhs
        case (nil, let rhs): rhs
        }
    }

    /// The larger of the two, treating nil as absent.
    func latest(_ other: Int64?) -> Int64? {
        switch (self, other) {
        case (let lhs?, let rhs?): Swift.max(lhs, rhs)
        case (let lhs?, nil): lhs
        case (nil, let rhs): rhs
        }
    }
}
