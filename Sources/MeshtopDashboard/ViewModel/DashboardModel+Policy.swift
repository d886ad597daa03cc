import MeshtopModel

extension DashboardModel {
    /// The view model of a snapshot seen through policies: effective modes with their origin, STRICT
    /// verdicts, and plaintext alerts weighted by the mode the traffic arrives at.
    package init(snapshot: MeshSnapshot, policy: PolicyOverlay?) {
        guard let policy else {
            self.init(snapshot: snapshot)
            return
        }
        var weighted = snapshot
        weighted.alerts = snapshot.alerts.map(policy.weighted)
        self.init(snapshot: weighted)
        for index in namespaces.indices {
            let name = namespaces[index].name
            namespaces[index].mode = PolicyMode(policy.mode(ofNamespace: name).mode)
            namespaces[index].readiness = ReadinessVerdict(policy.readiness(ofNamespace: name))
        }
        for index in workloads.indices {
            let id = workloads[index].id
            let effective = policy.mode(of: id)
            workloads[index].mode = PolicyMode(effective.workload.mode)
            var origin = effective.workload.origin.description
            if !effective.ports.isEmpty { origin += ", \(effective.ports.count) port overrides" }
            if effective.selectorMatchIsGuess { origin += ", selector matched on telemetry labels" }
            workloads[index].modeOrigin = origin
            workloads[index].readiness = ReadinessVerdict(policy.readiness(of: id))
        }
    }
}

extension PolicyMode {
    /// The dashboard's form of a resolved mode.
    init(_ mode: MutualTLSMode) {
        switch mode {
        case .strict: self = .strict
        case .permissive: self = .permissive
        case .disable: self = .disable
        }
    }
}

extension ReadinessVerdict {
    /// The dashboard's form of a readiness verdict.
    init(_ readiness: StrictReadiness) {
        switch readiness {
        case .ready: self = .ready
        case .blocked(let blockers): self = .blocked(blockers.count)
        case .noData: self = .noData
        case .alreadyStrict: self = .alreadyStrict
        }
    }
}
