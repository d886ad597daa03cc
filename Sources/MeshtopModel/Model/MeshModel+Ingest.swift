extension MeshModel {
    /// Updates series and source state with a frame and records a history step (if ``recordsHistory``).
    func ingest(_ scrape: Frame) {
        let frame = countingOneShape(scrape)
        let source = Int(frame.sourceIndex)
        while sources.count <= source { sources.append(SourceState()) }
        if states.count < catalog.descriptors.count {
            states.append(contentsOf: repeatElement(SeriesState(), count: catalog.descriptors.count - states.count))
        }
        inferIdentity(of: frame)
        var state = sources[source]
        let baseline = state.frames == 0
        let stepSeconds = baseline ? 0 : Double(frame.time - state.lastTime) / 1000
        var step = HistoryStep(time: frame.time, seconds: stepSeconds)
        for value in frame.values where value.value.isFinite {
            let series = Int(value.series)
            let descriptor = catalog.descriptors[series]
            let isCounter = descriptor.role != .certificate
            let increase = states[series].take(value.value, at: frame.time, baseline: baseline || !isCounter)
            if recordsHistory, isCounter, !baseline, increase > 0, let key = historyKey(of: descriptor) {
                step.add(increase, of: descriptor, at: key)
            }
        }
        state.previousTime = baseline ? nil : state.lastTime
        if baseline { state.firstTime = frame.time }
        state.frames += 1
        state.lastTime = frame.time
        state.samples = frame.samples
        state.samplesUsed = frame.values.count
        state.issues = frame.issues
        state.sslStatsPresent = frame.sslStatsPresent
        state.shape = frame.countedShape
        state.heldBothShapes = frame.holdsIstioTraffic && frame.holdsCloudMonitoringTraffic
        if let kind = frame.announcedProxyKind { state.announcedProxyKind = kind }
        sources[source] = state
        catalog.lastFrameSizes[source] = frame.values.count
        if recordsHistory { history.record(step, limit: thresholds.historyLength) }
    }
}

extension MeshModel {
    /// `frame` without its Cloud Monitoring traffic values when it also holds Istio's own: the same requests
    /// reported twice are counted once (see ``Frame/countedShape``).
    func countingOneShape(_ frame: Frame) -> Frame {
        guard frame.holdsIstioTraffic, frame.holdsCloudMonitoringTraffic else { return frame }
        var kept = frame
        kept.values.removeAll { catalog.descriptors[Int($0.series)].shape == .cloudMonitoring }
        return kept
    }

    /// The workload whose history a series' increase belongs to.
    func historyKey(of descriptor: SeriesDescriptor) -> WorkloadKey? {
        switch descriptor.role {
        case .traffic:
            return WorkloadKey(namespace: descriptor.destinationNamespace, workload: descriptor.destinationWorkload)
                .resolved(with: identity(of: descriptor.source))
        case .handshake:
            return WorkloadKey(namespace: descriptor.namespace, workload: descriptor.workload)
                .resolved(with: identity(of: descriptor.source))
        case .certificate:
            return nil
        }
    }

    /// The workload a source itself belongs to: the attribution the user gave, else the one destination
    /// workload its own Istio series name, else a workload named after the source's file in `unknown`.
    func identity(of source: Int32) -> WorkloadKey {
        if let given = catalog.sourceAttributions[Int(source)] {
            return WorkloadKey(namespace: given.namespace, workload: given.workload)
        }
        if Int(source) < inferredIdentities.count, let inferred = inferredIdentities[Int(source)] { return inferred }
        return WorkloadKey(namespace: ByteInterner.unknown, workload: catalog.sourceFileNames[Int(source)])
    }

    /// Infers a raw per-pod dump's own workload from its destination-reported sidecar series.
    private func inferIdentity(of frame: Frame) {
        let source = Int(frame.sourceIndex)
        while inferredIdentities.count <= source { inferredIdentities.append(nil) }
        guard catalog.sourceAttributions[source] == nil else { return }
        var only: WorkloadKey?
        for value in frame.values {
            let descriptor = catalog.descriptors[Int(value.series)]
            guard descriptor.role == .traffic, descriptor.reporter == .destination,
                descriptor.proxyKind == .sidecar, descriptor.destinationWorkload != ByteInterner.unknown
            else { continue }
            let named = WorkloadKey(
                namespace: descriptor.destinationNamespace,
                workload: descriptor.destinationWorkload
            )
            // A dump naming several destination workloads is a federation or a node proxy, not one pod.
            if let only, only != named { return }
            only = named
        }
        if let only { inferredIdentities[source] = only }
    }
}

extension WorkloadKey {
    /// Replaces "the source's own workload" markers (negative ids) with `identity`.
    func resolved(with identity: WorkloadKey) -> WorkloadKey? {
        if workload == -2 { return nil }
        return WorkloadKey(
            namespace: namespace < 0 ? identity.namespace : namespace,
            workload: workload < 0 ? identity.workload : workload
        )
    }
}
