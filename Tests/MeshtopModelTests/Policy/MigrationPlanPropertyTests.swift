import Testing

@testable import MeshtopModel

/// Applying a plan and checking again, over generated policy sets and traffic: every READY namespace
/// the plan switches is ALREADY STRICT, no new critical finding appears, and no verdict gets worse.
@Suite("Migration plan, applied and checked again")
struct MigrationPlanPropertyTests {
    /// A small seeded generator (SplitMix64), so every run draws the same cases.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

        mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }
    }

    /// One generated mesh: policies, workloads and a window of traffic.
    static func mesh(seed: UInt64) -> (input: PolicyCheckReport.Input, exceptions: Bool) {
        var random = Generator(state: seed)
        let namespaces = Array(["alpha", "beta", "gamma", "delta"].prefix(2 + random.below(3)))
        var workloads: [PolicyWorkload] = []
        for namespace in namespaces + ["istio-system"] {
            for index in 0..<(1 + random.below(3)) {
                let name = "w\(index)"
                workloads.append(
                    PolicyWorkload(
                        namespace: namespace,
                        name: name,
                        labels: ["app": name, "version": "v1"],
                        labelSource: .pods
                    )
                )
            }
        }
        let noProxy = Set(workloads.filter { _ in random.chance(10) }.map(\.description))
        let modes: [PeerAuthentication.Mode] = [.unset, .permissive, .strict, .disable, .permissive]
        var policies: [PeerAuthentication] = []
        if random.chance(70) {
            policies.append(
                .init(namespace: "istio-system", name: "default", mode: random.pick([.permissive, .unset]))
            )
        }
        for namespace in namespaces where random.chance(50) {
            policies.append(.init(namespace: namespace, name: "default", creationTime: 5, mode: random.pick(modes)))
        }
        for workload in workloads where workload.namespace != "istio-system" && random.chance(15) {
            policies.append(
                .init(
                    namespace: workload.namespace,
                    name: "own-\(workload.name)",
                    selector: ["app": workload.name],
                    mode: random.pick(modes),
                    portLevelModes: random.chance(50) ? [8080: random.pick(modes)] : [:]
                )
            )
        }
        let clientModes: [DestinationRule.ClientTLSMode?] = [nil, .disable, .simple, .istioMutual, .mutual]
        var rules: [DestinationRule] = []
        for workload in workloads where random.chance(25) {
            rules.append(
                .init(
                    namespace: random.chance(50) ? workload.namespace : random.pick(namespaces),
                    name: "to-\(workload.namespace)-\(workload.name)",
                    host: workload.serviceHost,
                    tls: .init(
                        mode: random.pick(clientModes),
                        portModes: random.chance(30) ? [8080: random.pick([.disable, .istioMutual])] : [:]
                    )
                )
            )
        }
        var inbound: [InboundTraffic] = []
        for destination in workloads where random.chance(80) {
            for _ in 0..<(1 + random.below(3)) {
                let from = random.pick(workloads)
                let caller =
                    random.chance(20)
                    ? InboundTraffic.Source(namespace: "unknown", workload: "unknown")
                    : InboundTraffic.Source(
                        namespace: from.namespace,
                        workload: from.name,
                        hasProxy: !noProxy.contains(from.description)
                    )
                let hasProxy = !noProxy.contains(destination.description)
                let mutual = hasProxy && random.chance(80) ? Double(random.below(400)) : 0
                let plain = random.chance(25) ? Double(1 + random.below(50)) : 0
                let unknown = random.chance(10) ? Double(1 + random.below(20)) : 0
                inbound.append(
                    InboundTraffic(
                        source: caller,
                        destinationNamespace: destination.namespace,
                        destinationWorkload: destination.name,
                        port: random.pick([nil, 8080, 9090]),
                        mutualTLS: mutual,
                        plaintext: plain + (hasProxy ? 0 : unknown),
                        unknown: hasProxy ? unknown : 0,
                        destinationHasProxy: hasProxy,
                        insecure: TrafficFigures(
                            requests: plain + unknown,
                            requestsPerSecond: (plain + unknown) / 60,
                            connectionsPerSecond: 0
                        )
                    )
                )
            }
        }
        let input = PolicyCheckReport.Input(
            policy: MeshPolicy(peerAuthentications: policies, destinationRules: rules),
            workloads: workloads,
            workloadsAreComplete: true,
            inbound: inbound
        )
        return (input, random.chance(50))
    }

    /// Worse is a lower rank, or more blockers.
    static func rank(_ verdict: String) -> Int {
        if verdict.hasPrefix("BLOCKED") { return 0 }
        return ["NO DATA": 1, "READY": 2, "ALREADY STRICT": 3][verdict] ?? -1
    }

    static func criticalKeys(_ report: PolicyCheckReport) -> Set<String> {
        Set(
            report.findings.map(\.finding).filter { $0.severity == .critical }.map {
                "\($0.code.rawValue) \($0.subject) \($0.port.map(String.init) ?? "-")"
            }
        )
    }

    @Test("The plan keeps its promises on 300 generated meshes", arguments: 0..<300)
    func appliedPlanKeepsPromises(seed: Int) throws {
        let (input, exceptions) = Self.mesh(seed: UInt64(seed))
        let plan = MigrationPlanner(input: input, allowsExceptions: exceptions).plan()
        #expect(plan.notes.isEmpty)
        let before = PolicyCheckReport(input)
        var appliedInput = input
        appliedInput.policy = plan.appliedPolicy
        let after = PolicyCheckReport(appliedInput)
        let afterByName = Dictionary(uniqueKeysWithValues: after.namespaces.map { ($0.name, $0) })
        for entry in before.namespaces {
            let now = try #require(afterByName[entry.name])
            let step = try #require(plan.steps.first { $0.namespace == entry.name })
            if entry.readiness == "READY" && step.action != .heldBack && step.action != .meshWide {
                #expect(now.readiness == "ALREADY STRICT", "seed \(seed): \(entry.name)")
            }
            if step.action == .switchToStrict || step.action == .switchWithExceptions
                || step.action == .fixRulesAndSwitch
            {
                #expect(now.readiness == "ALREADY STRICT", "seed \(seed): \(entry.name)")
            }
            let worse =
                Self.rank(now.readiness) < Self.rank(entry.readiness)
                || (now.readiness.hasPrefix("BLOCKED") && now.blockers.count > entry.blockers.count)
            #expect(!worse, "seed \(seed): \(entry.name) \(entry.readiness) → \(now.readiness)")
        }
        let fresh = Self.criticalKeys(after).subtracting(Self.criticalKeys(before))
        #expect(fresh.isEmpty, "seed \(seed): new critical findings \(fresh.sorted())")
        let references = plan.resources.map(\.object.reference)
        #expect(Set(references).count == references.count, "seed \(seed): an object is planned twice")
    }

    @Test("The generated meshes cover every kind of step")
    func generatorCoversEveryStep() {
        var actions: Set<MigrationStep.Action> = []
        var ready = 0
        var heldBack = 0
        for seed in 0..<300 {
            let (input, exceptions) = Self.mesh(seed: UInt64(seed))
            let steps = MigrationPlanner(input: input, allowsExceptions: exceptions).plan().steps
            actions.formUnion(steps.map(\.action))
            ready += steps.filter { $0.verdict == .ready && $0.action != .meshWide }.count
            heldBack += steps.filter { $0.action == .heldBack }.count
        }
        // Held-back switches are the exception the READY promise allows; they must stay rare.
        #expect(ready >= 100)
        #expect(heldBack * 10 < ready, "\(heldBack) of \(ready) READY namespaces held back")
        #expect(
            actions.isSuperset(of: [
                .switchToStrict, .fixRulesAndSwitch, .switchWithExceptions, .fixFirst, .noChange, .alreadyStrict,
                .meshWide,
            ])
        )
    }
}
