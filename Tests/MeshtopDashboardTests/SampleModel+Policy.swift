import MeshtopDashboard
import MeshtopModel

extension SampleModel {
    /// The sample mesh seen through policies: payments/api blocked by two callers and a DestinationRule,
    /// checkout already STRICT, legacy without enough traffic to judge.
    static var modelWithPolicy: DashboardModel {
        var model = model
        model.hasPolicy = true
        let plaintext = ReadinessBlocker(
            kind: .plaintextCaller,
            source: name(batch),
            destination: name(api),
            port: 8080,
            observations: 1_250
        )
        let unmeshed = ReadinessBlocker(kind: .unmeshedCaller, source: "unknown/unknown", destination: name(api))
        let rule = ReadinessBlocker(
            kind: .destinationRuleDisablesTLS,
            source: "payments/api-no-tls",
            destination: name(api)
        )
        let verdicts: [String: (StrictReadiness, String)] = [
            "payments": (.blocked([plaintext, unmeshed, rule]), "namespace policy default"),
            "checkout": (.alreadyStrict, "mesh policy istio-system/default"),
            "legacy": (.noData, "namespace policy default"),
        ]
        for index in model.namespaces.indices {
            guard let (verdict, origin) = verdicts[model.namespaces[index].name] else { continue }
            model.namespaces[index].readiness = verdict
            model.namespaces[index].modeOrigin = origin
        }
        for index in model.workloads.indices {
            let id = model.workloads[index].id
            let blockers = [plaintext, unmeshed, rule].filter { $0.destinationWorkload == id }
            let namespaceMode = model.namespaces.first { $0.name == id.namespace }?.mode
            model.workloads[index].modeOrigin =
                model.workloads[index].mode == namespaceMode
                ? verdicts[id.namespace]?.1 : "workload policy \(id.namespace)/\(id.name)-mtls"
            model.workloads[index].readiness =
                !blockers.isEmpty
                ? .blocked(blockers)
                : model.workloads[index].mode == .strict ? .alreadyStrict : .noData
        }
        return model
    }

    static func stateWithPolicy(width: Int, height: Int) -> AppState {
        var state = AppState(model: modelWithPolicy, width: width, height: height)
        state.apply(.tick(now: now + 15_000))
        return state
    }

    private static func name(_ id: WorkloadID) -> String { id.namespace + "/" + id.name }
}
