import Foundation
import MeshtopModel
import Testing
import Yams

@testable import MeshtopSources

/// The plan's YAML and JSON read back: by Yams, and by meshtop's own policy loader, which must see
/// exactly the objects the plan checked.
@Suite("Migration plan output")
struct MigrationPlanOutputTests {
    private static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-telemetry")

    /// The plan for the sample before payments' flip, from its own policies.
    private func samplePlan(exceptions: Bool) throws -> MigrationPlan {
        let model = MeshModel()
        try TelemetryWindow(to: try TimeExpression(parsing: "+14m"))
            .load([Self.sample.appendingPathComponent("mesh.mtrec.gz").path], into: model)
        let snapshot = model.snapshot()
        let policies = try PolicyFiles.loadPolicies([Self.sample.appendingPathComponent("policies.yaml").path])
        let input = PolicyCheckReport.Input(
            policy: policies.meshPolicy(rootNamespace: MeshPolicy.defaultRootNamespace),
            workloads: PolicyWorkload.all(in: snapshot, pods: []),
            inbound: InboundTraffic.all(in: snapshot),
            criteria: .init(newSourceAfter: InboundTraffic.newSourceThreshold(in: snapshot))
        )
        return MigrationPlanner(input: input, allowsExceptions: exceptions, manifests: policies.manifests).plan()
    }

    /// The plan for `policies` (YAML) over one meshed, all-mTLS call into `shop/cart`.
    private func plan(_ policies: String) throws -> MigrationPlan {
        var result = PolicyDecoder.Result()
        try PolicyDecoder.decode(policies, file: "p.yaml", into: &result)
        let input = PolicyCheckReport.Input(
            policy: result.meshPolicy(rootNamespace: MeshPolicy.defaultRootNamespace),
            workloads: [PolicyWorkload(namespace: "shop", name: "cart", labels: ["app": "cart"], labelSource: .pods)],
            inbound: [
                InboundTraffic(
                    source: .init(namespace: "web", workload: "frontend", hasProxy: true),
                    destinationNamespace: "shop",
                    destinationWorkload: "cart",
                    mutualTLS: 500
                )
            ]
        )
        return MigrationPlanner(input: input, manifests: result.manifests).plan()
    }

    /// The objects the loader reads from `text`, as plan objects.
    private func loaded(_ text: String) throws -> [PolicyObject] {
        var result = PolicyDecoder.Result()
        try PolicyDecoder.decode(text, file: "plan", into: &result)
        return result.peerAuthentications.map(PolicyObject.peerAuthentication)
            + result.destinationRules.map(PolicyObject.destinationRule)
    }

    private func expected(_ plan: MigrationPlan) -> [PolicyObject] {
        let objects = plan.resources.map { resource -> PolicyObject in
            switch resource.object {
            case .peerAuthentication(var policy):
                policy.creationTime = nil
                return .peerAuthentication(policy)
            case .destinationRule(var rule):
                rule.creationTime = nil
                return .destinationRule(rule)
            }
        }
        let policies = objects.filter { if case .peerAuthentication = $0 { true } else { false } }
        return policies + objects.filter { if case .destinationRule = $0 { true } else { false } }
    }

    @Test("The sample's plan YAML parses with Yams and the loader reads back exactly the planned objects")
    func sampleYAMLRoundTrips() throws {
        for exceptions in [false, true] {
            let plan = try samplePlan(exceptions: exceptions)
            #expect(plan.resources.count == (exceptions ? 6 : 1))
            let yaml = plan.yaml()
            let documents = Array(try Yams.load_all(yaml: yaml))
            #expect(documents.compactMap { $0 }.count == plan.resources.count)
            #expect(try loaded(yaml) == expected(plan))
        }
    }

    @Test("The JSON is a Kubernetes List whose items carry their reasons, and reads back the same objects")
    func jsonIsAList() throws {
        let plan = try samplePlan(exceptions: true)
        let json = plan.json()
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(list["apiVersion"] as? String == "v1")
        #expect(list["kind"] as? String == "List")
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.count == 6)
        for item in items {
            let annotations = (item["metadata"] as? [String: Any])?["annotations"] as? [String: String]
            #expect(annotations?[PlannedResource.reasonAnnotation]?.isEmpty == false)
        }
        #expect(try loaded(json) == expected(plan))
    }

    @Test("A rewritten DestinationRule keeps its other fields, labels and annotations, and drops only TLS ones")
    func rewriteKeepsFields() throws {
        let rule = """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: cart
              namespace: web
              creationTimestamp: "2026-05-11T16:40:22Z"
              resourceVersion: "4711"
              labels: {team: shop, tier: "1"}
              annotations:
                owner: "yes"
                kubectl.kubernetes.io/last-applied-configuration: "{}"
            spec:
              host: cart.shop.svc.cluster.local
              exportTo: ["."]
              trafficPolicy:
                loadBalancer: {simple: LEAST_REQUEST}
                connectionPool: {tcp: {maxConnections: 100}, http: {idleTimeout: 30s}}
                tls: {mode: SIMPLE, sni: cart.example, caCertificates: /etc/ca.pem}
                portLevelSettings:
                - port: {number: 9090}
                  tls: {mode: disable}
                  outlierDetection: {consecutive5xxErrors: 7, baseEjectionTime: 0.5s}
              subsets:
              - name: v1
                labels: {version: v1}
            """
        let plan = try plan(rule)
        let resource = try #require(plan.resources.last)
        #expect(resource.reason.contains("dropped TLS fields ISTIO_MUTUAL does not take: caCertificates, sni"))
        let yaml = plan.yaml()
        let node = try #require(try Yams.load_all(yaml: yaml).compactMap { $0 as? [String: Any] }.last)
        let metadata = try #require(node["metadata"] as? [String: Any])
        #expect(metadata["resourceVersion"] == nil)
        #expect(metadata["creationTimestamp"] == nil)
        #expect(metadata["labels"] as? [String: String] == ["team": "shop", "tier": "1"])
        let annotations = try #require(metadata["annotations"] as? [String: String])
        #expect(annotations["owner"] == "yes")
        #expect(annotations["kubectl.kubernetes.io/last-applied-configuration"] == nil)
        let spec = try #require(node["spec"] as? [String: Any])
        #expect(spec["exportTo"] as? [String] == ["."])
        let policy = try #require(spec["trafficPolicy"] as? [String: Any])
        #expect((policy["loadBalancer"] as? [String: String]) == ["simple": "LEAST_REQUEST"])
        let pool = try #require(policy["connectionPool"] as? [String: [String: Any]])
        #expect(pool["tcp"]?["maxConnections"] as? Int == 100)
        #expect(pool["http"]?["idleTimeout"] as? String == "30s")
        #expect(policy["tls"] as? [String: String] == ["mode": "ISTIO_MUTUAL"])
        let port = try #require((policy["portLevelSettings"] as? [[String: Any]])?.first)
        #expect(port["tls"] as? [String: String] == ["mode": "ISTIO_MUTUAL"])
        #expect((port["outlierDetection"] as? [String: Any])?["consecutive5xxErrors"] as? Int == 7)
        #expect((port["outlierDetection"] as? [String: Any])?["baseEjectionTime"] as? String == "0.5s")
        #expect((spec["subsets"] as? [[String: Any]])?.first?["name"] as? String == "v1")
        #expect(try loaded(yaml) == expected(plan))
    }

    @Test("Strings YAML could misread, and control characters, are quoted and escaped, and read back intact")
    func hostileStrings() throws {
        let rule = """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: cart
              namespace: web
              annotations: {a: "no", b: "8080", c: "x\\e[31my", d: "~", e: "two\\nlines", f: "#not a comment", g: ""}
            spec:
              host: cart.shop.svc.cluster.local
              trafficPolicy: {tls: {mode: DISABLE}}
            """
        let plan = try plan(rule)
        let yaml = plan.yaml()
        #expect(!yaml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let node = try #require(try Yams.load_all(yaml: yaml).compactMap { $0 as? [String: Any] }.last)
        let annotations = try #require((node["metadata"] as? [String: Any])?["annotations"] as? [String: String])
        #expect(annotations["a"] == "no")
        #expect(annotations["b"] == "8080")
        #expect(annotations["c"] == "x\u{1B}[31my")
        #expect(annotations["d"] == "~")
        #expect(annotations["e"] == "two\nlines")
        #expect(annotations["f"] == "#not a comment")
        #expect(annotations["g"] == "")
        #expect(!plan.text().contains("\u{1B}"))
        #expect(!plan.json().contains("\u{1B}"))
    }
}
