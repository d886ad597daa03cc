import Testing

@testable import MeshtopModel

/// The steps of `MigrationPlanner` on hand-built policies and traffic, one kind of step per test; every
/// figure is worked out by hand in the test.
@Suite("Migration plan steps")
struct MigrationPlannerTests {
    static let web = InboundTraffic.Source(namespace: "web", workload: "frontend", hasProxy: true)
    static let batch = InboundTraffic.Source(namespace: "legacy", workload: "batch", hasProxy: true)
    static let outsider = InboundTraffic.Source(namespace: "unknown", workload: "unknown")

    static func workload(_ namespace: String, _ name: String) -> PolicyWorkload {
        PolicyWorkload(namespace: namespace, name: name, labels: ["app": name], labelSource: .pods)
    }

    /// Traffic into `destination` (`ns/name`) over a window of `seconds`: mTLS requests, plaintext requests
    /// and plaintext connections, with their rates.
    static func traffic(
        _ source: InboundTraffic.Source,
        to destination: String,
        port: Int? = nil,
        mutualRequests: Double = 0,
        plainRequests: Double = 0,
        plainConnections: Double = 0,
        unknownRequests: Double = 0,
        destinationHasProxy: Bool = true,
        seconds: Double? = 100
    ) -> InboundTraffic {
        let parts = destination.split(separator: "/").map(String.init)
        let insecureRequests = plainRequests + unknownRequests
        return InboundTraffic(
            source: source,
            destinationNamespace: parts[0],
            destinationWorkload: parts[1],
            port: port,
            mutualTLS: mutualRequests,
            plaintext: plainRequests + plainConnections + (destinationHasProxy ? 0 : unknownRequests),
            unknown: destinationHasProxy ? unknownRequests : 0,
            destinationHasProxy: destinationHasProxy,
            insecure: TrafficFigures(
                requests: insecureRequests,
                connections: plainConnections,
                requestsPerSecond: seconds.map { insecureRequests / $0 },
                connectionsPerSecond: seconds.map { plainConnections / $0 }
            )
        )
    }

    static func plan(
        _ policies: [PeerAuthentication] = [],
        rules: [DestinationRule] = [],
        workloads: [PolicyWorkload],
        inbound: [InboundTraffic],
        exceptions: Bool = false
    ) -> MigrationPlan {
        MigrationPlanner(
            input: PolicyCheckReport.Input(
                policy: MeshPolicy(peerAuthentications: policies, destinationRules: rules),
                workloads: workloads,
                inbound: inbound
            ),
            allowsExceptions: exceptions
        ).plan()
    }

    static func step(_ namespace: String, in plan: MigrationPlan) throws -> MigrationStep {
        try #require(plan.steps.first { $0.namespace == namespace })
    }

    private let shop = [workload("shop", "cart"), workload("shop", "orders")]

    @Test("READY: a namespace-wide STRICT policy named meshtop-strict, refusing nothing")
    func ready() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [Self.traffic(Self.web, to: "shop/cart", mutualRequests: 150)]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.verdict == .ready)
        #expect(step.action == .switchToStrict)
        #expect(
            step.resources.map(\.object) == [
                .peerAuthentication(.init(namespace: "shop", name: "meshtop-strict", mode: .strict))
            ]
        )
        #expect(step.resources.map(\.replaces) == [false])
        #expect(step.impact.afterStep == .zeroRates)
        #expect(plan.appliedPolicy.peerAuthentications.count == 1)
    }

    @Test("READY under a namespace policy: the STRICT policy keeps that policy's name and replaces it")
    func readyKeepsName() throws {
        let relaxed = PeerAuthentication(namespace: "shop", name: "default", creationTime: 10, mode: .permissive)
        let plan = Self.plan(
            [relaxed],
            workloads: shop,
            inbound: [Self.traffic(Self.web, to: "shop/cart", mutualRequests: 150)]
        )
        let resource = try #require(try Self.step("shop", in: plan).resources.first)
        #expect(resource.replaces)
        #expect(
            resource.object
                == .peerAuthentication(.init(namespace: "shop", name: "default", creationTime: 10, mode: .strict))
        )
        #expect(
            plan.appliedPolicy.peerAuthentications == [
                .init(namespace: "shop", name: "default", creationTime: 10, mode: .strict)
            ]
        )
    }

    @Test("Blocked by a plaintext caller: what to change, the evidence at 1.5 req/s, and no objects")
    func plaintextCaller() throws {
        // 150 plaintext requests in 100 s: 1.5 req/s.
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500),
                Self.traffic(Self.batch, to: "shop/cart", plainRequests: 150),
            ]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.action == .fixFirst)
        #expect(step.resources.isEmpty)
        #expect(step.evidence.map(\.description) == ["legacy/batch → shop/cart plaintext, 1.5 req/s"])
        #expect(step.todo.first?.hasPrefix("make legacy/batch send mutual TLS to shop/cart") == true)
        #expect(step.todo.last == "or switch now with exceptions for the blocked workloads: --allow-exceptions")
        #expect(
            step.impact.ifSwitchedNow == TrafficFigures(requests: 150, requestsPerSecond: 1.5, connectionsPerSecond: 0)
        )
        #expect(step.impact.afterStep == .zeroRates)
    }

    @Test("Blocked by an unmeshed caller: 40 plaintext connections in 100 s are 0.4 conn/s")
    func unmeshedCaller() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/orders", mutualRequests: 500),
                Self.traffic(Self.outsider, to: "shop/orders", plainConnections: 40),
            ]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.action == .fixFirst)
        #expect(
            step.evidence.map(\.description) == [
                "unknown/unknown → shop/orders plaintext from a caller without a proxy, 0.4 conn/s"
            ]
        )
        #expect(step.todo.first?.hasPrefix("mesh the callers outside the mesh that reach shop/orders") == true)
        #expect(step.impact.ifSwitchedNow.connectionsPerSecond == 0.4)
    }

    @Test("Blocked by unverified traffic: it counts as refused, 30 requests in 100 s = 0.3 req/s")
    func unverifiedTraffic() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500),
                Self.traffic(Self.batch, to: "shop/cart", unknownRequests: 30),
            ]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.evidence.map(\.description) == ["legacy/batch → shop/cart traffic of unknown security, 0.3 req/s"])
        #expect(step.impact.ifSwitchedNow.requestsPerSecond == 0.3)
    }

    @Test("Blocked by a destination without a proxy: STRICT would refuse nothing there, but nothing is applied")
    func destinationWithoutProxy() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500),
                Self.traffic(Self.web, to: "shop/orders", unknownRequests: 200, destinationHasProxy: false),
            ]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.action == .fixFirst)
        #expect(
            step.evidence.map(\.description) == [
                "web/frontend → shop/orders into a destination without a proxy, 2 req/s"
            ]
        )
        #expect(step.todo.first == "inject a proxy into shop/orders: STRICT cannot apply to a workload without one")
        #expect(step.impact.ifSwitchedNow == .zeroRates)
    }

    @Test("Blocked only by a DestinationRule towards a meshed workload: the rule is rewritten, then STRICT")
    func destinationRule() throws {
        let rule = DestinationRule(
            namespace: "web",
            name: "cart",
            host: "cart.shop.svc.cluster.local",
            tls: .init(mode: .disable, portModes: [9090: .simple]),
            subsets: [.init(name: "v1", labels: ["version": "v1"], tls: .init(mode: .mutual))]
        )
        let plan = Self.plan(
            rules: [rule],
            workloads: shop,
            inbound: [Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500)]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.verdict.description == "BLOCKED (1)")
        #expect(step.action == .fixRulesAndSwitch)
        var rewritten = rule
        rewritten.tls = .init(mode: .istioMutual, portModes: [9090: .istioMutual])
        #expect(step.resources.map(\.object).last == .destinationRule(rewritten))
        #expect(step.resources.last?.replaces == true)
        #expect(step.evidence.map(\.description) == ["DestinationRule web/cart sends DISABLE/SIMPLE to shop/cart"])
        let spec = try #require(step.resources.last?.manifest["spec"])
        #expect(spec["trafficPolicy"]?["tls"]?["mode"] == .string("ISTIO_MUTUAL"))
        #expect(spec["subsets"]?.elements.first?["trafficPolicy"]?["tls"]?["mode"] == .string("MUTUAL"))
    }

    @Test("A wildcard rule is not rewritten, so the namespace stays blocked and says why")
    func wildcardRule() throws {
        let rule = DestinationRule(
            namespace: "web",
            name: "all",
            host: "*.shop.svc.cluster.local",
            tls: .init(mode: .disable)
        )
        let plan = Self.plan(
            rules: [rule],
            workloads: shop,
            inbound: [Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500)]
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.action == .fixFirst)
        #expect(step.resources.isEmpty)
    }

    @Test("Port-level exceptions: only the blocked port stays PERMISSIVE, and the impact falls to zero")
    func portLevelExceptions() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", port: 9090, mutualRequests: 500),
                Self.traffic(Self.batch, to: "shop/cart", port: 8080, plainRequests: 120),
                Self.traffic(Self.outsider, to: "shop/cart", port: 8081, plainConnections: 50),
            ],
            exceptions: true
        )
        let step = try Self.step("shop", in: plan)
        #expect(step.action == .switchWithExceptions)
        let exception = PeerAuthentication(
            namespace: "shop",
            name: "meshtop-exception-cart",
            selector: ["app": "cart"],
            mode: .unset,
            portLevelModes: [8080: .permissive, 8081: .permissive]
        )
        #expect(
            step.resources.map(\.object) == [
                .peerAuthentication(.init(namespace: "shop", name: "meshtop-strict", mode: .strict)),
                .peerAuthentication(exception),
            ]
        )
        // 120 requests and 50 connections in 100 s: 1.2 req/s and 0.5 conn/s without the exception.
        #expect(
            step.impact.ifSwitchedNow
                == TrafficFigures(requests: 120, connections: 50, requestsPerSecond: 1.2, connectionsPerSecond: 0.5)
        )
        #expect(step.impact.afterStep == .zeroRates)
        #expect(
            step.resources.last?.breaksWithout?.contains("legacy/batch → shop/cart:8080 plaintext, 1.2 req/s") == true
        )
    }

    @Test("A caller without a port gets a whole-workload exception, its selector unique among the namespace")
    func workloadExceptionSelector() throws {
        let reviews = ["v1", "v2"].map {
            PolicyWorkload(
                namespace: "shop",
                name: "reviews-\($0)",
                labels: ["app": "reviews", "version": $0],
                labelSource: .pods
            )
        }
        let plan = Self.plan(
            workloads: reviews,
            inbound: [
                Self.traffic(Self.web, to: "shop/reviews-v1", mutualRequests: 500),
                Self.traffic(Self.batch, to: "shop/reviews-v2", plainRequests: 10),
            ],
            exceptions: true
        )
        let exception = try #require(try Self.step("shop", in: plan).resources.last)
        #expect(
            exception.object
                == .peerAuthentication(
                    .init(
                        namespace: "shop",
                        name: "meshtop-exception-reviews-v2",
                        selector: ["app": "reviews", "version": "v2"],
                        mode: .permissive
                    )
                )
        )
    }

    @Test("Impact adds every record's rates: 1.2 req/s plus 0.3 req/s, and 0.5 conn/s")
    func impactFigures() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500),
                Self.traffic(Self.batch, to: "shop/cart", plainRequests: 120),
                Self.traffic(Self.outsider, to: "shop/orders", plainRequests: 18, plainConnections: 30, seconds: 60),
            ]
        )
        let impact = try Self.step("shop", in: plan).impact.ifSwitchedNow
        // 120 / 100 s + 18 / 60 s = 1.2 + 0.3 req/s; 30 / 60 s = 0.5 conn/s.
        #expect(impact.requests == 138)
        #expect(impact.connections == 30)
        #expect(abs((impact.requestsPerSecond ?? 0) - 1.5) < 1e-12)
        #expect(impact.connectionsPerSecond == 0.5)
        #expect(impact.description == "1.5 req/s, 0.5 conn/s")
    }

    @Test("A single scrape has no rates: the impact is given as counts and says so")
    func singleScrapeCounts() throws {
        let plan = Self.plan(
            workloads: shop,
            inbound: [
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500, seconds: nil),
                Self.traffic(Self.batch, to: "shop/cart", plainRequests: 120, plainConnections: 4, seconds: nil),
            ]
        )
        #expect(!plan.hasRates)
        let step = try Self.step("shop", in: plan)
        #expect(step.impact.ifSwitchedNow.description == "120 requests, 4 connections")
        #expect(plan.text().contains("one scrape: counts, no rates"))
    }

    @Test("NO DATA and ALREADY STRICT change nothing; the root namespace is never switched as a namespace")
    func unchanged() throws {
        let strict = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let plan = Self.plan(
            [strict],
            workloads: shop + [Self.workload("quiet", "idle"), Self.workload("istio-system", "gateway")],
            inbound: [
                Self.traffic(Self.web, to: "quiet/idle", mutualRequests: 20),
                Self.traffic(Self.web, to: "istio-system/gateway", mutualRequests: 500),
            ]
        )
        #expect(try Self.step("quiet", in: plan).action == .noChange)
        #expect(
            try Self.step("quiet", in: plan).todo == [
                "no change: 20 requests and connections in the window, fewer than the 100 a verdict needs"
            ]
        )
        #expect(try Self.step("shop", in: plan).action == .alreadyStrict)
        #expect(try Self.step("shop", in: plan).todo == ["nothing to do"])
        #expect(try Self.step("istio-system", in: plan).verdict == .ready)
        #expect(try Self.step("istio-system", in: plan).action == .meshWide)
        #expect(plan.resources.isEmpty)
    }

    @Test("A rule towards a workload without traffic holds back a READY switch, or gets an exception")
    func heldBack() throws {
        // The rule reaches shop/ghost, which no traffic shows: STRICT there would raise MT101.
        let rule = DestinationRule(
            namespace: "web",
            name: "ghost",
            host: "ghost.shop.svc.cluster.local",
            tls: .init(mode: .disable)
        )
        let inbound = [Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500)]
        let held = Self.plan(rules: [rule], workloads: shop, inbound: inbound)
        let step = try Self.step("shop", in: held)
        #expect(step.verdict == .ready)
        #expect(step.action == .heldBack)
        #expect(step.resources.isEmpty)
        #expect(step.todo.first?.hasPrefix("held back: switching would raise MT101 on shop/ghost") == true)
        let excepted = Self.plan(rules: [rule], workloads: shop, inbound: inbound, exceptions: true)
        #expect(try Self.step("shop", in: excepted).action == .switchWithExceptions)
        #expect(
            try Self.step("shop", in: excepted).resources.map(\.object.reference.name) == [
                "meshtop-strict", "meshtop-exception-ghost",
            ]
        )
    }

    @Test("Order: the readier free namespace first, a namespace after those that call it, ties by name")
    func order() throws {
        let plan = Self.plan(
            workloads: [
                Self.workload("api", "gateway"), Self.workload("web", "frontend"), Self.workload("shop", "cart"),
            ],
            inbound: [
                Self.traffic(Self.outsider, to: "api/gateway", mutualRequests: 0),
                Self.traffic(Self.web, to: "shop/cart", mutualRequests: 500),
                Self.traffic(Self.batch, to: "web/frontend", plainRequests: 5),
                Self.traffic(
                    .init(namespace: "api", workload: "gateway", hasProxy: true),
                    to: "api/gateway",
                    mutualRequests: 500
                ),
            ]
        )
        // api is READY and free; web is BLOCKED and free; shop is READY but called by web.
        #expect(plan.steps.map(\.namespace) == ["api", "web", "shop"])
        #expect(try Self.step("shop", in: plan).order == ["after web, which calls it"])
    }

    @Test("A cycle is broken by readiness, then name, and the step says so")
    func cycle() throws {
        let x = InboundTraffic.Source(namespace: "x", workload: "one", hasProxy: true)
        let y = InboundTraffic.Source(namespace: "y", workload: "two", hasProxy: true)
        let plan = Self.plan(
            workloads: [Self.workload("x", "one"), Self.workload("y", "two")],
            inbound: [
                Self.traffic(y, to: "x/one", mutualRequests: 500),
                Self.traffic(x, to: "y/two", mutualRequests: 500),
            ]
        )
        #expect(plan.steps.map(\.namespace) == ["x", "y"])
        #expect(
            try Self.step("x", in: plan).order == [
                "before y, though it calls it: their calls form a cycle, broken here by readiness, then name"
            ]
        )
        #expect(try Self.step("y", in: plan).order == ["after x, which calls it"])
    }
}
