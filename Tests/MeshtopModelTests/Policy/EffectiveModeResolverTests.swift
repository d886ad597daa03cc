import Testing

@testable import MeshtopModel

/// Istio's PeerAuthentication precedence rules, one test each, on hand-written policies.
@Suite("Effective mTLS mode")
struct EffectiveModeResolverTests {
    private let cart = PolicyWorkload(
        namespace: "shop",
        name: "cart",
        labels: ["app": "cart", "version": "v1"],
        labelSource: .pods
    )

    private func resolve(_ policies: [PeerAuthentication], root: String = "istio-system") -> EffectiveMode {
        EffectiveModeResolver(policy: MeshPolicy(peerAuthentications: policies, rootNamespace: root))
            .effectiveMode(for: cart)
    }

    @Test("Without any policy the mode is PERMISSIVE from the mesh default")
    func noPolicyMeansPermissive() {
        let mode = resolve([])
        #expect(mode.workload == EffectiveMode.Setting(mode: .permissive, origin: .meshDefault))
        #expect(mode.workload.description == "PERMISSIVE (mesh default)")
    }

    @Test("A selector-less policy in the root namespace is the mesh policy")
    func meshPolicyApplies() {
        let mesh = PeerAuthentication(namespace: "istio-system", name: "default", mode: .strict)
        #expect(resolve([mesh]).workload == .init(mode: .strict, origin: .meshPolicy(mesh.reference)))
    }

    @Test("The root namespace is configurable")
    func rootNamespaceIsConfigurable() {
        let mesh = PeerAuthentication(namespace: "mesh-root", name: "default", mode: .strict)
        #expect(resolve([mesh]).workload.mode == .permissive)
        #expect(resolve([mesh], root: "mesh-root").workload.mode == .strict)
    }

    @Test("A namespace policy overrides the mesh policy")
    func namespaceOverridesMesh() {
        let mesh = PeerAuthentication(namespace: "istio-system", name: "default", mode: .permissive)
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let mode = resolve([mesh, namespace])
        #expect(mode.workload.description == "STRICT (namespace policy default)")
    }

    @Test("A workload policy overrides the namespace policy")
    func workloadOverridesNamespace() {
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let workload = PeerAuthentication(
            namespace: "shop",
            name: "cart-legacy",
            selector: ["app": "cart"],
            mode: .permissive
        )
        let mode = resolve([namespace, workload])
        #expect(mode.workload.description == "PERMISSIVE (workload policy shop/cart-legacy)")
    }

    @Test("A workload policy whose selector does not match leaves the namespace mode")
    func nonMatchingSelectorIsIgnored() {
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let other = PeerAuthentication(namespace: "shop", name: "web", selector: ["app": "web"], mode: .disable)
        #expect(resolve([namespace, other]).workload.origin == .namespacePolicy(namespace.reference))
    }

    @Test("UNSET at the namespace level inherits the mesh mode")
    func unsetNamespaceInheritsMesh() {
        let mesh = PeerAuthentication(namespace: "istio-system", name: "default", mode: .strict)
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .unset)
        #expect(resolve([mesh, namespace]).workload == .init(mode: .strict, origin: .meshPolicy(mesh.reference)))
    }

    @Test("UNSET at the workload level inherits the namespace mode")
    func unsetWorkloadInheritsNamespace() {
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .disable)
        let workload = PeerAuthentication(namespace: "shop", name: "cart", selector: ["app": "cart"], mode: .unset)
        #expect(
            resolve([namespace, workload]).workload
                == .init(mode: .disable, origin: .namespacePolicy(namespace.reference))
        )
    }

    @Test("A mesh policy with UNSET mode means PERMISSIVE")
    func unsetMeshMeansPermissive() {
        let mesh = PeerAuthentication(namespace: "istio-system", name: "default", mode: .unset)
        #expect(resolve([mesh]).workload == .init(mode: .permissive, origin: .meshDefault))
    }

    @Test("Among matching workload policies the oldest wins")
    func oldestWorkloadPolicyWins() {
        let newer = PeerAuthentication(
            namespace: "shop",
            name: "a-newer",
            creationTime: 2_000,
            selector: ["app": "cart"],
            mode: .disable
        )
        let older = PeerAuthentication(
            namespace: "shop",
            name: "z-older",
            creationTime: 1_000,
            selector: ["version": "v1"],
            mode: .strict
        )
        #expect(resolve([newer, older]).workload.origin == .workloadPolicy(older.reference))
    }

    @Test("Equally old workload policies are ordered by name")
    func equalAgeFallsBackToName() {
        let b = PeerAuthentication(
            namespace: "shop",
            name: "b",
            creationTime: 1_000,
            selector: ["app": "cart"],
            mode: .disable
        )
        let a = PeerAuthentication(
            namespace: "shop",
            name: "a",
            creationTime: 1_000,
            selector: ["app": "cart"],
            mode: .strict
        )
        #expect(resolve([b, a]).workload.origin == .workloadPolicy(a.reference))
    }

    @Test("A second namespace-wide policy is ignored: the oldest wins")
    func oldestNamespacePolicyWins() {
        let newer = PeerAuthentication(namespace: "shop", name: "default", creationTime: 2_000, mode: .disable)
        let older = PeerAuthentication(namespace: "shop", name: "strict", creationTime: 1_000, mode: .strict)
        #expect(resolve([newer, older]).workload.origin == .namespacePolicy(older.reference))
    }

    @Test("A second mesh-wide policy is ignored: the oldest wins")
    func oldestMeshPolicyWins() {
        let newer = PeerAuthentication(namespace: "istio-system", name: "a", creationTime: 2_000, mode: .disable)
        let older = PeerAuthentication(namespace: "istio-system", name: "b", creationTime: 1_000, mode: .strict)
        #expect(resolve([newer, older]).workload == .init(mode: .strict, origin: .meshPolicy(older.reference)))
    }

    @Test("A policy with a selector in the root namespace is ignored")
    func rootNamespaceSelectorIsIgnored() {
        let rootSelecting = PeerAuthentication(
            namespace: "istio-system",
            name: "cart",
            selector: ["app": "cart"],
            mode: .strict
        )
        #expect(resolve([rootSelecting]).workload.origin == .meshDefault)
    }

    @Test("Port-level modes apply with a selector and are keyed by target port")
    func portLevelModesApplyWithSelector() {
        let workload = PeerAuthentication(
            namespace: "shop",
            name: "cart",
            selector: ["app": "cart"],
            mode: .strict,
            portLevelModes: [8080: .disable]
        )
        let mode = resolve([workload])
        #expect(mode.mode(forPort: 8080) == .disable)
        #expect(mode.mode(forPort: 9090) == .strict)
        #expect(mode.mode(forPort: nil) == .strict)
        #expect(
            mode.description == "STRICT (workload policy shop/cart); port 8080: DISABLE (workload policy shop/cart)"
        )
    }

    @Test("Port-level modes without a selector are ignored")
    func portLevelModesWithoutSelectorAreIgnored() {
        let namespace = PeerAuthentication(
            namespace: "shop",
            name: "default",
            mode: .strict,
            portLevelModes: [8080: .disable]
        )
        let mode = resolve([namespace])
        #expect(mode.ports.isEmpty)
        #expect(mode.mode(forPort: 8080) == .strict)
    }

    @Test("An UNSET port keeps the workload's inherited mode")
    func unsetPortInheritsWorkloadMode() {
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let workload = PeerAuthentication(
            namespace: "shop",
            name: "cart",
            selector: ["app": "cart"],
            mode: .unset,
            portLevelModes: [8080: .permissive, 9090: .unset]
        )
        let mode = resolve([namespace, workload])
        #expect(mode.workload.origin == .namespacePolicy(namespace.reference))
        #expect(mode.mode(forPort: 8080) == .permissive)
        #expect(mode.mode(forPort: 9090) == .strict)
    }

    @Test("Selector matches against telemetry labels are marked as guesses")
    func telemetryLabelsMakeAGuess() {
        let workload = PeerAuthentication(namespace: "shop", name: "cart", selector: ["app": "cart"], mode: .strict)
        let resolver = EffectiveModeResolver(policy: MeshPolicy(peerAuthentications: [workload]))
        let guessed = PolicyWorkload.fromTelemetry(namespace: "shop", name: "cart", app: "cart", version: "unknown")
        #expect(guessed.labels == ["app": "cart"])
        #expect(resolver.effectiveMode(for: guessed).selectorMatchIsGuess)
        #expect(resolver.effectiveMode(for: guessed).workload.mode == .strict)
        #expect(!resolver.effectiveMode(for: cart).selectorMatchIsGuess)
    }

    @Test("A policy without a creation time counts as newer than one with")
    func missingCreationTimeIsNewest() {
        let undated = PeerAuthentication(namespace: "shop", name: "a", selector: ["app": "cart"], mode: .disable)
        let dated = PeerAuthentication(
            namespace: "shop",
            name: "b",
            creationTime: 5,
            selector: ["app": "cart"],
            mode: .strict
        )
        #expect(resolve([undated, dated]).workload.origin == .workloadPolicy(dated.reference))
    }
}
