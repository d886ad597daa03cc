import Foundation
import Testing

/// `check --format json` writes snake_case keys, as `report` does, beside the camelCase keys of earlier
/// versions (kept until the next major version).
@Suite struct CheckJSONKeysTests {
    @Test func `check JSON has snake_case keys beside the old ones`() throws {
        let policies = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/policies.yaml").path
        let run = try TruthfulRun(["check", "--format", "json", "--policies", policies, TruthfulRun.sampleRecording])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        for (snake, camel) in [
            ("root_namespace", "rootNamespace"), ("suppressed_count", "suppressedCount"),
            ("failure_threshold", "failureThreshold"),
        ] {
            #expect(object[snake] != nil)
            #expect(object[camel] != nil)
            #expect("\(object[snake] ?? "")" == "\(object[camel] ?? "")")
        }
        let workloads = try #require(object["workloads"] as? [[String: Any]])
        let workload = try #require(workloads.first)
        #expect(workload["selector_match_is_guess"] as? Bool == workload["selectorMatchIsGuess"] as? Bool)
        #expect(workload["selector_match_is_guess"] != nil)
    }
}
