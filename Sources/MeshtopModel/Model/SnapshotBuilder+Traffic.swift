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
        let proxyKind = proxyKind(of: descriptor)
        if proxyKind == .sidecar || proxyKind == .waypoint {
            trafficSources.insert(catalog.sourceNames[Int(descriptor.source)])
        }
        let key = EdgeKey(source: source, destination: destination)
        var edge = edges[key] ?? EdgePart()
        var target = workloads[destination] ?? WorkloadPart()
        edge.reporters.insert(descriptor.reporter)
        edge.proxyKinds.insert(proxyKind)
        edge.firstSeen = min(edge.firstSeen, state.firstSeen)
        edge.lastSeen = max(edge.lastSeen, state.lastActive ?? state.firstSeen)
        if descriptor.sourcePrincipal != ByteInterner.unknown { edge.sourcePrincipal = descriptor.sourcePrincipal }
        if descriptor.destinationPrincipal != ByteInterner.unknown {
            edge.destinationPrincipal = descriptor.destinationPrincipal
        }
        if descriptor.reporter.decidesClass {
            edge.destinationReported.add(value, figure: descriptor.figure, as: descriptor.securityClass)
            target.traffic.add(value, figure: descriptor.figure, as: descriptor.securityClass)
            target.hasProxy = true
            target.proxyKinds.insert(proxyKind)
            if descriptor.destinationPrincipal != ByteInterner.unknown {
                target.principals.insert(descriptor.destinationPrincipal)
            }
            let insecure = descriptor.securityClass == .plaintext || descriptor.securityClass == .unverified
            if insecure, value > 0 {
                edge.insecureFirstSeen = edge.insecureFirstSeen.earliest(state.firstActive ?? state.firstSeen)
                edge.insecureLastSeen = edge.insecureLastSeen.latest(state.lastActive ?? state.lastSeen)
            }
        } else {
            if descriptor.destinationPrincipal != ByteInterner.unknown,
                descriptor.destinationPrincipal != ByteInterner.empty
            {
                edge.destinationIdentified = true
            }
            edge.sourceReported.add(value, figure: descriptor.figure, as: .unknown)
            target.callerReported.add(value, figure: descriptor.figure, as: .unknown)
            if source.workload != ByteInterner.unknown {
                workloads[source, default: WorkloadPart()].hasProxy = true
                workloads[source, default: WorkloadPart()].proxyKinds.insert(proxyKind)
            }
        }
        if edge.evidence.count < evidenceLimit { edge.evidence.append(evidence(descriptor, value: value)) }
        if target.evidence.count < evidenceLimit { target.evidence.append(evidence(descriptor, value: value)) }
        edges[key] = edge
        workloads[destination] = target
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
        var part = workloads[key] ?? WorkloadPart()
        part.hasProxy = true
        if part.proxyKinds.isEmpty { part.proxyKinds.insert(.envoy) }
        let controlPlane = !descriptor.inbound && string(descriptor.scope) == "xds-grpc"
        if !controlPlane { part.sslStatsPresent = true }
        var counts = HandshakeCounts()
        if let reason = descriptor.reason { counts[reason] = value } else { counts.handshakes = value }
        if descriptor.inbound {
            part.inbound += counts
        } else {
            part.outbound += counts
            part.outboundByService[descriptor.scope, default: HandshakeCounts()] += counts
        }
        if let reason = descriptor.reason, reason.isFailure, value > 0 {
            part.handshakeFirstFailure = part.handshakeFirstFailure.earliest(state.firstActive ?? state.firstSeen)
            part.handshakeLastFailure = part.handshakeLastFailure.latest(state.lastActive ?? state.lastSeen)
            if part.evidence.count < evidenceLimit { part.evidence.append(evidence(descriptor, value: value)) }
        }
        workloads[key] = part
    }

    /// The finished edges, sorted by destination then source.
    func finishedEdges(rateSeconds: Double?) -> [Edge] {
        edges.map { key, part in
            let destinationReported = part.reporters.contains(.destination) || part.reporters.contains(.waypoint)
            let traffic = destinationReported ? part.destinationReported : part.sourceReported
            let destinationKnown = workloads[key.destination]?.hasProxy ?? false
            return Edge(
                source: describe(key.source),
                sourcePrincipal: part.sourcePrincipal.map(string),
                destination: describe(key.destination),
                destinationPrincipal: part.destinationPrincipal.map(string),
                traffic: traffic,
                rates: rateSeconds.map { traffic.perSecond(over: $0) },
                firstSeen: part.firstSeen,
                lastSeen: max(part.lastSeen, part.firstSeen),
                insecureFirstSeen: part.insecureFirstSeen,
                insecureLastSeen: part.insecureLastSeen,
                reporters: part.reporters,
                proxyKinds: part.proxyKinds,
                destinationHasProxy: destinationReported || destinationKnown || part.destinationIdentified,
                evidence: part.evidence
            )
        }
        .sorted { ($0.destination, $0.source) < ($1.destination, $1.source) }
    }

    /// The finished workloads, sorted.
    func finishedWorkloads(rateSeconds: Double?, certificates: [CertificateRecord]) -> [WorkloadSummary] {
        var insecure: [WorkloadKey: Set<String>] = [:]
        for (key, part) in edges {
            let reported = part.destinationReported
            if reported.requests.plaintext + reported.tcpConnections.plaintext + reported.requests.unverified
                + reported.tcpConnections.unverified > 0
            {
                insecure[key.destination, default: []].insert(describe(key.source).description)
            }
        }
        var earliest: [WorkloadID: Int64] = [:]
        for certificate in certificates {
            guard let workload = certificate.workload, let notAfter = certificate.notAfter else { continue }
            let id = WorkloadID(namespace: certificate.namespace, name: workload)
            earliest[id] = min(earliest[id] ?? .max, notAfter)
        }
        return workloads.map { key, part in
            let id = describe(key)
            let byService = part.outboundByService.map { ServiceHandshakes(service: string($0.key), counts: $0.value) }
            return WorkloadSummary(
                id: id,
                traffic: part.traffic,
                callerReportedTraffic: part.callerReported,
                rates: rateSeconds.map { part.traffic.perSecond(over: $0) },
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
        .sorted { $0.id < $1.id }
    }
}
