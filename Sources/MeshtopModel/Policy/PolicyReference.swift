/// Names one Istio resource: its kind, namespace and name (`PeerAuthentication payments/strict-api`).
package struct PolicyReference: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The resource kinds meshtop reads.
    package enum Kind: String, Sendable, Hashable, Codable {
        /// `security.istio.io` PeerAuthentication: what a server accepts.
        case peerAuthentication = "PeerAuthentication"
        /// `networking.istio.io` DestinationRule: what a client sends.
        case destinationRule = "DestinationRule"
    }

    /// The resource kind.
    package var kind: Kind
    /// The namespace the resource lives in.
    package var namespace: String
    /// The resource name.
    package var name: String

    /// Creates a reference.
    package init(kind: Kind, namespace: String, name: String) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// `namespace/name`, the form `kubectl` and the finding texts use.
    package var description: String { "\(namespace)/\(name)" }

    /// Orders by kind, namespace, then name, so that listings are stable.
    package static func < (lhs: PolicyReference, rhs: PolicyReference) -> Bool {
        (lhs.kind.rawValue, lhs.namespace, lhs.name) < (rhs.kind.rawValue, rhs.namespace, rhs.name)
    }
}
