extension SnapshotBuilder {
    /// Adds a traffic series to its edge and to the workloads at both ends.
    mutating func addTraffic(_ descriptor: SeriesDescriptor, _ state: SeriesState) {
        let own = identity(descriptor)
        guard
            let destination = WorkloadKey(
                namespace: descriptor.destinationNamespace,
                workload: descriptor.destinationWorkload
            ).resolved(with: own),
            let source = WorkloadKey(namespace: descriptor.sourceNamespace, workload: descriptor.sourceWorkload)
                .resolved(with: own)
        else { return }
        if destination.workload == ByteInterner.unknown, !descriptor.reporter.decidesClass { return }
        let value = figure(descriptor, state)
        let rate = self.rate(descriptor, state)
        let proxyKind = proxyKind(of: descriptor)
        if proxyKind == .sidecar || proxyKind == .waypoint { trafficSources.insert(descriptor.source) }
        let edgeKey = EdgeKey(source: source, destination: destination)
        let edge = edgePart(edgeKey)
        let target = workloadPart(destination)
        let limit = evidenceLimit
        let evidence =
            edge.evidence.count < limit || target.evidence.count < limit ? evidence(descriptor, value: value) : nil
        edge.add(descriptor, state, value: value, rate: rate, proxyKind: proxyKind)
        if let evidence, edge.evidence.count < limit { edge.evidence.append(evidence) }
        target.addReceived(descriptor, value: value, rate: rate, proxyKind: proxyKind)
        if let evidence, target.evidence.count < limit { target.evidence.append(evidence) }
        if !descriptor.reporter.decidesClass, source.workload != ByteInterner.unknown {
            let caller = workloadPart(source)
            caller.hasProxy = true
            caller.proxyKinds.insert(proxyKind)
        }
    }

    /// The edge being summed up for `key`, created empty on first use.
    private mutating func edgePart(_ key: EdgeKey) -> EdgePart {
        if let part = edges[key] { return part }
        let part = EdgePart()
        edges[key] = part
        return part
    }

    /// The workload being summed up for `key`, created empty on first use.
    private mutating func workloadPart(_ key: WorkloadKey) -> WorkloadPart {
        if let part = workloads[key] { return part }
        let part = WorkloadPart()
        workloads[key] = part
        return part
    }

    /// The proxy kind of a traffic series, refined by what its source announced (`istio_build`).
    func proxyKind(of descriptor: SeriesDescriptor) -> ProxyKind {
        guard descriptor.proxyKind == .sidecar else { return descriptor.proxyKind }
        return model.sources[Int(descriptor.source)].announcedProxyKind ?? .sidecar
    }

    /// Adds an `ssl.*` counter to its workload.
    mutating func addHandshake(_ descriptor: SeriesDescriptor, _ state: SeriesState) {
        guard
            let key = WorkloadKey(namespace: descriptor.namespace, workload: descriptor.workload)
                .resolved(with: identity(descriptor))
        else { return }
        let value = figure(descriptor, state)
        let controlPlane = !descriptor.inbound && string(descriptor.scope) == "xds-grpc"
        let part = workloadPart(key)
        let kept = part.evidence.count < evidenceLimit
        let evidence =
            kept && descriptor.reason?.isFailure == true && value > 0 ? evidence(descriptor, value: value) : nil
        part.addHandshake(descriptor, state, value: value, rate: rate(descriptor, state), controlPlane: controlPlane)
        if let evidence { part.evidence.append(evidence) }
    }
}

extension SnapshotBuilder {
    /// The distinct callers that sent plaintext or unverified traffic into each workload, as its proxy saw it.
    func insecureSources() -> [WorkloadKey: Set<String>] {
        var insecure: [WorkloadKey: Set<String>] = [:]
        for (key, part) in edges {
            let reported = part.destinationReported
            if reported.requests.plaintext + reported.tcpConnections.plaintext + reported.requests.unverified
                + reported.tcpConnections.unverified > 0
            {
                insecure[key.destination, default: []].insert(describe(key.source).description)
            }
        }
        return insecure
    }

    /// The finished edges, sorted by destination then source.
    ///
    /// Each workload is described once and ranked in (namespace, name) order, so the edges sort on two
    /// integers instead of four strings. Each part is taken out as its edge is made, so that a large mesh
    /// does not hold all of both at once.
    mutating func finishedEdges(withRates: Bool) -> [Edge] {
        var ids: [WorkloadKey: WorkloadID] = [:]
        for key in edges.keys {
            if ids[key.source] == nil { ids[key.source] = describe(key.source) }
            if ids[key.destination] == nil { ids[key.destination] = describe(key.destination) }
        }
        var rank: [WorkloadKey: Int] = [:]
        rank.reserveCapacity(ids.count)
        for (position, entry) in ids.sorted(by: { $0.value < $1.value }).enumerated() { rank[entry.key] = position }
        let order = edges.keys.map { key in (key: key, destination: rank[key.destination]!, source: rank[key.source]!) }
            .sorted { ($0.destination, $0.source) < ($1.destination, $1.source) }
        var finished: [Edge] = []
        finished.reserveCapacity(order.count)
        for (key, _, _) in order {
            guard let part = edges.removeValue(forKey: key) else { continue }
            let destinationReported = part.reporters.contains(.destination) || part.reporters.contains(.waypoint)
            let traffic = destinationReported ? part.destinationReported : part.sourceReported
            let rates = destinationReported ? part.destinationReportedRates : part.sourceReportedRates
            let destinationKnown = workloads[key.destination]?.hasProxy ?? false
            let edge = Edge(
                source: ids[key.source]!,
                sourcePrincipal: part.sourcePrincipal.map(string),
                destination: ids[key.destination]!,
                destinationPrincipal: part.destinationPrincipal.map(string),
                traffic: traffic,
                rates: withRates ? rates : nil,
                firstSeen: part.firstSeen,
                lastSeen: max(part.lastSeen, part.firstSeen),
                insecureFirstSeen: part.insecureFirstSeen,
                insecureLastSeen: part.insecureLastSeen,
                reporters: part.reporters,
                proxyKinds: part.proxyKinds,
                destinationHasProxy: destinationReported || destinationKnown || part.destinationIdentified,
                evidence: part.evidence
            )
            finished.append(edge)
        }
        return finished
    }

    /// The finished workloads, sorted; `insecure` is ``insecureSources()``.
    func finishedWorkloads(
        withRates: Bool,
        certificates: [CertificateRecord],
        insecure: [WorkloadKey: Set<String>]
    ) -> [WorkloadSummary] {
        var earliest: [WorkloadID: Int64] = [:]
        for certificate in certificates {
            guard let workload = certificate.workload, let notAfter = certificate.notAfter else { continue }
            let id = WorkloadID(namespace: certificate.namespace, name: workload)
            earliest[id] = min(earliest[id] ?? .max, notAfter)
        }
        var finished = workloads.map { key, part in
            let id = describe(key)
            let byService = part.outboundByService.map { ServiceHandshakes(service: string($0.key), counts: $0.value) }
            return WorkloadSummary(
                id: id,
                traffic: part.traffic,
                callerReportedTraffic: part.callerReported,
                rates: withRates ? part.trafficRates : nil,
                handshakeFailuresPerSecond: withRates ? part.handshakeFailureRate : nil,
                handshakeRates: withRates ? part.handshakeRates : nil,
                handshakeFailures: HandshakeFailures(
                    inbound: part.inbound,
                    outbound: part.outbound,
                    outboundByService: byService.sorted { $0.service < $1.service },
                    statsPresent: part.sslStatsPresent
                ),
                proxyKinds: part.proxyKinds,
                hasProxy: part.hasProxy,
                principals: part.principals.map(string).sorted(),
                insecureSources: (insecure[key] ?? []).sorted(),
                earliestCertificateExpiry: earliest[id],
                history: model.history.workloads[key] ?? [],
                evidence: part.evidence
            )
        }
        // In place: a sorted copy would hold every workload twice for a moment.
        finished.sort { $0.id < $1.id }
        return finished
    }
}
