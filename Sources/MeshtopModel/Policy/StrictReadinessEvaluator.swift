/// Decides, from policies and a window of inbound traffic, whether workloads and namespaces can go STRICT.
///
/// A workload's verdict answers "what if its own policy said STRICT": port-level exceptions stay as they
/// are. A namespace's verdict answers "what if the namespace policy said STRICT": workloads whose own
/// policy sets a mode, and ports with their own mode, are not affected and are left out.
package struct StrictReadinessEvaluator: Sendable {
    /// What counts as enough data, and where the window starts.
    package struct Criteria: Sendable, Hashable, Codable {
        /// The fewest requests plus connections, over the affected traffic, for a READY verdict.
        package var minimumObservations: Double
        /// Plaintext first seen after this time (milliseconds) comes from a new source: one not seen
        /// earlier in the window. `nil` for a single scrape, where nothing is new.
        package var newSourceAfter: Int64?

        /// Creates criteria.
        package init(minimumObservations: Double = 100, newSourceAfter: Int64? = nil) {
            self.minimumObservations = minimumObservations
            self.newSourceAfter = newSourceAfter
        }
    }

    /// The mode resolver over the policies.
    package let resolver: EffectiveModeResolver
    /// The thresholds.
    package let criteria: Criteria
    private let clientTLS: ClientTLSResolver

    /// Creates an evaluator.
    package init(policy: MeshPolicy, criteria: Criteria = Criteria()) {
        self.resolver = EffectiveModeResolver(policy: policy)
        self.clientTLS = ClientTLSResolver(policy: policy)
        self.criteria = criteria
    }

    /// The verdict for `workload` given all `inbound` traffic (records for other workloads are ignored).
    package func readiness(of workload: PolicyWorkload, inbound: [InboundTraffic]) -> StrictReadiness {
        let effective = resolver.effectiveMode(for: workload)
        if effective.workload.mode == .strict { return .alreadyStrict }
        return verdict(for: [(workload, effective)], inbound: inbound)
    }

    /// The verdict for `namespace`; `workloads` may list only some of them, the rest come from `inbound`.
    package func readiness(
        ofNamespace namespace: String,
        workloads: [PolicyWorkload],
        inbound: [InboundTraffic]
    ) -> StrictReadiness {
        if resolver.namespaceSetting(for: namespace).mode == .strict { return .alreadyStrict }
        return verdict(for: namespaceTargets(namespace, workloads: workloads, inbound: inbound), inbound: inbound)
    }

    /// The workloads of `namespace` a namespace-wide STRICT would reach, with their effective modes: those
    /// whose own policy sets a mode are left out.
    package func namespaceTargets(
        _ namespace: String,
        workloads: [PolicyWorkload],
        inbound: [InboundTraffic]
    ) -> [(workload: PolicyWorkload, effective: EffectiveMode)] {
        Self.workloads(in: namespace, known: workloads, inbound: inbound).compactMap { workload in
            let effective = resolver.effectiveMode(for: workload)
            if case .workloadPolicy = effective.workload.origin { return nil }
            return (workload, effective)
        }
    }

    /// The records of `inbound` a STRICT at `workload`'s level would judge: those into it, less those on
    /// ports with a mode of their own.
    package static func judgedTraffic(
        into workload: PolicyWorkload,
        effective: EffectiveMode,
        inbound: [InboundTraffic]
    ) -> [InboundTraffic] {
        inbound.filter {
            $0.destinationNamespace == workload.namespace && $0.destinationWorkload == workload.name
                && !($0.port.map { effective.ports[$0] != nil } ?? false)
        }
    }

    /// The workloads of `namespace`: the known ones, plus stand-ins for destinations only traffic names.
    package static func workloads(
        in namespace: String,
        known: [PolicyWorkload],
        inbound: [InboundTraffic]
    ) -> [PolicyWorkload] {
        var result = known.filter { $0.namespace == namespace }
        var names = Set(result.map(\.name))
        for traffic in inbound where traffic.destinationNamespace == namespace {
            if names.insert(traffic.destinationWorkload).inserted {
                result.append(
                    PolicyWorkload.fromTelemetry(
                        namespace: namespace,
                        name: traffic.destinationWorkload,
                        app: nil,
                        version: nil
                    )
                )
            }
        }
        return result
    }

    private func verdict(for targets: [(PolicyWorkload, EffectiveMode)], inbound: [InboundTraffic]) -> StrictReadiness {
        var blockers: Set<ReadinessBlocker> = []
        var observed = 0.0
        for (workload, effective) in targets {
            let traffic = Self.judgedTraffic(into: workload, effective: effective, inbound: inbound)
            observed += traffic.reduce(0) { $0 + $1.total }
            traffic.forEach { blockers.formUnion(Self.blockers(for: $0)) }
            blockers.formUnion(ruleBlockers(for: workload, callers: Set(traffic.map(\.source.namespace))))
        }
        if !blockers.isEmpty { return .blocked(blockers.sorted()) }
        return observed >= criteria.minimumObservations && observed > 0 ? .ready : .noData
    }

    private static func blockers(for traffic: InboundTraffic) -> [ReadinessBlocker] {
        guard traffic.destinationHasProxy else {
            let blocker = ReadinessBlocker(
                kind: .destinationWithoutProxy,
                source: traffic.source.description,
                destination: traffic.destination,
                port: traffic.port,
                observations: traffic.total
            )
            return [blocker]
        }
        var result: [ReadinessBlocker] = []
        if traffic.plaintext > 0 {
            result.append(
                ReadinessBlocker(
                    kind: traffic.source.isUnmeshed ? .unmeshedCaller : .plaintextCaller,
                    source: traffic.source.description,
                    destination: traffic.destination,
                    port: traffic.port,
                    observations: traffic.plaintext
                )
            )
        }
        if traffic.unknown > 0 {
            result.append(
                ReadinessBlocker(
                    kind: .unverifiedTraffic,
                    source: traffic.source.description,
                    destination: traffic.destination,
                    port: traffic.port,
                    observations: traffic.unknown
                )
            )
        }
        return result
    }

    /// Rules that make clients send without mTLS: seen from the callers' namespaces and from every
    /// namespace whose rules could decide.
    private func ruleBlockers(for workload: PolicyWorkload, callers: Set<String>) -> [ReadinessBlocker] {
        let host = workload.serviceHost
        let namespaces = callers.subtracting(["unknown"]).union(clientTLS.clientNamespaces(forHost: host))
        return namespaces.compactMap { namespace in
            let choice = clientTLS.clientTLS(
                toHost: host,
                port: nil,
                destinationLabels: workload.labels,
                fromNamespace: namespace
            )
            guard let mode = choice.mode, !mode.isMutual, let rule = choice.rule else { return nil }
            return ReadinessBlocker(
                kind: .destinationRuleDisablesTLS,
                source: rule.description,
                destination: workload.description
            )
        }
    }
}
