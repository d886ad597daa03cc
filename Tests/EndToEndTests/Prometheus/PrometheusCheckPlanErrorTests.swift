import Foundation
import Testing

/// `check --prometheus` and `plan --prometheus` when the server is dead or the options cannot be judged:
/// exit 2 with the reason in words. No Prometheus is needed.
@Suite("check and plan --prometheus: errors")
struct PrometheusCheckPlanErrorTests {
    @Test func aDeadServerExitsTwoNamingIt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        let folder = try PrometheusSuites.PrometheusCheckPlanTests.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policyFile = folder.appendingPathComponent("policies.yaml")
        try PrometheusSuites.PrometheusCheckPlanTests.policies.write(to: policyFile, atomically: true, encoding: .utf8)
        let port = try LoopbackPort.free()
        for command in ["check", "plan"] {
            for mode in ["federate", "query"] {
                let result = try ProcessCapture.run(
                    MeshtopBinary.url,
                    [
                        command, "--policies", policyFile.path, "--prometheus", "http://127.0.0.1:\(port)",
                        "--prometheus-mode", mode,
                    ]
                )
                #expect(result.status == 2, "\(command) \(mode)")
                #expect(
                    result.error.contains(
                        "meshtop \(command): http://127.0.0.1:\(port): cannot connect to Prometheus: connection refused"
                    ),
                    "\(command) \(mode): \(result.error)"
                )
            }
        }
    }

    @Test(arguments: [
        (["mesh.prom", "--prometheus", "http://127.0.0.1:9"], "telemetry files or --prometheus URL, not both"),
        (
            ["--prometheus", "http://127.0.0.1:9", "--to", "+5m"],
            "--to +5m: with --prometheus, count back from now"
        ),
        (["--prometheus", "http://127.0.0.1:9", "--from", "-1m", "--to", "-2m"], "--from must be before --to"),
        (["--prometheus", "http://127.0.0.1:9", "--to", "2999-01-01T00:00:00Z"], "is after now"),
        (
            ["--header", "X-Scope-OrgID: a", "mesh.prom"],
            "--header and --bearer-token-file are sent to --prometheus"
        ),
        (["--prometheus", "http://127.0.0.1:9", "--timeout", "soon"], "--timeout"),
    ])
    func optionsThatCannotBeJudgedExitTwoSayingWhy(arguments: [String], reason: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
        for command in ["check", "plan"] {
            let result = try ProcessCapture.run(
                MeshtopBinary.url,
                [command, "--policies", "-"] + arguments,
                input: "apiVersion: v1\nkind: List\nitems: []\n"
            )
            #expect(result.status == 2, "\(command) \(arguments): \(result.error)")
            #expect(result.error.contains(reason), "\(command) \(arguments): \(result.error)")
        }
    }
}
