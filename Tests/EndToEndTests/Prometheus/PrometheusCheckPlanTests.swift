import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// `check --prometheus` and `plan --prometheus` against a real server: the same findings and plan as
    /// the commands give on the same series saved as dump files, for the same window, in both modes.
    @Suite(
        "Prometheus check and plan",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusCheckPlanTests {
        /// STRICT in `payments` (where `legacy` sends plaintext), the mesh PERMISSIVE.
        static let policies = """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: default, namespace: istio-system}
            spec: {mtls: {mode: PERMISSIVE}}
            ---
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: strict, namespace: payments}
            spec: {mtls: {mode: STRICT}}
            """

        /// A fresh directory, removed by the caller.
        static func directory() throws -> URL {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-prom-check-\(UUID())")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        private static func json(_ output: String) throws -> NSDictionary {
            try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? NSDictionary)
        }

        @Test func checkAndPlanJudgeAServersWindowAsTheyJudgeTheSameSeriesInFiles() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let folder = try Self.directory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let policyFile = folder.appendingPathComponent("policies.yaml")
            try Self.policies.write(to: policyFile, atomically: true, encoding: .utf8)
            let dumps = folder.appendingPathComponent("mesh")
            try FileManager.default.createDirectory(at: dumps, withIntermediateDirectories: true)

            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                // The series as Prometheus holds them at two frozen moments, saved as dumps named by their time.
                let first = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let start = PrometheusClock.nowMilliseconds()
                try Data(try await client.federate()).write(to: dumps.appendingPathComponent("mesh-\(start).prom"))
                sidecars.resume()
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: (first.values.max() ?? 0) + 3)
                _ = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let end = PrometheusClock.nowMilliseconds()
                try Data(try await client.federate()).write(to: dumps.appendingPathComponent("mesh-\(end).prom"))

                let common = [
                    "--policies", policyFile.path, "--min-observations", "1", "--from", "\(start)", "--to", "\(end)",
                ]
                for command in [["check", "--format", "json"], ["plan", "--format", "json"]] {
                    let files = try ProcessCapture.run(MeshtopBinary.url, command + common + [dumps.path])
                    #expect(files.status == (command[0] == "check" ? 1 : 0), "\(command[0]): \(files.error)")
                    let expected = try Self.json(files.output)
                    for mode in ["federate", "query"] {
                        let served = try ProcessCapture.run(
                            MeshtopBinary.url,
                            command + common + ["--prometheus", server.baseURL, "--prometheus-mode", mode]
                        )
                        #expect(served.status == files.status, "\(command[0]) \(mode): \(served.error)")
                        #expect(try Self.json(served.output) == expected, "\(command[0]) \(mode): \(served.output)")
                    }
                }
                // The window's traffic is what was judged: the plaintext from legacy blocks STRICT in shop.
                let check = try ProcessCapture.run(
                    MeshtopBinary.url,
                    ["check", "--format", "json"] + common + ["--prometheus", server.baseURL]
                )
                let report = try Self.json(check.output)
                let namespaces = try #require(report["namespaces"] as? [[String: Any]])
                let shop = try #require(namespaces.first { $0["name"] as? String == "shop" })
                #expect((shop["blockers"] as? [Any])?.isEmpty == false, "\(shop)")
                #expect((report["findings"] as? [Any])?.isEmpty == false)
            }
        }
    }
}
