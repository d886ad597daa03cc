/// Every PeerAuthentication and DestinationRule meshtop knows about, and the mesh's root namespace.
package struct MeshPolicy: Sendable, Hashable, Codable {
    /// Istio's default root namespace, where mesh-wide policies live.
    package static let defaultRootNamespace = "istio-system"

    /// All PeerAuthentications, in input order.
    package var peerAuthentications: [PeerAuthentication]
    /// All DestinationRules, in input order.
    package var destinationRules: [DestinationRule]
    /// The namespace whose selector-less PeerAuthentication is the mesh-wide policy.
    package var rootNamespace: String

    /// Creates a policy set.
    package init(
        peerAuthentications: [PeerAuthentication] = [],
        destinationRules: [DestinationRule] = [],
        rootNamespace: String = MeshPolicy.defaultRootNamespace
    ) {
        self.peerAuthentications = peerAuthentications
        self.destinationRules = destinationRules
        self.rootNamespace = rootNamespace
    }

    /// True when there is no resource at all (everything is PERMISSIVE with auto mTLS).
    package var isEmpty: Bool { peerAuthentications.isEmpty && destinationRules.isEmpty }

    /// Every namespace that holds a resource, sorted.
    package var namespaces: [String] {
        let names = peerAuthentications.map(\.namespace) + destinationRules.map(\.namespace)
        return Set(names).sorted()
    }
}
