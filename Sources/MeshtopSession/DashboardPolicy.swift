import MeshtopDashboard
import MeshtopModel

/// Policies the dashboard resolves over every snapshot it shows.
package struct DashboardPolicy: Sendable {
    /// The PeerAuthentications and DestinationRules.
    package var policy: MeshPolicy
    /// Workloads with exact labels from a pod listing (empty: labels are guessed from telemetry).
    package var pods: [PolicyWorkload]
    /// The policy objects as read, so the plan's rewrites keep their other fields.
    package var manifests: [PolicyReference: ManifestValue]

    /// Creates the policies to resolve.
    package init(policy: MeshPolicy, pods: [PolicyWorkload], manifests: [PolicyReference: ManifestValue] = [:]) {
        self.policy = policy
        self.pods = pods
        self.manifests = manifests
    }

    /// The view model of `snapshot`, seen through `policy` when there is one.
    package static func view(of snapshot: MeshSnapshot, policy: DashboardPolicy?) -> DashboardModel {
        guard let policy else { return DashboardModel(snapshot: snapshot) }
        let overlay = PolicyOverlay(snapshot: snapshot, policy: policy.policy, pods: policy.pods)
        var model = DashboardModel(snapshot: snapshot, policy: overlay)
        let plan = policy.plan(for: snapshot)
        for index in model.namespaces.indices {
            let name = model.namespaces[index].name
            guard let step = plan.steps.first(where: { $0.namespace == name }) else { continue }
            model.namespaces[index].planStep = step.summary
            model.namespaces[index].planYAML = plan.yaml(ofNamespace: name)
        }
        return model
    }

    /// The STRICT migration plan of `snapshot`'s window under these policies, as `meshtop plan` makes it.
    package func plan(for snapshot: MeshSnapshot) -> MigrationPlan {
        let input = PolicyCheckReport.Input(
            policy: policy,
            workloads: PolicyWorkload.all(in: snapshot, pods: pods),
            workloadsAreComplete: !pods.isEmpty,
            inbound: InboundTraffic.all(in: snapshot),
            criteria: .init(newSourceAfter: InboundTraffic.newSourceThreshold(in: snapshot))
        )
        return MigrationPlanner(input: input, manifests: manifests).plan()
    }
}
