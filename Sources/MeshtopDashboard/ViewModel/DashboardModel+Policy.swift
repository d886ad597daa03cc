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
        hasPolicy = true
        for index in namespaces.indices {
            let name = namespaces[index].name
            let setting = policy.mode(ofNamespace: name)
            let readiness = policy.readiness(ofNamespace: name)
            namespaces[index].mode = PolicyMode(setting.mode)
            namespaces[index].modeOrigin = setting.origin.description
            namespaces[index].readiness = ReadinessVerdict(readiness)
            namespaces[index].blockers = readiness.blockers.map(BlockerSummary.init)
        }
        for index in workloads.indices {
            let id = workloads[index].id
            let effective = policy.mode(of: id)
            workloads[index].mode = PolicyMode(effective.workload.mode)
            var origin = effective.workload.origin.description
            if !effective.ports.isEmpty { origin += ", \(effective.ports.count) port overrides" }
            if effective.selectorMatchIsGuess { origin += ", selector matched on telemetry labels" }
            workloads[index].modeOrigin = origin
            let readiness = policy.readiness(of: id)
            workloads[index].readiness = ReadinessVerdict(readiness)
            workloads[index].blockers = readiness.blockers.map(BlockerSummary.init)
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
