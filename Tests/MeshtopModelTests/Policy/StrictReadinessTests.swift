import Testing

@testable import MeshtopModel

/// Readiness verdicts on hand-built inbound traffic.
@Suite("STRICT readiness")
struct StrictReadinessTests {
    private let cart = PolicyWorkload(namespace: "shop", name: "cart", labels: ["app": "cart"], labelSource: .pods)
    private let web = InboundTraffic.Source(
        namespace: "web",
        workload: "frontend",
        principal: "spiffe://cluster.local/ns/web/sa/frontend",
        hasProxy: true
    )
    private let batch = InboundTraffic.Source(namespace: "legacy", workload: "batch", hasProxy: true)
    private let outsider = InboundTraffic.Source(namespace: "unknown", workload: "unknown")

    private func evaluator(_ policies: [PeerAuthentication] = [], rules: [DestinationRule] = [], minimum: Double = 100)
        -> StrictReadinessEvaluator
    {
        StrictReadinessEvaluator(
            policy: MeshPolicy(peerAuthentications: policies, destinationRules: rules),
            criteria: .init(minimumObservations: minimum)
        )
    }

    private func traffic(
        _ source: InboundTraffic.Source,
        to workload: String = "cart",
        port: Int? = nil,
        mtls: Double = 0,
        plain: Double = 0,
        unknown: Double = 0
    ) -> InboundTraffic {
        InboundTraffic(
            source: source,
            destinationNamespace: "shop",
            destinationWorkload: workload,
            port: port,
            mutualTLS: mtls,
            plaintext: plain,
            unknown: unknown
        )
    }

    @Test("All-mTLS traffic above the minimum is READY")
    func allMutualIsReady() {
        let verdict = evaluator().readiness(of: cart, inbound: [traffic(web, mtls: 150)])
        #expect(verdict == .ready)
    }

    @Test("All-mTLS traffic below the minimum is NO DATA")
    func tooLittleIsNoData() {
        #expect(evaluator().readiness(of: cart, inbound: [traffic(web, mtls: 99)]) == .noData)
        #expect(evaluator(minimum: 50).readiness(of: cart, inbound: [traffic(web, mtls: 99)]) == .ready)
        #expect(evaluator(minimum: 0).readiness(of: cart, inbound: []) == .noData)
    }

    @Test("Plaintext and unmeshed callers block, each named with its port")
    func plaintextCallersBlock() {
        let verdict = evaluator().readiness(
            of: cart,
            inbound: [
                traffic(web, mtls: 500), traffic(batch, port: 8080, plain: 3), traffic(outsider, port: 9090, plain: 7),
            ]
        )
        #expect(verdict.description == "BLOCKED (2)")
        #expect(
            verdict.blockers == [
                ReadinessBlocker(
                    kind: .plaintextCaller,
                    source: "legacy/batch",
                    destination: "shop/cart",
                    port: 8080,
                    observations: 3
                ),
                ReadinessBlocker(
                    kind: .unmeshedCaller,
                    source: "unknown/unknown",
                    destination: "shop/cart",
                    port: 9090,
                    observations: 7
                ),
            ]
        )
        #expect(verdict.blockers[0].description == "plaintext caller legacy/batch -> shop/cart:8080 (3 seen)")
    }

    @Test("A blocker blocks even when there is too little data for READY")
    func blockerBeatsNoData() {
        #expect(evaluator().readiness(of: cart, inbound: [traffic(batch, plain: 1)]).blockers.count == 1)
    }

    @Test("Traffic whose security is unknown is not proof of mTLS")
    func unknownTrafficBlocks() {
        let verdict = evaluator().readiness(of: cart, inbound: [traffic(web, mtls: 500, unknown: 4)])
        #expect(verdict.blockers.map(\.kind) == [.unverifiedTraffic])
    }

    @Test("A destination without a proxy blocks: STRICT cannot apply to it")
    func destinationWithoutProxyBlocks() {
        var inbound = traffic(web, plain: 30)
        inbound.destinationHasProxy = false
        let verdict = evaluator().readiness(of: cart, inbound: [inbound])
        #expect(verdict.blockers.map(\.kind) == [.destinationWithoutProxy])
        #expect(verdict.blockers.first?.description == "no proxy at destination web/frontend -> shop/cart (30 seen)")
    }

    @Test("A DestinationRule that disables TLS towards the workload blocks")
    func disablingRuleBlocks() {
        let rule = DestinationRule(
            namespace: "web",
            name: "cart-plain",
            host: "cart.shop.svc.cluster.local",
            tls: .init(mode: .disable)
        )
        let verdict = evaluator(rules: [rule]).readiness(of: cart, inbound: [traffic(web, mtls: 500)])
        #expect(
            verdict.blockers == [
                ReadinessBlocker(kind: .destinationRuleDisablesTLS, source: "web/cart-plain", destination: "shop/cart")
            ]
        )
    }

    @Test("A workload whose effective mode is STRICT is ALREADY STRICT")
    func strictIsAlreadyStrict() {
        let namespace = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        #expect(evaluator([namespace]).readiness(of: cart, inbound: [traffic(batch, plain: 9)]) == .alreadyStrict)
        #expect(evaluator([namespace]).readiness(ofNamespace: "shop", workloads: [], inbound: []) == .alreadyStrict)
    }

    @Test("Traffic on a port with its own mode does not block the workload")
    func portExceptionIsNotABlocker() {
        let policy = PeerAuthentication(
            namespace: "shop",
            name: "cart",
            selector: ["app": "cart"],
            mode: .permissive,
            portLevelModes: [8080: .disable]
        )
        let verdict = evaluator([policy]).readiness(
            of: cart,
            inbound: [traffic(web, mtls: 200), traffic(batch, port: 8080, plain: 40)]
        )
        #expect(verdict == .ready)
    }

    @Test("A namespace verdict leaves out workloads whose own policy sets a mode")
    func namespaceSkipsWorkloadsWithOwnMode() {
        let own = PeerAuthentication(namespace: "shop", name: "cart", selector: ["app": "cart"], mode: .permissive)
        let inbound = [traffic(batch, plain: 5), traffic(web, to: "checkout", mtls: 300)]
        #expect(evaluator().readiness(ofNamespace: "shop", workloads: [cart], inbound: inbound).blockers.count == 1)
        #expect(evaluator([own]).readiness(ofNamespace: "shop", workloads: [cart], inbound: inbound) == .ready)
    }

    @Test("A namespace verdict counts workloads only traffic names")
    func namespaceIncludesTrafficOnlyWorkloads() {
        let verdict = evaluator().readiness(
            ofNamespace: "shop",
            workloads: [],
            inbound: [traffic(batch, to: "checkout", plain: 2)]
        )
        #expect(verdict.blockers.map(\.destination) == ["shop/checkout"])
    }
}
