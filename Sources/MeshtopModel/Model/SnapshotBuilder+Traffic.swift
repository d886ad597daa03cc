extension SnapshotBuilder {
    /// Adds a traffic series to its edge and to the workloads at both ends.
    mutating func addTraffic(
        _ series: Int,
        _ descriptor: SeriesDescriptor,
        _ state: SeriesState,
        at place: SnapshotLayout.Place
    ) {
        guard place.edge >= 0 else { return }
        let value = figure(descriptor, state)
        let rate = self.rate(descriptor, state)
        let proxyKind = proxyKind(of: descriptor)
        if proxyKind == .sidecar || proxyKind == .waypoint { trafficSources[Int(descriptor.source)] = true }
        let edge = edgeSlot(place.edge)
        let target = workloadSlot(place.workload)
        let limit = evidenceLimit
        let evidence = workloads[target].evidence.count < limit ? evidence(series, descriptor, value: value) : nil
        let added = edges[edge].add(descriptor, state, value: value, proxyKind: proxyKind)
        let securityClass = descriptor.reporter.decidesClass ? descriptor.securityClass : .unknown
        if tracksRates, added.counts {
            if added.reset { edgeRates[edge] = TrafficCounts() }
            edgeRates[edge].add(rate, figure: descriptor.figure, as: securityClass)
        }
        if Int(edges[edge].evidenceCount) < limit { pickEvidence(series, value: value, forEdge: edge) }
        if workloads[target].addReceived(descriptor, value: value, proxyKind: proxyKind), tracksRates {
            workloadRates[target].add(rate, figure: descriptor.figure, as: securityClass)
        }
        if let evidence, workloads[target].evidence.count < limit {
            workloads[target].evidence.appendCapped(evidence, limit)
        }
        if place.caller >= 0 {
            let caller = workloadSlot(place.caller)
            workloads[caller].hasProxy = true
            workloads[caller].proxyKinds.insert(proxyKind)
        }
    }

    /// Chains series `series` to the evidence of the part at `edge`.
    private mutating func pickEvidence(_ series: Int, value: Double, forEdge edge: Int) {
        let pick = Int32(edgeEvidence.count)
        edgeEvidence.append(EvidencePick(series: Int32(series), value: value))
        let last = edges[edge].evidenceLast
        if last >= 0 { edgeEvidence[Int(last)].next = pick } else { edges[edge].evidenceFirst = pick }
        edges[edge].evidenceLast = pick
        edges[edge].evidenceCount += 1
    }

    /// The position in ``edges`` of the part of layout edge `index`, made empty on first use.
    private mutating func edgeSlot(_ index: Int32) -> Int {
        let slot = edgeSlots[Int(index)]
        if slot >= 0 { return Int(slot) }
        edgeSlots[Int(index)] = Int32(edges.count)
        edges.append(EdgePart())
        if tracksRates { edgeRates.append(TrafficCounts()) }
        return edges.count - 1
    }

    /// The position in ``workloads`` of the part of layout workload `index`, made empty on first use.
    private mutating func workloadSlot(_ index: Int32) -> Int {
        let slot = workloadSlots[Int(index)]
        if slot >= 0 { return Int(slot) }
        workloadSlots[Int(index)] = Int32(workloads.count)
        workloads.append(WorkloadPart())
        if tracksRates { workloadRates.append(TrafficCounts()) }
        workloadIndices.append(index)
        return workloads.count - 1
    }

    /// The proxy kind of a traffic series, refined by what its source announced (`istio_build`).
    func proxyKind(of descriptor: SeriesDescriptor) -> ProxyKind {
        guard descriptor.proxyKind == .sidecar else { return descriptor.proxyKind }
        return sidecarKinds[Int(descriptor.source)]
    }

    /// Adds an `ssl.*` counter to its workload.
    mutating func addHandshake(
        _ series: Int,
        _ descriptor: SeriesDescriptor,
        _ state: SeriesState,
        at place: SnapshotLayout.Place
    ) {
        guard place.workload >= 0 else { return }
        let value = figure(descriptor, state)
        let slot = workloadSlot(place.workload)
        let kept = workloads[slot].evidence.count < evidenceLimit
        let evidence =
            kept && descriptor.reason?.isFailure == true && value > 0 ? evidence(series, descriptor, value: value) : nil
        workloads[slot].addHandshake(
            descriptor,
            state,
            value: value,
            rate: rate(descriptor, state),
            controlPlane: place.controlPlane
        )
        if let evidence { workloads[slot].evidence.appendCapped(evidence, evidenceLimit) }
    }
}

extension Array where Element == SeriesEvidence {
    /// Appends `evidence` to a list that holds at most `limit`, making room for all of them on the first:
    /// growing one by one allocated up to three times per edge and workload.
    fileprivate mutating func appendCapped(_ evidence: SeriesEvidence, _ limit: Int) {
        if isEmpty { reserveCapacity(Swift.min(Swift.max(limit, 1), 8)) }
        append(evidence)
    }
}

extension SnapshotBuilder {
    /// The finished edges, sorted by destination then source (the layout's edge order).
    ///
    /// On the way, each caller that sent plaintext or unverified traffic into a workload, as its proxy saw
    /// it, is noted in that workload's part. The list names workloads and principals by their positions in
    /// the layout's tables, which it shares, and holds every edge's evidence in one array.
    mutating func finishedEdges(withRates: Bool) -> EdgeList {
        var rows: [EdgeList.Row] = []
        rows.reserveCapacity(edges.count)
        var evidence: [SeriesEvidence] = []
        evidence.reserveCapacity(edgeEvidence.count)
        let edgeEnds = layout.edgeEnds
        let descriptions = layout.workloadDescriptions
        for index in layout.edgeOrder {
            let slot = Int(edgeSlots[Int(index)])
            guard slot >= 0 else { continue }
            let ends = edgeEnds[Int(index)]
            let destinationSlot = Int(workloadSlots[Int(ends.destination)])
            let part = edges[slot]
            let evidenceStart = Int32(evidence.count)
            var pick = part.evidenceFirst
            while pick >= 0 {
                let picked = edgeEvidence[Int(pick)]
                let series = Int(picked.series)
                evidence.append(self.evidence(series, descriptors[series], value: picked.value))
                pick = picked.next
            }
            let insecure = part.destinationReported
            if insecure.requests.plaintext + insecure.tcpConnections.plaintext + insecure.requests.unverified
                + insecure.tcpConnections.unverified > 0
            {
                workloads[destinationSlot].insecureSources.append(descriptions[Int(ends.source)])
            }
            let destinationReported = part.countsDestinationReports
            let rates = tracksRates ? edgeRates[slot] : TrafficCounts()
            let destinationKnown = destinationSlot >= 0 && workloads[destinationSlot].hasProxy
            rows.append(
                EdgeList.Row(
                    source: ends.source,
                    destination: ends.destination,
                    sourcePrincipal: part.sourcePrincipal,
                    destinationPrincipal: part.destinationPrincipal,
                    evidenceStart: evidenceStart,
                    evidenceCount: Int32(evidence.count) - evidenceStart,
                    traffic: part.traffic,
                    rates: withRates ? rates : nil,
                    firstSeen: part.firstSeen,
                    lastSeen: max(part.lastSeen, part.firstSeen),
                    insecureFirstSeen: part.insecureFirstSeen == .max ? nil : part.insecureFirstSeen,
                    insecureLastSeen: part.insecureLastSeen == .min ? nil : part.insecureLastSeen,
                    reporters: part.reporters,
                    proxyKinds: part.proxyKinds,
                    destinationHasProxy: destinationReported || destinationKnown || part.destinationIdentified
                )
            )
        }
        // A model that builds every tick keeps the parts' storage for the next build (``SnapshotStorage``);
        // otherwise (a report) the parts go now, before the alerts are made, so both are never held at once.
        if model.buildStorage == nil {
            edges = []
            edgeEvidence = []
        } else {
            edges.removeAll(keepingCapacity: true)
            edgeEvidence.removeAll(keepingCapacity: true)
        }
        edgeRates = []
        return EdgeList(rows: rows, workloads: workloadIDs, strings: strings, evidence: evidence)
    }

    /// The finished workloads, sorted (the layout's workload order); call after ``finishedEdges(withRates:)``,
    /// which notes their insecure callers. Each workload's insecure callers are moved out of its part.
    ///
    /// A workload's soonest certificate is found through the records' interned `keys` (equal ids are equal
    /// strings), by layout workload: hashing every record's strings into a table was a tenth of the tick.
    mutating func finishedWorkloads(
        withRates: Bool,
        certificates: [CertificateRecord],
        keys: [CertificateKey]
    ) -> [WorkloadSummary] {
        // Per layout workload, the soonest not-after of its certificates; empty while no certificate has one.
        var earliest: [Int64?] = []
        for index in certificates.indices {
            let key = keys[index]
            let owner = WorkloadKey(namespace: key.namespace, workload: key.workload)
            guard key.workload != -2, let notAfter = certificates[index].notAfter,
                let workload = layout.existingWorkloadIndex(owner)
            else { continue }
            if earliest.isEmpty { earliest = Array(repeating: nil, count: layout.workloadCount) }
            earliest[Int(workload)] = min(earliest[Int(workload)] ?? .max, notAfter)
        }
        let history = model.history.workloads
        let workloadKeys = layout.workloadKeys
        var finished: [WorkloadSummary] = []
        finished.reserveCapacity(workloads.count)
        for index in layout.workloadOrder {
            let slot = Int(workloadSlots[Int(index)])
            guard slot >= 0 else { continue }
            var insecureSources: [String] = []
            swap(&insecureSources, &workloads[slot].insecureSources)
            insecureSources.sort()
            let part = workloads[slot]
            let id = workloadIDs[Int(index)]
            let byService = part.outboundByService.map { ServiceHandshakes(service: string($0.key), counts: $0.value) }
            finished.append(
                WorkloadSummary(
                    id: id,
                    traffic: part.traffic,
                    callerReportedTraffic: part.callerReported.counts,
                    rates: withRates ? (tracksRates ? workloadRates[slot] : TrafficCounts()) : nil,
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
                    insecureSources: insecureSources,
                    earliestCertificateExpiry: earliest.isEmpty ? nil : earliest[Int(index)],
                    history: history.isEmpty ? [] : history[workloadKeys[Int(index)]] ?? [],
                    evidence: part.evidence
                )
            )
        }
        return finished
    }
}
