extension SnapshotBuilder {
    /// The namespaces: every namespace with a workload or a certificate, sorted by name.
    func finishedNamespaces(
        workloads: [WorkloadSummary],
        edges: EdgeList,
        certificates: [CertificateRecord],
        withRates: Bool
    ) -> [NamespaceSummary] {
        var parts: [String: NamespaceSummary] = [:]
        // In place, by position: copying each workload, and each part out of the dictionary and back (which
        // copied its handshake counters on every change), was most of the namespaces' time.
        for index in workloads.indices where !workloads[index].id.isUnknown {
            let namespace = workloads[index].id.namespace
            Self.add(workloads, index, to: &parts[namespace, default: NamespaceSummary(name: namespace)], withRates)
        }
        var plaintext: [String: Set<String>] = [:]
        var unverified: [String: Set<String>] = [:]
        // By position: making each edge in the loop retained all its strings and its evidence.
        for index in edges.indices {
            let traffic = edges.row(at: index).traffic
            let isPlaintext = traffic.hasPlaintext
            let isUnverified = traffic.hasUnverified
            guard isPlaintext || isUnverified else { continue }
            let namespace = edges.destination(at: index).namespace
            let caller = edges.source(at: index).description
            if isPlaintext { plaintext[namespace, default: []].insert(caller) }
            if isUnverified { unverified[namespace, default: []].insert(caller) }
        }
        var earliest: [String: Int64] = [:]
        // By position as well: a copy of each record retained its strings and evidence.
        for index in certificates.indices {
            guard let notAfter = certificates[index].notAfter else { continue }
            let namespace = certificates[index].namespace
            earliest[namespace] = min(earliest[namespace] ?? .max, notAfter)
        }
        for index in certificates.indices where parts[certificates[index].namespace] == nil {
            parts[certificates[index].namespace] = NamespaceSummary(name: certificates[index].namespace)
        }
        let historyByName = namespaceHistories()
        return parts.values.map { part in
            var summary = part
            summary.handshakeFailures = part.handshakes.failures
            if withRates {
                summary.rates = part.rates ?? .zero
                summary.handshakeFailuresPerSecond = part.handshakeFailuresPerSecond ?? 0
            }
            summary.plaintextSources = (plaintext[part.name] ?? []).sorted()
            summary.unverifiedSources = (unverified[part.name] ?? []).sorted()
            summary.earliestCertificateExpiry = earliest[part.name]
            summary.history = historyByName[part.name] ?? []
            return summary
        }
        .sorted { $0.name < $1.name }
    }

    /// Adds a workload's figures to its namespace's.
    private static func add(
        _ workloads: [WorkloadSummary],
        _ index: Int,
        to part: inout NamespaceSummary,
        _ withRates: Bool
    ) {
        part.traffic += workloads[index].traffic
        if withRates {
            part.rates = (part.rates ?? .zero) + (workloads[index].rates ?? .zero)
            part.handshakeFailuresPerSecond =
                (part.handshakeFailuresPerSecond ?? 0) + (workloads[index].handshakeFailuresPerSecond ?? 0)
        }
        part.handshakes += workloads[index].handshakeFailures.combined
        part.sslStatsPresent = part.sslStatsPresent || workloads[index].handshakeFailures.statsPresent
        part.workloadCount += 1
    }

    private func namespaceHistories() -> [String: [HistoryPoint]] {
        var result: [String: [HistoryPoint]] = [:]
        for (namespace, points) in model.history.namespaces { result[string(namespace)] = points }
        return result
    }

    /// The health of every source, judged at the snapshot time.
    func sourceHealth() -> [SourceHealth] {
        let newest = max(time, model.sources.map(\.lastTime).max() ?? time)
        let thresholds = model.thresholds
        return model.sources.indices.compactMap { index -> SourceHealth? in
            let state = model.sources[index]
            guard state.frames > 0 else { return nil }
            let interval = state.interval(fallback: thresholds.defaultScrapeIntervalSeconds)
            let staleAfter = Int64(thresholds.staleAfterIntervals * interval * 1000)
            let attribution = catalog.sourceAttributions[index].map {
                WorkloadID(namespace: string($0.namespace), name: string($0.workload))
            }
            return SourceHealth(
                name: catalog.sourceNames[index],
                attribution: attribution,
                scrapes: state.frames,
                firstScrape: state.firstTime,
                lastScrape: state.lastTime,
                samples: state.samples,
                samplesUsed: state.samplesUsed,
                issues: state.issues,
                sslStatsPresent: state.sslStatsPresent,
                telemetry: state.shape,
                heldBothShapes: state.heldBothShapes,
                isStale: newest - state.lastTime > staleAfter
            )
        }
        .sorted { $0.name < $1.name }
    }
}
