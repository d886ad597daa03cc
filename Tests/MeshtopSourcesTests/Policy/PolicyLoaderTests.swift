import Foundation
import MeshtopModel
import Testing

@testable import MeshtopSources

@Suite("Policy loading")
struct PolicyLoaderTests {
    @Test("A kubectl List of PeerAuthentications and DestinationRules is read with every field")
    func kubectlList() throws {
        let result = try PolicyFiles.loadPolicies([PolicyFixtures.path("kubectl-list.yaml")])
        #expect(result.notes.isEmpty)
        #expect(
            result.peerAuthentications.map(\.reference.description) == [
                "istio-system/default", "shop/default", "payments/strict-api", "legacy/default",
            ]
        )
        let strictAPI = result.peerAuthentications[2]
        #expect(strictAPI.selector == ["app": "ledger"])
        #expect(strictAPI.mode == .strict)
        #expect(strictAPI.portLevelModes == [9102: .permissive])
        #expect(strictAPI.creationTime == 1_781_942_571)
        let cart = try #require(result.destinationRules.first)
        #expect(cart.host == "cart")
        #expect(cart.tls == DestinationRule.TLSSettings(mode: .istioMutual, portModes: [8080: .disable]))
        #expect(cart.subsets.map(\.name) == ["v1", "v2"])
        #expect(cart.subsets[1].tls.mode == .istioMutual)
        #expect(cart.subsets[0].tls.isEmpty)
        #expect(result.destinationRules[1].exportTo == ["."])
    }

    @Test("kubectl's JSON output reads like its YAML, including v1alpha3 and UNSET")
    func kubectlJSON() throws {
        let result = try PolicyFiles.loadPolicies([PolicyFixtures.path("kubectl-list.json")])
        #expect(result.peerAuthentications.count == 2)
        #expect(result.peerAuthentications[1].mode == .unset)
        #expect(result.peerAuthentications[1].portLevelModes == [15090: .disable])
        #expect(result.peerAuthentications[1].selector == ["app": "ledger", "version": "v3"])
        #expect(result.destinationRules.map(\.tls.mode) == [.simple])
    }

    @Test("Multi-document YAML with typed lists, empty documents and other kinds")
    func multiDocument() throws {
        let path = PolicyFixtures.path("multi-document.yaml")
        let result = try PolicyFiles.loadPolicies([path])
        #expect(
            result.peerAuthentications.map(\.reference.description) == [
                "istio-system/default", "batch/default", "batch/reports-metrics",
            ]
        )
        #expect(result.peerAuthentications[2].mode == .unset)
        #expect(result.peerAuthentications[2].creationTime == nil)
        #expect(result.destinationRules.map(\.host) == ["*.local"])
        #expect(
            result.notes == [
                "\(path): document 3: skipped Service batch/reports (not a PeerAuthentication or DestinationRule)"
            ]
        )
    }

    @Test("A directory is read file by file in name order")
    func directory() throws {
        let directory = PolicyFixtures.directory.path
        let error = #expect(throws: PolicyLoadError.self) { try PolicyFiles.loadPolicies([directory]) }
        #expect(error?.file.hasSuffix("bad-mode.yaml") == true)
    }

    @Test("An unknown mode names the file, document, line and field")
    func badMode() {
        let path = PolicyFixtures.path("bad-mode.yaml")
        let error = #expect(throws: PolicyLoadError.self) { try PolicyFiles.loadPolicies([path]) }
        #expect(error?.document == 2)
        #expect(error?.line == 20)
        #expect(error?.field == "spec.mtls.mode")
        #expect(
            error?.description
                == "\(path):20: document 2: spec.mtls.mode: unknown value \"STRICTT\" (expected one of UNSET, DISABLE, PERMISSIVE, STRICT)"
        )
    }

    @Test("A YAML syntax error names the document and line")
    func badSyntax() {
        let path = PolicyFixtures.path("bad-syntax.yaml")
        let error = #expect(throws: PolicyLoadError.self) { try PolicyFiles.loadPolicies([path]) }
        #expect(error?.document == 2)
        #expect(error?.line == 13)
        #expect(error?.description.contains("not valid YAML") == true)
    }

    @Test("A duplicate key is a syntax error with its line")
    func duplicateKey() {
        var result = PolicyDecoder.Result()
        let text = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: a, namespace: b}
            spec:
              mtls: {mode: STRICT}
              mtls: {mode: DISABLE}
            """
        let error = #expect(throws: PolicyLoadError.self) {
            try PolicyDecoder.decode(text, file: "d.yaml", into: &result)
        }
        #expect(error?.reason == "not valid YAML: duplicate key mtls in one mapping")
        #expect(error?.line == 5)
    }

    @Test("A missing required field inside a List names the item")
    func missingHost() {
        let path = PolicyFixtures.path("missing-host.yaml")
        let error = #expect(throws: PolicyLoadError.self) { try PolicyFiles.loadPolicies([path]) }
        #expect(error?.field == "items[1].spec.host")
        #expect(error?.reason == "missing")
        #expect(error?.document == 1)
    }

    @Test("Unsupported apiVersions and objects without kind are skipped with a note")
    func unsupportedVersions() throws {
        var result = PolicyDecoder.Result()
        let text = """
            apiVersion: security.istio.io/v2
            kind: PeerAuthentication
            metadata: {name: future, namespace: shop}
            ---
            metadata: {name: orphan}
            ---
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: loose}
            spec: {mtls: {mode: strict}}
            """
        try PolicyDecoder.decode(text, file: "inline.yaml", into: &result)
        #expect(result.peerAuthentications.map(\.reference.description) == ["default/loose"])
        #expect(result.peerAuthentications.first?.mode == .strict)
        #expect(
            result.notes == [
                "inline.yaml: document 1: skipped PeerAuthentication shop/future: unsupported apiVersion \"security.istio.io/v2\"",
                "inline.yaml: document 2: skipped an object without kind (orphan)",
                "inline.yaml: document 3: PeerAuthentication loose has no namespace; assumed \"default\"",
            ]
        )
    }

    @Test("A bad creation time and a bad port are errors")
    func badValues() {
        var result = PolicyDecoder.Result()
        let time = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: a, namespace: b, creationTimestamp: yesterday}
            """
        let port = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: a, namespace: b}
            spec: {selector: {matchLabels: {app: a}}, portLevelMtls: {http: {mode: DISABLE}}}
            """
        let timeError = #expect(throws: PolicyLoadError.self) {
            try PolicyDecoder.decode(time, file: "t", into: &result)
        }
        #expect(timeError?.field == "metadata.creationTimestamp")
        let portError = #expect(throws: PolicyLoadError.self) {
            try PolicyDecoder.decode(port, file: "p", into: &result)
        }
        #expect(portError?.field == "spec.portLevelMtls.http")
    }

    @Test("A missing file is an error naming it")
    func missingFile() {
        let error = #expect(throws: PolicyLoadError.self) { try PolicyFiles.loadPolicies(["/nonexistent/p.yaml"]) }
        #expect(error?.description == "/nonexistent/p.yaml: no such file or directory")
    }

    @Test("Pod listings give one workload per controller, named as Istio names workloads")
    func pods() throws {
        var notes: [String] = []
        let workloads = try PolicyFiles.loadPods(PolicyFixtures.path("pods.yaml"), notes: &notes)
        #expect(workloads.map(\.description) == ["payments/ledger", "legacy/postgres", "shop/debug-shell"])
        #expect(workloads[0].labels["version"] == "v3")
        #expect(workloads.allSatisfy { $0.labelSource == .pods })
        #expect(notes.isEmpty)
        #expect(PodDecoder.deploymentName(ofReplicaSet: "cart-7d9f8b6c5", labels: [:]) == "cart")
    }

    @Test("Kubernetes timestamps become seconds since 1970, with offsets and fractions")
    func timestamps() {
        #expect(KubernetesTimestamp.seconds(from: "1970-01-01T00:00:00Z") == 0)
        #expect(KubernetesTimestamp.seconds(from: "2026-03-02T09:14:07Z") == 1_772_442_847)
        #expect(KubernetesTimestamp.seconds(from: "2026-03-02T10:14:07.123+01:00") == 1_772_442_847)
        #expect(KubernetesTimestamp.seconds(from: "2000-02-29T00:00:00Z") == 951_782_400)
        #expect(KubernetesTimestamp.seconds(from: "2026-13-02T09:14:07Z") == nil)
        #expect(KubernetesTimestamp.seconds(from: "2026-03-02") == nil)
    }
}
