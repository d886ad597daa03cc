/// An edge's interned key: caller and destination workloads.
struct EdgeKey: Hashable {
    var source: WorkloadKey
    var destination: WorkloadKey
}

/// An edge being summed up from its series, in place in the builder's array of edges.
///
/// Kept small, as a report holds one per edge next to the finished ``Edge``s: one set of figures, which
/// holds the caller-reported ones until the first destination-reported series arrives and only those from
/// then on (an edge's figures are the destination's when it reported any); rates are summed apart, and
/// only when some source has a window (see ``SnapshotBuilder/edgeRates``); times and ids use sentinels
/// rather than optionals, and evidence is a chain of ``EvidencePick``s held by the builder.
struct EdgePart {
    /// The destination-reported figures once ``countsDestinationReports``, the caller-reported ones before.
    var traffic = TrafficCounts()
    var firstSeen = Int64.max
    var lastSeen = Int64.min
    /// When plaintext or unverified traffic was first and last seen; `Int64.max` and `Int64.min` for never.
    var insecureFirstSeen = Int64.max
    var insecureLastSeen = Int64.min
    /// Interned principals; `-1` for none.
    var sourcePrincipal: Int32 = -1
    var destinationPrincipal: Int32 = -1
    var reporters: CaseSet<Reporter> = []
    var proxyKinds: CaseSet<ProxyKind> = []
    /// Whether a destination-side (or waypoint) series reached the edge, so ``traffic`` holds only theirs.
    var countsDestinationReports = false
    /// Whether a caller-side report named the destination's identity (so it runs a proxy).
    var destinationIdentified = false
    /// The edge's evidence: a chain through ``SnapshotBuilder/edgeEvidence`` from `evidenceFirst` to
    /// `evidenceLast` (`-1` for none), `evidenceCount` long. Kept out of the part so that a part holds no
    /// references: parts are made, copied and emptied for every edge of every tick.
    var evidenceFirst: Int32 = -1
    var evidenceLast: Int32 = -1
    var evidenceCount: Int32 = 0
}

/// A series kept as evidence for an edge while a snapshot is built: which series, its figure, and the next
/// of the same edge's (`-1` for the last). Its ``SeriesEvidence`` is made when the edge is finished.
struct EvidencePick {
    var series: Int32
    var value: Double
    var next: Int32 = -1
}

/// A workload being summed up from its series, in place in the builder's array of workloads.
struct WorkloadPart {
    var traffic = TrafficCounts()
    /// Traffic towards the workload reported only by callers: always of class ``SecurityClass/unknown``.
    var callerReported = UnknownTraffic()
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
    /// Adds a traffic series' figure; returns whether the figure counts in the edge's figures, and so its
    /// rate in the edge's rates, and whether those rates must first be reset (the first destination-reported
    /// series replaces what callers reported).
    mutating func add(
        _ descriptor: SeriesDescriptor,
        _ state: SeriesState,
        value: Double,
        proxyKind: ProxyKind
    ) -> (counts: Bool, reset: Bool) {
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
            guard !countsDestinationReports else { return (false, false) }
            traffic.add(value, figure: descriptor.figure, as: .unknown)
            return (true, false)
        }
        let reset = !countsDestinationReports
        if reset {
            traffic = TrafficCounts()
            countsDestinationReports = true
        }
        traffic.add(value, figure: descriptor.figure, as: descriptor.securityClass)
        let insecure = descriptor.securityClass == .plaintext || descriptor.securityClass == .unverified
        if insecure, value > 0 {
            insecureFirstSeen = min(insecureFirstSeen, state.firstActive ?? state.firstSeen)
            insecureLastSeen = max(insecureLastSeen, state.lastActive ?? state.lastSeen)
        }
        return (true, reset)
    }

    /// The destination's figures, or zero when only callers reported the edge.
    var destinationReported: TrafficCounts { countsDestinationReports ? traffic : TrafficCounts() }
}

/// Caller-reported traffic: requests, connections and bytes, each of class ``SecurityClass/unknown``.
struct UnknownTraffic {
    var requests: Double = 0
    var tcpConnections: Double = 0
    var tcpBytes: Double = 0

    /// Adds `value` to `figure`.
    mutating func add(_ value: Double, figure: SeriesDescriptor.TrafficFigure) {
        switch figure {
        case .requests: requests += value
        case .tcpConnections: tcpConnections += value
        case .tcpBytes: tcpBytes += value
        }
    }

    /// The figures as counts of class ``SecurityClass/unknown``.
    var counts: TrafficCounts {
        TrafficCounts(
            requests: ClassCounts(unknown: requests),
            tcpConnections: ClassCounts(unknown: tcpConnections),
            tcpBytes: ClassCounts(unknown: tcpBytes)
        )
    }
}

extension WorkloadPart {
    /// Adds the figure of a traffic series into this workload.
    /// Returns whether the series counts in ``traffic`` (and so its rate in the workload's rates).
    mutating func addReceived(_ descriptor: SeriesDescriptor, value: Double, proxyKind: ProxyKind) -> Bool {
        guard descriptor.reporter.decidesClass else {
            callerReported.add(value, figure: descriptor.figure)
            return false
        }
        traffic.add(value, figure: descriptor.figure, as: descriptor.securityClass)
        hasProxy = true
        proxyKinds.insert(proxyKind)
        let principal = descriptor.destinationPrincipal
        if principal != ByteInterner.unknown, principals.last != principal, !principals.contains(principal) {
            principals.append(principal)
        }
        return true
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
