/// Resolves the mutual TLS mode each workload enforces, following Istio's PeerAuthentication rules.
///
/// - A policy with a selector (outside the root namespace) beats the namespace-wide policy, which beats
///   the mesh-wide policy (selector-less, in the root namespace).
/// - `UNSET` inherits from the next level up; with no mesh-wide mode the mesh default is PERMISSIVE.
/// - Among several policies at one level, the oldest (creation time, then name) wins; the rest are ignored.
/// - Port-level modes count only in a policy with a selector; an `UNSET` port keeps the workload's mode.
/// - A policy with a selector in the root namespace is ignored.
package struct EffectiveModeResolver: Sendable {
    /// The policies being resolved.
    package let policy: MeshPolicy
    private let namespaceWide: [String: [PeerAuthentication]]
    private let selecting: [String: [PeerAuthentication]]

    /// Indexes `policy` for resolution.
    package init(policy: MeshPolicy) {
        self.policy = policy
        var namespaceWide: [String: [PeerAuthentication]] = [:]
        var selecting: [String: [PeerAuthentication]] = [:]
        for peerAuthentication in policy.peerAuthentications {
            if !peerAuthentication.hasSelector {
                namespaceWide[peerAuthentication.namespace, default: []].append(peerAuthentication)
            } else if peerAuthentication.namespace != policy.rootNamespace {
                selecting[peerAuthentication.namespace, default: []].append(peerAuthentication)
            }
        }
        let oldestFirst: (PeerAuthentication, PeerAuthentication) -> Bool = { $0.isOlder(than: $1) }
        self.namespaceWide = namespaceWide.mapValues { $0.sorted(by: oldestFirst) }
        self.selecting = selecting.mapValues { $0.sorted(by: oldestFirst) }
    }

    /// The mesh-wide policy in force: the oldest selector-less policy in the root namespace.
    package var meshPolicy: PeerAuthentication? { namespaceWide[policy.rootNamespace]?.first }

    /// Selector-less policies in `namespace`, oldest (the one in force) first.
    package func namespaceWidePolicies(in namespace: String) -> [PeerAuthentication] {
        namespaceWide[namespace] ?? []
    }

    /// Policies with a selector in `namespace` (never the root namespace), oldest first.
    package func selectingPolicies(in namespace: String) -> [PeerAuthentication] {
        selecting[namespace] ?? []
    }

    /// The namespace-wide policy in force in `namespace` (not the mesh policy, even in the root namespace).
    package func namespacePolicy(in namespace: String) -> PeerAuthentication? {
        namespace == policy.rootNamespace ? nil : namespaceWide[namespace]?.first
    }

    /// Policies whose selector matches `workload`, oldest (the one in force) first.
    package func matchingPolicies(for workload: PolicyWorkload) -> [PeerAuthentication] {
        selectingPolicies(in: workload.namespace).filter { workload.matches($0.selector) }
    }

    /// The mode of the mesh level: the mesh policy's mode, or PERMISSIVE by default.
    package var meshSetting: EffectiveMode.Setting {
        if let mesh = meshPolicy, let mode = mesh.mode.explicitMode {
            return EffectiveMode.Setting(mode: mode, origin: .meshPolicy(mesh.reference))
        }
        return EffectiveMode.Setting(mode: .permissive, origin: .meshDefault)
    }

    /// The mode a workload in `namespace` gets when no workload policy sets one.
    package func namespaceSetting(for namespace: String) -> EffectiveMode.Setting {
        if let policy = namespacePolicy(in: namespace), let mode = policy.mode.explicitMode {
            return EffectiveMode.Setting(mode: mode, origin: .namespacePolicy(policy.reference))
        }
        return meshSetting
    }

    /// The effective mode of `workload`, per port.
    package func effectiveMode(for workload: PolicyWorkload) -> EffectiveMode {
        let inherited = namespaceSetting(for: workload.namespace)
        let isGuess = workload.labelSource == .telemetry && !selectingPolicies(in: workload.namespace).isEmpty
        guard let policy = matchingPolicies(for: workload).first else {
            return EffectiveMode(workload: inherited, selectorMatchIsGuess: isGuess)
        }
        let origin = EffectiveMode.Origin.workloadPolicy(policy.reference)
        let setting = policy.mode.explicitMode.map { EffectiveMode.Setting(mode: $0, origin: origin) } ?? inherited
        var ports: [Int: EffectiveMode.Setting] = [:]
        for (port, portMode) in policy.portLevelModes {
            if let mode = portMode.explicitMode {
                ports[port] = EffectiveMode.Setting(mode: mode, origin: origin)
            }
        }
        return EffectiveMode(workload: setting, ports: ports, selectorMatchIsGuess: isGuess)
    }
}
