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
            namespaces[index].mode = setting.mode
            namespaces[index].modeOrigin = setting.origin.description
            namespaces[index].readiness = readiness
        }
        for index in workloads.indices {
            let id = workloads[index].id
            let effective = policy.mode(of: id)
            workloads[index].mode = effective.workload.mode
            var origin = effective.workload.origin.description
            if !effective.ports.isEmpty { origin += ", \(effective.ports.count) port overrides" }
            if effective.selectorMatchIsGuess { origin += ", selector matched on telemetry labels" }
            workloads[index].modeOrigin = origin
            workloads[index].readiness = policy.readiness(of: id)
        }
    }
}
