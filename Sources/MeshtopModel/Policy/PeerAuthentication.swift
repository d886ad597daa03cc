/// An Istio PeerAuthentication: the mutual TLS mode the selected workloads accept inbound.
///
/// Without a selector the policy covers its whole namespace, or the whole mesh when it lives in the
/// root namespace. A mode of `.unset` inherits from the next level up.
package struct PeerAuthentication: Sendable, Hashable, Codable {
    /// The mode as written in the resource, including `UNSET`.
    package enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Inherit from the parent level (namespace, then mesh).
        case unset = "UNSET"
        /// Plaintext only.
        case disable = "DISABLE"
        /// Mutual TLS and plaintext.
        case permissive = "PERMISSIVE"
        /// Mutual TLS only.
        case strict = "STRICT"

        /// The mode this sets, or `nil` when it inherits.
        package var explicitMode: MutualTLSMode? {
            switch self {
            case .unset: nil
            case .disable: .disable
            case .permissive: .permissive
            case .strict: .strict
            }
        }
    }

    /// The namespace the policy lives in.
    package var namespace: String
    /// The policy name.
    package var name: String
    /// `metadata.creationTimestamp` in seconds since 1970, when known; the oldest policy wins ties.
    package var creationTime: Int64?
    /// `spec.selector.matchLabels`; empty means namespace-wide (or mesh-wide in the root namespace).
    package var selector: [String: String]
    /// `spec.mtls.mode`.
    package var mode: Mode
    /// `spec.portLevelMtls`, keyed by the workload's (target) port.
    package var portLevelModes: [Int: Mode]

    /// Creates a policy.
    package init(
        namespace: String,
        name: String,
        creationTime: Int64? = nil,
        selector: [String: String] = [:],
        mode: Mode = .unset,
        portLevelModes: [Int: Mode] = [:]
    ) {
        self.namespace = namespace
        self.name = name
        self.creationTime = creationTime
        self.selector = selector
        self.mode = mode
        self.portLevelModes = portLevelModes
    }

    /// The reference that names this policy in findings.
    package var reference: PolicyReference {
        PolicyReference(kind: .peerAuthentication, namespace: namespace, name: name)
    }

    /// Whether the policy has a workload selector (an empty `matchLabels` counts as none, as in Istio).
    package var hasSelector: Bool { !selector.isEmpty }

    /// Whether `self` takes precedence over `other` at the same level: older first, then by name.
    ///
    /// A policy without a creation time counts as newer than any that has one.
    package func isOlder(than other: PeerAuthentication) -> Bool {
        switch (creationTime, other.creationTime) {
        case let (mine?, theirs?) where mine != theirs:
            return mine < theirs
        case (.some, nil):
            return true
        case (nil, .some):
            return false
        default:
            return (namespace, name) < (other.namespace, other.name)
        }
    }
}
