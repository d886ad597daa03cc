extension PolicyAnalyzer {
    /// DestinationRules whose client-side TLS contradicts the server-side mode of the workloads they reach,
    /// as seen from every namespace that holds a rule and from any other namespace.
    func destinationRuleFindings() -> [PolicyFinding] {
        let clientTLS = ClientTLSResolver(policy: resolver.policy)
        var findings: Set<PolicyFinding> = []
        for target in destinationTargets() {
            let effective = resolver.effectiveMode(for: target)
            let host = target.serviceHost
            for client in clientTLS.clientNamespaces(forHost: host) {
                guard let rule = clientTLS.rule(forHost: host, fromNamespace: client), rule.setsTLS else { continue }
                for port in Self.ports(of: rule, and: effective) {
                    let choice = clientTLS.clientTLS(
                        toHost: host,
                        port: port,
                        destinationLabels: target.labels,
                        fromNamespace: client
                    )
                    guard let mode = choice.mode,
                        let finding = conflict(rule: rule, mode: mode, target: target, port: port, effective: effective)
                    else { continue }
                    findings.insert(finding)
                }
            }
        }
        return Array(findings)
    }

    /// The ports to judge: every port either side names, and `nil` for all the others.
    private static func ports(of rule: DestinationRule, and effective: EffectiveMode) -> [Int?] {
        var ports = Set(rule.tls.portModes.keys).union(effective.ports.keys)
        for subset in rule.subsets { ports.formUnion(subset.tls.portModes.keys) }
        return [nil] + ports.sorted()
    }

    private func conflict(
        rule: DestinationRule,
        mode: DestinationRule.ClientTLSMode,
        target: PolicyWorkload,
        port: Int?,
        effective: EffectiveMode
    ) -> PolicyFinding? {
        let server = effective.setting(forPort: port)
        let code: FindingCode
        switch (mode.isMutual, server.mode) {
        case (false, .strict): code = .destinationRuleBreaksStrict
        case (true, .disable): code = .destinationRuleMutualToDisabled
        default: return nil
        }
        let portText = port.map { " on port \($0)" } ?? ""
        return PolicyFinding(
            code: code,
            severity: .critical,
            subject: target.description,
            port: port,
            message: "DestinationRule \(rule.reference) sends \(mode.rawValue) to \(target.serviceHost)\(portText), "
                + "but \(target) accepts \(server): requests fail",
            resources: [rule.reference] + (server.origin.reference.map { [$0] } ?? [])
        )
    }

    /// The known workloads, plus a stand-in for each service host a rule names that no known workload serves.
    private func destinationTargets() -> [PolicyWorkload] {
        var seen = Set(workloads.map(\.serviceHost))
        let standIns = resolver.policy.destinationRules.compactMap { rule -> PolicyWorkload? in
            let host = ServiceHost.resolve(rule.host, inNamespace: rule.namespace)
            guard !host.hasPrefix("*"), let namespace = ServiceHost.namespace(ofServiceHost: host),
                seen.insert(host).inserted
            else { return nil }
            let service = String(host.prefix { $0 != "." })
            return PolicyWorkload.fromTelemetry(namespace: namespace, name: service, app: service, version: nil)
        }
        return workloads + standIns
    }
}
