/// Checks PeerAuthentications and DestinationRules against each other and against the known workloads.
package struct PolicyAnalyzer: Sendable {
    /// The mode resolver over the policies being checked.
    package let resolver: EffectiveModeResolver
    /// The workloads selectors are checked against (from `--pods`, or guessed from telemetry).
    package let workloads: [PolicyWorkload]
    /// True when `workloads` lists every workload (from pod listings), so "matches nothing" is certain.
    package let workloadsAreComplete: Bool

    /// Creates an analyzer.
    package init(policy: MeshPolicy, workloads: [PolicyWorkload], workloadsAreComplete: Bool) {
        self.resolver = EffectiveModeResolver(policy: policy)
        self.workloads = workloads
        self.workloadsAreComplete = workloadsAreComplete
    }

    /// Every configuration finding, sorted most severe first.
    package func findings() -> [PolicyFinding] {
        (duplicateFindings() + ignoredFieldFindings() + selectorFindings() + destinationRuleFindings()).sorted()
    }

    private var policy: MeshPolicy { resolver.policy }

    private func duplicateFindings() -> [PolicyFinding] {
        var findings: [PolicyFinding] = []
        for namespace in policy.namespaces {
            let policies = resolver.namespaceWidePolicies(in: namespace)
            guard let winner = policies.first, policies.count > 1 else { continue }
            let isMesh = namespace == policy.rootNamespace
            for ignored in policies.dropFirst() {
                findings.append(
                    PolicyFinding(
                        code: isMesh ? .duplicateMeshPolicy : .duplicateNamespacePolicy,
                        severity: .warning,
                        subject: ignored.reference.description,
                        message: "\(isMesh ? "mesh" : "namespace")-wide PeerAuthentication \(ignored.reference) "
                            + "(\(ignored.mode.rawValue)) is ignored: \(winner.reference) "
                            + "(\(winner.mode.rawValue)) is older and wins",
                        resources: [ignored.reference, winner.reference]
                    )
                )
            }
        }
        return findings
    }

    private func ignoredFieldFindings() -> [PolicyFinding] {
        policy.peerAuthentications.compactMap { peerAuthentication in
            let reference = peerAuthentication.reference
            if peerAuthentication.hasSelector && peerAuthentication.namespace == policy.rootNamespace {
                return PolicyFinding(
                    code: .selectorInRootNamespace,
                    severity: .warning,
                    subject: reference.description,
                    message: "PeerAuthentication \(reference) has a selector but lives in the root namespace "
                        + "\(policy.rootNamespace): Istio ignores it",
                    resources: [reference]
                )
            }
            if !peerAuthentication.hasSelector && !peerAuthentication.portLevelModes.isEmpty {
                let ports = peerAuthentication.portLevelModes.keys.sorted().map(String.init).joined(separator: ", ")
                return PolicyFinding(
                    code: .portLevelWithoutSelector,
                    severity: .warning,
                    subject: reference.description,
                    message: "PeerAuthentication \(reference) sets portLevelMtls (ports \(ports)) without a "
                        + "selector: Istio applies port-level modes only to policies with a selector",
                    resources: [reference]
                )
            }
            return nil
        }
    }

    private func selectorFindings() -> [PolicyFinding] {
        var findings: [PolicyFinding] = []
        for workload in workloads {
            let matching = resolver.matchingPolicies(for: workload)
            guard let winner = matching.first, matching.count > 1 else { continue }
            let ignored = matching.dropFirst().map(\.reference.description).joined(separator: ", ")
            findings.append(
                PolicyFinding(
                    code: .overlappingWorkloadPolicies,
                    severity: .warning,
                    subject: workload.description,
                    message: "\(matching.count) PeerAuthentications select \(workload): \(winner.reference) is the "
                        + "oldest and wins; ignored: \(ignored)\(guessNote(workload.labelSource))",
                    resources: matching.map(\.reference)
                )
            )
        }
        let byNamespace = Dictionary(grouping: workloads, by: \.namespace)
        for namespace in policy.namespaces {
            let candidates = byNamespace[namespace] ?? []
            guard workloadsAreComplete || !candidates.isEmpty else { continue }
            for selecting in resolver.selectingPolicies(in: namespace)
            where !candidates.contains(where: { $0.matches(selecting.selector) }) {
                let isGuess = !workloadsAreComplete
                findings.append(
                    PolicyFinding(
                        code: .selectorMatchesNothing,
                        severity: isGuess ? .info : .warning,
                        subject: selecting.reference.description,
                        message: "PeerAuthentication \(selecting.reference) selects \(Self.render(selecting.selector)) "
                            + "but no known workload in \(namespace) has those labels"
                            + guessNote(isGuess ? .telemetry : .pods),
                        resources: [selecting.reference]
                    )
                )
            }
        }
        return findings
    }

    private func guessNote(_ source: PolicyWorkload.LabelSource) -> String {
        source == .telemetry ? " (guess: only the app/version labels from telemetry were known; pass --pods)" : ""
    }

    /// `{app=cart, version=v2}`.
    package static func render(_ labels: [String: String]) -> String {
        "{" + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
    }
}
