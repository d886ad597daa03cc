import Foundation
import Testing

/// `meshtop plan` run as a process on the bundled sample, and its plan applied and checked by
/// `meshtop check`: the policies with the plan's YAML after them (a later object replaces the one of the
/// same kind, namespace and name, as `kubectl apply` does).
@Suite("meshtop plan")
struct PlanCommandTests {
    private static let sample = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry")
    private static let recording = sample.appendingPathComponent("mesh.mtrec.gz").path
    private static let policies = sample.appendingPathComponent("policies.yaml").path

    private func run(_ arguments: [String], in directory: URL? = nil) throws -> ProcessCapture.Result {
        try ProcessCapture.run(MeshtopBinary.url, arguments, in: directory)
    }

    /// Namespace verdicts and critical findings of `check --format json`.
    private func check(_ policyFiles: [String]) throws -> (verdicts: [String: String], critical: Set<String>) {
        let result = try run(
            ["check", Self.recording, "--to", "+14m", "--format", "json"] + policyFiles.flatMap { ["--policies", $0] }
        )
        #expect(result.status == 0 || result.status == 1, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let namespaces = try #require(json["namespaces"] as? [[String: Any]])
        var verdicts: [String: String] = [:]
        for entry in namespaces { verdicts[entry["name"] as? String ?? ""] = entry["readiness"] as? String }
        let findings = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["finding"] as? [String: Any] }
        let critical = findings.filter { $0["severity"] as? String == "critical" }.map {
            "\($0["code"] as? String ?? "") \($0["subject"] as? String ?? "")"
        }
        return (verdicts, Set(critical))
    }

    @Test("On the sample, the applied plan makes bookinfo STRICT and nothing worse", arguments: [false, true])
    func sampleAppliedAndChecked(exceptions: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-plan-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = try run(
            ["plan", "--policies", Self.policies, Self.recording, "--to", "+14m", "--format", "yaml"]
                + (exceptions ? ["--allow-exceptions"] : [])
        )
        #expect(plan.status == 0, "\(plan.error)")
        let planFile = directory.appendingPathComponent("plan.yaml")
        try plan.output.write(to: planFile, atomically: true, encoding: .utf8)

        let before = try check([Self.policies])
        let after = try check([Self.policies, planFile.path])
        #expect(before.verdicts["bookinfo"] == "READY")
        #expect(after.verdicts["bookinfo"] == "ALREADY STRICT")
        for (namespace, verdict) in before.verdicts where verdict == "READY" {
            #expect(after.verdicts[namespace] == "ALREADY STRICT", "\(namespace)")
        }
        #expect(after.critical.subtracting(before.critical).isEmpty)
        if exceptions {
            #expect(after.verdicts["payments"] == "ALREADY STRICT")
            #expect(after.verdicts["legacy"] == "ALREADY STRICT")
        } else {
            #expect(after.verdicts["payments"] == before.verdicts["payments"])
            #expect(after.verdicts["legacy"] == before.verdicts["legacy"])
        }
    }

    @Test("The text plan gives the steps in order with evidence and rates, then the YAML")
    func textPlan() throws {
        let result = try run(["plan", "--policies", Self.policies, Self.recording, "--to", "+14m"])
        #expect(result.status == 0)
        let steps = result.output.split(separator: "\n").filter { $0.first?.isNumber == true }.map {
            String($0.split(separator: " ")[1])
        }
        #expect(steps == ["istio-system", "bookinfo", "legacy", "payments"])
        #expect(
            result.output.contains("unknown/unknown → payments/api plaintext from a caller without a proxy, 1.51 req/s")
        )
        #expect(result.output.contains("impact: switching now would refuse 1.51 req/s, 0.4 conn/s"))
        #expect(result.output.contains("name: meshtop-strict\n  namespace: bookinfo"))
    }

    @Test("JSON is a List; bad input exits 2")
    func jsonAndErrors() throws {
        let json = try run([
            "plan", "--policies", Self.policies, Self.recording, "--format", "json", "--allow-exceptions",
        ])
        #expect(json.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(list["kind"] as? String == "List")
        #expect(try run(["plan", "--policies", "missing.yaml"]).status == 2)
        #expect(try run(["plan", Self.recording]).status == 2)
        #expect(try run(["plan", "--policies", Self.policies, "--format", "xml"]).status == 2)
        #expect(try run(["plan", "--policies", Self.policies, "absent.prom"]).status == 2)
        #expect(try run(["plan", "--policies", Self.policies, Self.recording, "--from", "soon"]).status == 2)
    }
}
