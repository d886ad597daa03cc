import Testing

@testable import MeshtopModel

@Suite("Policy findings")
struct PolicyFindingTests {
    private let cart = PolicyWorkload(namespace: "shop", name: "cart", labels: ["app": "cart"], labelSource: .pods)

    private func analyze(
        _ policies: [PeerAuthentication],
        rules: [DestinationRule] = [],
        workloads: [PolicyWorkload]? = nil,
        complete: Bool = true
    ) -> [PolicyFinding] {
        PolicyAnalyzer(
            policy: MeshPolicy(peerAuthentications: policies, destinationRules: rules),
            workloads: workloads ?? [cart],
            workloadsAreComplete: complete
        ).findings()
    }

    @Test("A second namespace-wide policy is flagged with the winner named")
    func duplicateNamespacePolicy() throws {
        let older = PeerAuthentication(namespace: "shop", name: "default", creationTime: 1, mode: .strict)
        let newer = PeerAuthentication(namespace: "shop", name: "relaxed", creationTime: 2, mode: .permissive)
        let finding = try #require(analyze([newer, older]).first)
        #expect(finding.code == .duplicateNamespacePolicy)
        #expect(finding.subject == "shop/relaxed")
        #expect(finding.message.contains("shop/default (STRICT) is older and wins"))
        #expect(finding.code.kialiEquivalent == "KIA0002")
    }

    @Test("A second mesh-wide policy is flagged as a mesh duplicate")
    func duplicateMeshPolicy() {
        let a = PeerAuthentication(namespace: "istio-system", name: "a", creationTime: 1, mode: .strict)
        let b = PeerAuthentication(namespace: "istio-system", name: "b", creationTime: 2, mode: .strict)
        #expect(analyze([a, b]).map(\.code) == [.duplicateMeshPolicy])
    }

    @Test("Overlapping workload policies and selectors that match nothing are flagged")
    func selectorFindings() {
        let a = PeerAuthentication(
            namespace: "shop",
            name: "a",
            creationTime: 1,
            selector: ["app": "cart"],
            mode: .strict
        )
        let b = PeerAuthentication(
            namespace: "shop",
            name: "b",
            creationTime: 2,
            selector: ["app": "cart"],
            mode: .disable
        )
        let typo = PeerAuthentication(namespace: "shop", name: "typo", selector: ["app": "crat"], mode: .strict)
        let codes = analyze([a, b, typo]).map(\.code)
        #expect(codes == [.overlappingWorkloadPolicies, .selectorMatchesNothing])
    }

    @Test("A selector that matches nothing among telemetry labels is only an informational guess")
    func guessedSelectorMiss() throws {
        let typo = PeerAuthentication(namespace: "shop", name: "typo", selector: ["tier": "backend"], mode: .strict)
        let guessed = PolicyWorkload.fromTelemetry(namespace: "shop", name: "cart", app: "cart", version: nil)
        let finding = try #require(analyze([typo], workloads: [guessed], complete: false).first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("guess"))
        #expect(analyze([typo], workloads: [], complete: false).isEmpty)
    }

    @Test("Ignored fields are flagged: selector in the root namespace, port-level without selector")
    func ignoredFields() {
        let root = PeerAuthentication(namespace: "istio-system", name: "x", selector: ["app": "cart"], mode: .strict)
        let ports = PeerAuthentication(
            namespace: "shop",
            name: "default",
            mode: .strict,
            portLevelModes: [80: .disable]
        )
        #expect(Set(analyze([root, ports]).map(\.code)) == [.selectorInRootNamespace, .portLevelWithoutSelector])
    }

    @Test("A DestinationRule sending plaintext to a STRICT workload is critical")
    func disableTowardsStrict() throws {
        let strict = PeerAuthentication(namespace: "shop", name: "default", mode: .strict)
        let rule = DestinationRule(namespace: "shop", name: "cart", host: "cart", tls: .init(mode: .disable))
        let finding = try #require(analyze([strict], rules: [rule]).first)
        #expect(finding.code == .destinationRuleBreaksStrict)
        #expect(finding.severity == .critical)
        #expect(finding.resources == [rule.reference, strict.reference])
        #expect(finding.code.equivalents == "KIA0207/KIA0208, IST0113 (older istioctl releases)")
    }

    @Test("DestinationRule conflicts are found per port, and without workloads from the rule's host")
    func portLevelDestinationRuleConflict() {
        let policy = PeerAuthentication(
            namespace: "shop",
            name: "cart",
            selector: ["app": "cart"],
            mode: .strict,
            portLevelModes: [8080: .disable]
        )
        let rule = DestinationRule(
            namespace: "shop",
            name: "cart",
            host: "cart",
            tls: .init(mode: .istioMutual, portModes: [9090: .simple])
        )
        let findings = analyze([policy], rules: [rule], workloads: [], complete: false)
        #expect(findings.map(\.code) == [.destinationRuleBreaksStrict, .destinationRuleMutualToDisabled])
        #expect(findings.map(\.port) == [9090, 8080])
    }

    @Test("A root-namespace rule is judged for clients elsewhere, even when a local rule shadows it")
    func rootRuleSeenFromOtherNamespaces() throws {
        let disabled = PeerAuthentication(namespace: "legacy", name: "default", mode: .disable)
        let local = DestinationRule(
            namespace: "legacy",
            name: "db",
            host: "postgres",
            exportTo: ["."],
            tls: .init(mode: .disable)
        )
        let root = DestinationRule(
            namespace: "istio-system",
            name: "all",
            host: "*.local",
            tls: .init(mode: .istioMutual)
        )
        let postgres = PolicyWorkload(
            namespace: "legacy",
            name: "postgres",
            labels: ["app": "postgres"],
            labelSource: .pods
        )
        let findings = analyze([disabled], rules: [local, root], workloads: [postgres])
        #expect(findings.map(\.code) == [.destinationRuleMutualToDisabled])
        #expect(findings.first?.resources.first == root.reference)
        #expect(analyze([disabled], rules: [local], workloads: [postgres]).isEmpty)
    }

    @Test("Plaintext severity follows the effective mode and is raised for new sources")
    func plaintextSeverity() {
        #expect(FindingSeverity.plaintext(into: .strict, isNewSource: false) == .critical)
        #expect(FindingSeverity.plaintext(into: .permissive, isNewSource: false) == .warning)
        #expect(FindingSeverity.plaintext(into: .disable, isNewSource: false) == .info)
        #expect(FindingSeverity.plaintext(into: .disable, isNewSource: true) == .warning)
        #expect(FindingSeverity.plaintext(into: .permissive, isNewSource: true) == .critical)
    }

    @Test("Traffic findings pick codes by mode and by whether the caller has a proxy")
    func trafficFindings() {
        let policy = PeerAuthentication(
            namespace: "shop",
            name: "cart",
            selector: ["app": "cart"],
            mode: .strict,
            portLevelModes: [8080: .permissive]
        )
        let evaluator = StrictReadinessEvaluator(
            policy: MeshPolicy(peerAuthentications: [policy]),
            criteria: .init(newSourceAfter: 1_000)
        )
        let meshed = InboundTraffic.Source(namespace: "legacy", workload: "batch", hasProxy: true)
        let outsider = InboundTraffic.Source(namespace: "unknown", workload: "unknown")
        let inbound = [
            InboundTraffic(
                source: meshed,
                destinationNamespace: "shop",
                destinationWorkload: "cart",
                port: 9090,
                plaintext: 2
            ),
            InboundTraffic(
                source: outsider,
                destinationNamespace: "shop",
                destinationWorkload: "cart",
                port: 9090,
                plaintext: 2
            ),
            InboundTraffic(
                source: meshed,
                destinationNamespace: "shop",
                destinationWorkload: "cart",
                port: 8080,
                plaintext: 5,
                plaintextFirstSeen: 1_000
            ),
            InboundTraffic(
                source: outsider,
                destinationNamespace: "shop",
                destinationWorkload: "cart",
                port: 8080,
                plaintext: 5,
                plaintextFirstSeen: 4_000
            ),
            InboundTraffic(source: meshed, destinationNamespace: "other", destinationWorkload: "x", mutualTLS: 9),
        ]
        let findings = evaluator.trafficFindings(workloads: [cart], inbound: inbound)
        #expect(
            findings.map(\.code) == [
                .plaintextIntoStrict, .plaintextIntoPermissive, .unmeshedCallerIntoStrict, .plaintextIntoPermissive,
            ]
        )
        #expect(findings.map(\.severity) == [.critical, .critical, .critical, .warning])
        #expect(findings[1].subject == "shop/cart" && findings[1].port == 8080)
        #expect(findings[1].message.contains("new source"))
        #expect(!findings[3].message.contains("new source"))
    }

    @Test("Suppressions match code and subject with wildcards")
    func suppressions() throws {
        let finding = PolicyFinding(
            code: .plaintextIntoPermissive,
            severity: .warning,
            subject: "legacy/batch",
            message: ""
        )
        #expect(try #require(FindingSuppression(parsing: "MT302=legacy/batch")).suppresses(finding))
        #expect(try #require(FindingSuppression(parsing: "mt3*=legacy/*")).suppresses(finding))
        #expect(try #require(FindingSuppression(parsing: "*=*")).suppresses(finding))
        #expect(try !#require(FindingSuppression(parsing: "MT301=legacy/batch")).suppresses(finding))
        #expect(try !#require(FindingSuppression(parsing: "MT302=shop/*")).suppresses(finding))
        #expect(FindingSuppression(parsing: "MT302") == nil)
        #expect(FindingSuppression(parsing: "=x") == nil)
    }
}
