import MeshtopDashboard
import MeshtopModel

/// Policies the dashboard resolves over every snapshot it shows.
package struct DashboardPolicy: Sendable {
    /// The PeerAuthentications and DestinationRules.
    package var policy: MeshPolicy
    /// Workloads with exact labels from a pod listing (empty: labels are guessed from telemetry).
    package var pods: [PolicyWorkload]

    /// Creates the policies to resolve.
    package init(policy: MeshPolicy, pods: [PolicyWorkload]) {
        self.policy = policy
        self.pods = pods
    }

    /// The view model of `snapshot`, seen through `policy` when there is one.
    package static func view(of snapshot: MeshSnapshot, policy: DashboardPolicy?) -> DashboardModel {
        guard let policy else { return DashboardModel(snapshot: snapshot) }
        let overlay = PolicyOverlay(snapshot: snapshot, policy: policy.policy, pods: policy.pods)
        return DashboardModel(snapshot: snapshot, policy: overlay)
    }
}
