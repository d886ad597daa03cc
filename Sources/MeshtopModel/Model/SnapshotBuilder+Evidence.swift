extension SnapshotBuilder {
    /// The evidence of series `series`: its name, the labels that decided where it counts, and its figure.
    ///
    /// Made once per series and kept by the layout: a dashboard shows the same series as evidence every
    /// tick, and making the labels again was a quarter of a windowed snapshot's time.
    func evidence(_ series: Int, _ descriptor: SeriesDescriptor, value: Double) -> SeriesEvidence {
        layout.evidence(of: series, value: value) { describedEvidence(descriptor, value: value) }
    }

    /// The evidence of a series, made from its descriptor.
    private func describedEvidence(_ descriptor: SeriesDescriptor, value: Double) -> SeriesEvidence {
        var labels: [(name: String, value: String)] = []
        labels.reserveCapacity(6)
        let own = identity(descriptor)
        func name(_ id: Int32, fallback: Int32) -> String { string(id >= 0 ? id : fallback) }
        switch descriptor.role {
        case .traffic:
            labels.append(("reporter", descriptor.reporter.rawValue))
            labels.append(("source_workload_namespace", name(descriptor.sourceNamespace, fallback: own.namespace)))
            labels.append(("source_workload", name(descriptor.sourceWorkload, fallback: own.workload)))
            labels.append(
                ("destination_workload_namespace", name(descriptor.destinationNamespace, fallback: own.namespace))
            )
            labels.append(("destination_workload", name(descriptor.destinationWorkload, fallback: own.workload)))
            let securityName = descriptor.proxyKind == .linkerd ? "tls" : "connection_security_policy"
            labels.append((securityName, string(descriptor.securityLabel)))
        case .handshake:
            labels.append((descriptor.inbound ? "listener" : "cluster", string(descriptor.scope)))
            labels.append(("stat", descriptor.reason?.statName ?? "handshake"))
            if descriptor.workload >= 0 {
                labels.append(("namespace", string(descriptor.namespace)))
                labels.append(("workload", string(descriptor.workload)))
            }
        case .certificate:
            labels.append(("name", string(descriptor.certificateName)))
            if descriptor.namespace >= 0 { labels.append(("namespace", string(descriptor.namespace))) }
        }
        return SeriesEvidence(
            source: catalog.sourceNames[Int(descriptor.source)],
            metric: string(descriptor.metric),
            labels: labels,
            value: value
        )
    }
}
