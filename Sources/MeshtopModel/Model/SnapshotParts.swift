/// An edge's interned key: caller and destination workloads.
struct EdgeKey: Hashable {
    var source: WorkloadKey
    var destination: WorkloadKey
}

/// An edge being summed up from its series, in place in the builder's array of edges.
struct EdgePart {
    var destinationReported = TrafficCounts()
    var sourceReported = TrafficCounts()
    /// Per-second rates of ``destinationReported`` and ``sourceReported``: each series' increase over its
    /// own source's span in the window.
    var destinationReportedRates = TrafficCounts()
    var sourceReportedRates = TrafficCounts()
    var reporters: CaseSet<Reporter> = []
    var proxyKinds: CaseSet<ProxyKind> = []
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

/// A workload being summed up from its series, in place in the builder's array of workloads.
struct WorkloadPart {
    var traffic = TrafficCounts()
    var callerReported = TrafficCounts()
    /// Per-second rates of ``traffic``.
    var trafficRates = TrafficCounts()
    /// Failed handshakes per second.
    var handshakeFailureRate: Double = 0
    /// Handshake outcomes per second, inbound and outbound together.
    // Copies of `.zero` share its storage until written: a workload without handshake series allocates none.
    var handshakeRates = HandshakeCounts.zero
    var inbound = HandshakeCounts.zero
    var outbound = HandshakeCounts.zero
    var outboundByService: [Int32: HandshakeCounts] = [:]
    var sslStatsPresent = false
    var proxyKinds: CaseSet<ProxyKind> = []
    var hasProxy = false
    /// Interned `destination_principal`s, each once.
    var principals: [Int32] = []
    /// Callers that sent plaintext or unverified traffic in, as `ns/workload`: one per edge, so each once.
    var insecureSources: [String] = []
    var handshakeFirstFailure: Int64?
    var handshakeLastFailure: Int64?
    var evidence: [SeriesEvidence] = []
}

extension EdgePart {
    /// Adds a traffic series' figure, and `rate`, its increase per second over its source's span.
    mutating func add(
        _ descriptor: SeriesDescriptor,
        _ state: SeriesState,
        value: Double,
        rate: Double,
        proxyKind: ProxyKind
    ) {
        reporters.insert(descriptor.reporter)
        proxyKinds.insert(proxyKind)
        firstSeen = min(firstSeen, state.firstSeen)
        lastSeen = max(lastSeen, state.lastActive ?? state.firstSeen)
        if descriptor.sourcePrincipal != ByteInterner.unknown { sourcePrincipal = descriptor.sourcePrincipal }
        let namesDestination =
            descriptor.destinationPrincipal != ByteInterner.unknown
            && descriptor.destinationPrincipal != ByteInterner.empty
        if namesDestination { destinationPrincipal = descriptor.destinationPrincipal }
        guard descriptor.reporter.decidesClass else {
            if namesDestination { destinationIdentified = true }
            sourceReported.add(value, figure: descriptor.figure, as: .unknown)
            sourceReportedRates.add(rate, figure: descriptor.figure, as: .unknown)
            return
        }
        destinationReported.add(value, figure: descriptor.figure, as: descriptor.securityClass)
        destinationReportedRates.add(rate, figure: descriptor.figure, as: descriptor.securityClass)
        let insecure = descriptor.securityClass == .plaintext || descriptor.securityClass == .unverified
        if insecure, value > 0 {
            insecureFirstSeen = insecureFirstSeen.earliest(state.firstActive ?? state.firstSeen)
            insecureLastSeen = insecureLastSeen.latest(state.lastActive ?? state.lastSeen)
        }
    }
}

extension WorkloadPart {
    /// Adds the figure of a traffic series into this workload.
    mutating func addReceived(_ descriptor: SeriesDescriptor, value: Double, rate: Double, proxyKind: ProxyKind) {
        guard descriptor.reporter.decidesClass else {
            callerReported.add(value, figure: descriptor.figure, as: .unknown)
            return
        }
        traffic.add(value, figure: descriptor.figure, as: descriptor.securityClass)
        trafficRates.add(rate, figure: descriptor.figure, as: descriptor.securityClass)
        hasProxy = true
        proxyKinds.insert(proxyKind)
        let principal = descriptor.destinationPrincipal
        if principal != ByteInterner.unknown, principals.last != principal, !principals.contains(principal) {
            principals.append(principal)
        }
    }

    /// Adds an `ssl.*` counter's figure; `controlPlane` marks the `xds-grpc` cluster, which Istio always keeps.
    mutating func addHandshake(
        _ descriptor: SeriesDescriptor,
        _ state: SeriesState,
        value: Double,
        rate: Double,
        controlPlane: Bool
    ) {
        hasProxy = true
        if proxyKinds.isEmpty { proxyKinds.insert(.envoy) }
        if !controlPlane { sslStatsPresent = true }
        // Adding `value` to its one counter is adding counts that are zero elsewhere, without making them.
        if descriptor.inbound {
            inbound.add(value, for: descriptor.reason)
        } else {
            outbound.add(value, for: descriptor.reason)
            outboundByService[descriptor.scope, default: .zero].add(value, for: descriptor.reason)
        }
        if let reason = descriptor.reason, reason.isFailure { handshakeFailureRate += rate }
        if let reason = descriptor.reason { handshakeRates[reason] += rate } else { handshakeRates.handshakes += rate }
        if let reason = descriptor.reason, reason.isFailure, value > 0 {
            handshakeFirstFailure = handshakeFirstFailure.earliest(state.firstActive ?? state.firstSeen)
            handshakeLastFailure = handshakeLastFailure.latest(state.lastActive ?? state.lastSeen)
        }
    }
}

extension HandshakeCounts {
    /// Adds `value` to the counter of `reason`, or to successful handshakes for nil.
    mutating func add(_ value: Double, for reason: HandshakeFailureReason?) {
        if let reason { self[reason] += value } else { handshakes += value }
    }
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
