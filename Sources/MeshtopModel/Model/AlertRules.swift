/// Derives the alerts of a snapshot; every rule is documented in the README under its code.
struct AlertRules {
    let snapshot: MeshSnapshot
    let handshakeTimes: [WorkloadID: (first: Int64, last: Int64)]
    let trafficSources: Set<String>

    private var thresholds: Thresholds { snapshot.thresholds }

    func evaluate() -> [Alert] {
        // Appended to one array and sorted in place: on a mesh of millions of insecure destinations, the
        // sums and the sorted copy held several copies of every alert at once.
        var alerts = insecureTrafficAlerts()
        alerts.append(contentsOf: proxylessDestinationAlerts())
        alerts.append(contentsOf: handshakeAlerts())
        alerts.append(contentsOf: certificateAlerts())
        alerts.append(contentsOf: sourceAlerts())
        alerts.sort { lhs, rhs in
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            if lhs.code != rhs.code { return lhs.code < rhs.code }
            if lhs.namespace != rhs.namespace { return lhs.namespace < rhs.namespace }
            if lhs.workload != rhs.workload { return (lhs.workload ?? "") < (rhs.workload ?? "") }
            return lhs.subject < rhs.subject
        }
        return alerts
    }

    /// Calls `body` with each destination and the positions in `snapshot.edges` of its edges that satisfy
    /// `isIncluded`, in edge order.
    ///
    /// Positions rather than edges: grouping copies of every edge held a second copy of the snapshot's edges
    /// at the report's peak memory on large meshes. And no table by destination: a snapshot's edges are
    /// sorted by destination, so each destination's edges are one run (a table of millions of destinations
    /// was a tenth of a report's memory).
    ///
    /// `isIncluded` is asked by position too, and reads figures without making the edge: making every edge
    /// retained and released all its strings and evidence.
    private func forEachDestination(where isIncluded: (Int) -> Bool, _ body: (WorkloadID, [Int]) -> Void) {
        let edges = snapshot.edges
        var positions: [Int] = []
        for index in edges.indices where isIncluded(index) {
            if let first = positions.first, edges.row(at: first).destination != edges.row(at: index).destination {
                body(edges.destination(at: first), positions)
                positions.removeAll(keepingCapacity: true)
            }
            positions.append(index)
        }
        if let first = positions.first { body(edges.destination(at: first), positions) }
    }

    /// MTLS001 and MTLS002: plaintext or unverified traffic into a workload.
    private func insecureTrafficAlerts() -> [Alert] {
        var alerts: [Alert] = []
        let edges = snapshot.edges
        let isInsecure = { (position: Int) in
            edges.row(at: position).traffic.hasPlaintext || edges.row(at: position).traffic.hasUnverified
        }
        forEachDestination(where: isInsecure) { destination, positions in
            for securityClass in [SecurityClass.plaintext, .unverified] {
                // Rows, not edges: making each edge made its evidence too, and only figures, callers and
                // times are read here.
                let insecure = positions.filter {
                    let traffic = edges.row(at: $0).traffic
                    return traffic.requests[securityClass] + traffic.tcpConnections[securityClass] > 0
                }
                guard !insecure.isEmpty else { continue }
                let requests = insecure.reduce(0) { $0 + edges.row(at: $1).traffic.requests[securityClass] }
                let connections = insecure.reduce(0) { $0 + edges.row(at: $1).traffic.tcpConnections[securityClass] }
                let callers = insecure.map { position in
                    let source = edges.source(at: position)
                    return source.isUnknown ? "callers outside the mesh" : source.description
                }
                let amounts = Self.amounts(requests: requests, connections: connections, adjective: securityClass.label)
                let summary: String
                if securityClass == .plaintext {
                    summary = "\(destination) received \(amounts) from \(Self.list(callers))."
                } else {
                    summary =
                        "\(destination) received \(amounts) from \(Self.list(callers)): its proxy reported the "
                        + "security as unknown, which ambient uses for plaintext."
                }
                alerts.append(
                    Alert(
                        code: securityClass == .plaintext ? .plaintextIntoWorkload : .unverifiedTraffic,
                        severity: .warning,
                        namespace: destination.namespace,
                        workload: destination.name,
                        summary: summary,
                        firstSeen: insecure.compactMap { edges.row(at: $0).insecureFirstSeen }.min()
                            ?? snapshot.windowStart,
                        lastSeen: insecure.compactMap { edges.row(at: $0).insecureLastSeen }.max()
                            ?? snapshot.windowEnd
                    )
                )
            }
        }
        return alerts
    }

    /// MTLS003: callers reach a workload that never reported anything itself.
    private func proxylessDestinationAlerts() -> [Alert] {
        var alerts: [Alert] = []
        let all = snapshot.edges
        forEachDestination(where: { !all.row(at: $0).destinationHasProxy }) { destination, positions in
            let callers = positions.map { all.source(at: $0).description }
            alerts.append(
                Alert(
                    code: .destinationWithoutProxy,
                    severity: .warning,
                    namespace: destination.namespace,
                    workload: destination.name,
                    summary: "\(destination) is called by \(Self.list(callers)) but never reported traffic itself: "
                        + "it has no proxy, so this traffic cannot be mutual TLS.",
                    firstSeen: positions.map { all.row(at: $0).firstSeen }.min() ?? snapshot.windowStart,
                    lastSeen: positions.map { all.row(at: $0).lastSeen }.max() ?? snapshot.windowEnd
                )
            )
        }
        return alerts
    }

    /// TLS001: handshake failures above the threshold.
    private func handshakeAlerts() -> [Alert] {
        // By position, copying only the workloads that failed handshakes.
        let workloads = snapshot.workloads
        return workloads.indices.compactMap { index -> Alert? in
            let counts = workloads[index].handshakeFailures.combined
            let failures = counts.failures
            guard failures > 0 else { return nil }
            let id = workloads[index].id
            let severity: AlertSeverity
            let amount: String
            if let rate = workloads[index].handshakeFailuresPerSecond {
                guard rate >= thresholds.handshakeFailureWarningRate else { return nil }
                severity = rate >= thresholds.handshakeFailureCriticalRate ? .critical : .warning
                amount =
                    "\(NumberText.rounded(failures)) TLS handshakes failed (\(NumberText.rounded(rate))/s)"
            } else {
                guard failures >= thresholds.handshakeFailureWarningCount else { return nil }
                severity = .warning
                amount = "\(Self.number(failures)) TLS handshakes failed since the proxy started"
            }
            let top = HandshakeFailureReason.allCases.filter(\.isFailure).max { counts[$0] < counts[$1] }
            let reason = top.map { " Mostly \($0.statName): \($0.explanation)" } ?? ""
            let times = handshakeTimes[id]
            return Alert(
                code: .handshakeFailures,
                severity: severity,
                namespace: id.namespace,
                workload: id.name,
                summary: "\(id): \(amount).\(reason)",
                firstSeen: times?.first ?? snapshot.windowStart,
                lastSeen: times?.last ?? snapshot.windowEnd
            )
        }
    }

    /// TLS002 and SRC001: what is wrong with the sources themselves.
    private func sourceAlerts() -> [Alert] {
        var alerts: [Alert] = []
        for source in snapshot.sources {
            if !source.sslStatsPresent, trafficSources.contains(source.name) {
                alerts.append(
                    Alert(
                        code: .handshakeStatsMissing,
                        severity: .info,
                        namespace: source.attribution?.namespace ?? "",
                        workload: source.attribution?.name,
                        subject: source.name,
                        summary: source.telemetry == .cloudMonitoring
                            ? "\(source.name): \(TelemetryShape.cloudMonitoring.unavailableNote ?? "")."
                            : "\(source.name) has no listener or cluster ssl.* stats, so TLS handshake failures "
                                + "cannot be seen (Istio hides them unless proxyStatsMatcher includes them).",
                        firstSeen: source.firstScrape,
                        lastSeen: source.lastScrape
                    )
                )
            }
            if source.isStale {
                alerts.append(
                    Alert(
                        code: .sourceStale,
                        severity: .warning,
                        namespace: source.attribution?.namespace ?? "",
                        workload: source.attribution?.name,
                        subject: source.name,
                        summary: "\(source.name) has not delivered a scrape since "
                            + "\(UnixTime.text(milliseconds: source.lastScrape)); its figures are out of date.",
                        firstSeen: source.lastScrape,
                        lastSeen: snapshot.time
                    )
                )
            }
        }
        return alerts
    }
}
