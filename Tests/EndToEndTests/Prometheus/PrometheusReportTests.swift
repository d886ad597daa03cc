import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// `meshtop report --prometheus` in both modes against a real server, judged by PromQL.
    @Suite(
        "Prometheus report",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusReportTests {
        /// The figures both modes must agree on (times and pod counts legitimately differ).
        private static func figures(_ output: String) throws -> (namespaces: NSArray, edges: NSArray) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let namespaces = try #require(object["namespaces"] as? [[String: Any]]).map { namespace in
                namespace.filter {
                    ["name", "requests", "tcp_connections", "tcp_bytes", "handshake_failures", "plaintext_sources"]
                        .contains($0.key)
                }
            }
            let edges = try #require(object["edges"] as? [[String: Any]]).map { edge in
                edge.filter {
                    [
                        "source", "destination", "requests", "tcp_connections", "source_principal",
                        "destination_reported",
                    ]
                    .contains($0.key)
                }
            }
            return (namespaces as NSArray, edges as NSArray)
        }

        @Test func federationAndQueryModeReportTheSameNamespacesAndEdgesAsPromQL() async throws {
            try #require(
                FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path),
                "build meshtop first"
            )
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                _ = try await PrometheusPolling.freezeAndSettle(sidecars, client)

                let base = ["report", "--format", "json", "--prometheus", server.baseURL]
                let federated = try ReportCommandTests.run(base + ["--prometheus-mode", "federate"])
                let queried = try ReportCommandTests.run(base + ["--prometheus-mode", "query"])
                #expect(federated.status == 0)
                #expect(queried.status == 0)
                let fromFederation = try Self.figures(federated.output)
                let fromQueries = try Self.figures(queried.output)
                #expect(fromFederation.namespaces == fromQueries.namespaces)
                #expect(fromFederation.edges == fromQueries.edges)
                #expect(fromFederation.edges.count >= 6)

                let judged = try await PrometheusJudge(client: client).totals(at: PrometheusClock.nowMilliseconds())
                for case let namespace as [String: Any] in fromFederation.namespaces {
                    let name = try #require(namespace["name"] as? String)
                    let requests = try #require(namespace["requests"] as? [String: Double])
                    for policy in ["mutual_tls", "none"] {
                        #expect(
                            requests[policy] == judged.namespaces["requests|\(name) \(policy)", default: 0],
                            "\(name) \(policy)"
                        )
                    }
                }
            }
        }

        /// A release build crashed here on every run, even when every query answered an empty vector.
        @Test func queryModeAgainstAServerWithoutSeriesReportsAnEmptyMesh() async throws {
            try #require(
                FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path),
                "build meshtop first"
            )
            try await withPrometheus(scraping: []) { server in
                let base = ["report", "--prometheus", server.baseURL, "--prometheus-mode", "query"]
                for extra in [[], ["--prometheus-window", "60"], ["--format", "json"]] {
                    let result = try ProcessCapture.run(MeshtopBinary.url, base + extra)
                    #expect(result.status == 0, "\(extra): \(result.error)")
                    #expect(!result.error.contains("Fatal error"))
                }
            }
        }

        @Test func anUnreachableServerIsAPlainErrorWithoutCredentials() throws {
            try #require(
                FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path),
                "build meshtop first"
            )
            let port = try LoopbackPort.free()
            let result = try ProcessCapture.run(
                MeshtopBinary.url,
                ["report", "--prometheus", "http://admin:s3cret@127.0.0.1:\(port)", "--prometheus-mode", "query"]
            )
            let message = result.error
            #expect(result.status == 2)
            #expect(message.contains("http://127.0.0.1:\(port): cannot connect to Prometheus: connection refused"))
            #expect(!message.contains("s3cret"))
        }
    }
}

/// The wall clock, for evaluating PromQL "now".
enum PrometheusClock {
    static func nowMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
