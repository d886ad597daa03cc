import Testing

@testable import MeshtopModel

@Suite("DestinationRule client TLS")
struct ClientTLSResolverTests {
    private let cartHost = "cart.shop.svc.cluster.local"

    private func choice(
        _ rules: [DestinationRule],
        from client: String = "web",
        port: Int? = nil,
        labels: [String: String] = [:]
    ) -> ClientTLSResolver.Choice {
        ClientTLSResolver(policy: MeshPolicy(destinationRules: rules))
            .clientTLS(toHost: cartHost, port: port, destinationLabels: labels, fromNamespace: client)
    }

    @Test("Without a rule the client uses auto mTLS")
    func noRuleMeansAutoMutualTLS() {
        #expect(choice([]) == .init(rule: nil, mode: nil))
        #expect(choice([]).description == "auto mTLS")
    }

    @Test("A short host resolves in the rule's namespace")
    func shortHostResolvesInRuleNamespace() {
        let rule = DestinationRule(namespace: "shop", name: "cart", host: "cart", tls: .init(mode: .disable))
        let elsewhere = DestinationRule(namespace: "web", name: "cart", host: "cart", tls: .init(mode: .simple))
        #expect(choice([rule]).mode == .disable)
        #expect(choice([elsewhere]).mode == nil)
        #expect(ServiceHost.resolve("cart", inNamespace: "shop") == cartHost)
        #expect(ServiceHost.resolve("cart.shop", inNamespace: "web") == "cart.shop")
    }

    @Test("An exact host beats a wildcard, and a longer wildcard beats a shorter one")
    func mostSpecificHostWins() {
        let everything = DestinationRule(namespace: "shop", name: "all", host: "*", tls: .init(mode: .simple))
        let namespace = DestinationRule(
            namespace: "shop",
            name: "ns",
            host: "*.shop.svc.cluster.local",
            tls: .init(mode: .disable)
        )
        let exact = DestinationRule(namespace: "shop", name: "cart", host: cartHost, tls: .init(mode: .istioMutual))
        #expect(choice([everything]).mode == .simple)
        #expect(choice([everything, namespace]).mode == .disable)
        #expect(choice([everything, namespace, exact]).mode == .istioMutual)
    }

    @Test("The client's namespace is searched before the service's and the root namespace")
    func clientNamespaceFirst() {
        let root = DestinationRule(
            namespace: "istio-system",
            name: "mesh",
            host: "*.local",
            tls: .init(mode: .istioMutual)
        )
        let service = DestinationRule(namespace: "shop", name: "cart", host: "cart", tls: .init(mode: .simple))
        let client = DestinationRule(namespace: "web", name: "cart", host: cartHost, tls: .init(mode: .disable))
        #expect(choice([root]).mode == .istioMutual)
        #expect(choice([root, service]).mode == .simple)
        #expect(choice([root, service, client]).mode == .disable)
    }

    @Test("exportTo '.' hides a rule from other namespaces")
    func exportToHidesRule() {
        let rule = DestinationRule(
            namespace: "shop",
            name: "cart",
            host: "cart",
            exportTo: ["."],
            tls: .init(mode: .disable)
        )
        #expect(choice([rule], from: "web").mode == nil)
        #expect(choice([rule], from: "shop").mode == .disable)
    }

    @Test("Port-level and subset TLS override the rule's TLS")
    func portAndSubsetOverrides() {
        let rule = DestinationRule(
            namespace: "shop",
            name: "cart",
            host: "cart",
            tls: .init(mode: .istioMutual, portModes: [8080: .disable]),
            subsets: [.init(name: "legacy", labels: ["version": "v0"], tls: .init(mode: .simple))]
        )
        #expect(choice([rule]).mode == .istioMutual)
        #expect(choice([rule], port: 8080).mode == .disable)
        #expect(choice([rule], labels: ["app": "cart", "version": "v0"]).mode == .simple)
    }
}
