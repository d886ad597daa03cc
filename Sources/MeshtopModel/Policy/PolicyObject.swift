/// One PeerAuthentication or DestinationRule, as the unit a migration plan applies.
package enum PolicyObject: Sendable, Hashable {
    /// A PeerAuthentication.
    case peerAuthentication(PeerAuthentication)
    /// A DestinationRule.
    case destinationRule(DestinationRule)

    /// The kind, namespace and name that identify the object.
    package var reference: PolicyReference {
        switch self {
        case .peerAuthentication(let policy): policy.reference
        case .destinationRule(let rule): rule.reference
        }
    }
}
