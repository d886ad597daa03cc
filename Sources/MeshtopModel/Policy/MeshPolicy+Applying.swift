extension MeshPolicy {
    /// These policies with `objects` applied as `kubectl apply` applies them: an object replaces the one
    /// of the same kind, namespace and name where it stands, keeping its creation time (the cluster keeps
    /// it); any other is added as the newest object.
    package func applying(_ objects: [PolicyObject]) -> MeshPolicy {
        var result = self
        for object in objects {
            switch object {
            case .peerAuthentication(var policy):
                if let index = result.peerAuthentications.firstIndex(where: { $0.reference == policy.reference }) {
                    policy.creationTime = result.peerAuthentications[index].creationTime
                    result.peerAuthentications[index] = policy
                } else {
                    policy.creationTime = nil
                    result.peerAuthentications.append(policy)
                }
            case .destinationRule(var rule):
                if let index = result.destinationRules.firstIndex(where: { $0.reference == rule.reference }) {
                    rule.creationTime = result.destinationRules[index].creationTime
                    result.destinationRules[index] = rule
                } else {
                    rule.creationTime = nil
                    result.destinationRules.append(rule)
                }
            }
        }
        return result
    }
}
