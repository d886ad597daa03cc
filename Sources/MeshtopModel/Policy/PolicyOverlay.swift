/// The policy view of one snapshot, for the dashboard and reports: the effective mode and STRICT readiness
/// of every namespace and workload, and alert severities weighted by the mode the traffic arrives at.
package struct PolicyOverlay: Sendable {
    /// The snapshot's workloads with their labels (exact from pods, else guessed from telemetry).
    package let workloads: [PolicyWorkload]
    /// The snapshot's edges as inbound traffic.
    package let inbound: [InboundTraffic]
    /// The evaluator the verdicts come from.
    package let evaluator: StrictReadinessEvaluator
    private let namespaceVerdicts: [String: StrictReadiness]
    private let workloadVerdicts: [WorkloadID: StrictReadiness]
    private let modes: [WorkloadID: EffectiveMode]

    /// Resolves `policy` over `snapshot`; `pods` (possibly empty) gives exact labels.
    package init(
        snapshot: MeshSnapshot,
        policy: MeshPolicy,
        pods: [PolicyWorkload] = [],
        minimumObservations: Double = 100
    ) {
        let criteria = StrictReadinessEvaluator.Criteria(
            minimumObservations: minimumObservations,
            newSourceAfter: InboundTraffic.newSourceThreshold(in: snapshot)
        )
        let evaluator = StrictReadinessEvaluator(policy: policy, criteria: criteria)
        let workloads = PolicyWorkload.all(in: snapshot, pods: pods)
        let inbound = InboundTraffic.all(in: snapshot)
        let byDestination = Dictionary(grouping: inbound) {
            WorkloadID(namespace: $0.destinationNamespace, name: $0.destinationWorkload)
        }
        let byNamespace = Dictionary(grouping: inbound, by: \.destinationNamespace)
        var modes: [WorkloadID: EffectiveMode] = [:]
        var workloadVerdicts: [WorkloadID: StrictReadiness] = [:]
        for workload in workloads {
            let id = WorkloadID(namespace: workload.namespace, name: workload.name)
            modes[id] = evaluator.resolver.effectiveMode(for: workload)
            workloadVerdicts[id] = evaluator.readiness(of: workload, inbound: byDestination[id] ?? [])
        }
        var namespaceVerdicts: [String: StrictReadiness] = [:]
        for namespace in Set(workloads.map(\.namespace)).union(snapshot.namespaces.map(\.name)) {
            namespaceVerdicts[namespace] = evaluator.readiness(
                ofNamespace: namespace,
                workloads: workloads,
                inbound: byNamespace[namespace] ?? []
            )
        }
        self.workloads = workloads
        self.inbound = inbound
        self.evaluator = evaluator
        self.modes = modes
        self.workloadVerdicts = workloadVerdicts
        self.namespaceVerdicts = namespaceVerdicts
    }

    /// The mode a workload of `namespace` gets without a policy of its own.
    package func mode(ofNamespace namespace: String) -> EffectiveMode.Setting {
        evaluator.resolver.namespaceSetting(for: namespace)
    }

    /// The effective mode of workload `id` (resolved on the spot for a workload the snapshot lacks).
    package func mode(of id: WorkloadID) -> EffectiveMode {
        modes[id]
            ?? evaluator.resolver.effectiveMode(
                for: .fromTelemetry(namespace: id.namespace, name: id.name, app: id.name, version: nil)
            )
    }

    /// The STRICT readiness of `namespace`.
    package func readiness(ofNamespace namespace: String) -> StrictReadiness {
        namespaceVerdicts[namespace] ?? evaluator.readiness(ofNamespace: namespace, workloads: [], inbound: [])
    }

    /// The STRICT readiness of workload `id`; NO DATA for a workload the snapshot lacks.
    package func readiness(of id: WorkloadID) -> StrictReadiness {
        workloadVerdicts[id] ?? .noData
    }

    /// `alert` with its severity set by policy when it is about plaintext into a workload (`MTLS001`):
    /// critical into STRICT, warning into PERMISSIVE, info into DISABLE, one level up for a source first
    /// seen after the window's first scrape interval. Other alerts come back unchanged.
    package func weighted(_ alert: Alert) -> Alert {
        guard alert.code == .plaintextIntoWorkload, let workload = alert.workload else { return alert }
        let mode = mode(of: WorkloadID(namespace: alert.namespace, name: workload)).workload.mode
        let isNew = evaluator.criteria.newSourceAfter.map { alert.firstSeen > $0 } ?? false
        var weighted = alert
        weighted.severity = FindingSeverity.plaintext(into: mode, isNewSource: isNew).alertSeverity
        return weighted
    }
}
