import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// Cloud Service Mesh's managed telemetry through a Prometheus API that sits where Cloud Monitoring's
    /// does (`/v1/projects/PROJECT/location/global/prometheus`), judged by PromQL over the same window.
    @Suite(
        "Cloud Monitoring telemetry",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusCloudMonitoringTests {
        static let routePrefix = "/v1/projects/demo/location/global/prometheus"

        /// The JSON document `output` holds.
        private static func document(_ output: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        }

        /// `requests|NS policy` and `tcp_connections|NS policy` → value, the non-zero ones.
        private static func namespaceFigures(_ object: [String: Any]) throws -> [String: Double] {
            var figures: [String: Double] = [:]
            for namespace in try #require(object["namespaces"] as? [[String: Any]]) {
                let name = try #require(namespace["name"] as? String)
                for figure in ["requests", "tcp_connections"] {
                    let counts = try #require(namespace[figure] as? [String: Double])
                    for (policy, value) in counts where value != 0 { figures["\(figure)|\(name) \(policy)"] = value }
                }
            }
            return figures
        }

        /// Lets the exporter advance, then freezes it twice: the instants before and after a known increase.
        private static func window(
            _ exporter: FakeSidecarServer,
            _ client: PrometheusQueryClient
        ) async throws -> (earlier: Int64, later: Int64) {
            try await PrometheusPolling.waitForScrapes(exporter, atLeast: 1)
            let first = try await PrometheusPolling.freezeAndSettleCloudMonitoring(exporter, client)
            let earlier = PrometheusClock.nowMilliseconds()
            exporter.resume()
            try await PrometheusPolling.waitForScrapes(exporter, atLeast: (first.values.max() ?? 0) + 3)
            _ = try await PrometheusPolling.freezeAndSettleCloudMonitoring(exporter, client)
            return (earlier, PrometheusClock.nowMilliseconds())
        }

        @Test func queryModeWindowsEqualPromQLForcedAndDetected() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let exporter = try FakeSidecarServer(mesh: .cloudServiceMesh)
            defer { exporter.stop() }
            try await withPrometheus(scraping: exporter.targets, routePrefix: Self.routePrefix) { server in
                #expect(server.baseURL.hasSuffix(Self.routePrefix))
                let client = try PrometheusQueryClient(base: server.baseURL)
                let (earlier, later) = try await Self.window(exporter, client)
                let judged = try await CloudMonitoringJudge(client: client).namespaces(from: earlier, to: later)
                #expect(judged["requests|shop mutual_tls"] != nil)
                #expect(judged["requests|shop none"] != nil)
                #expect(judged["tcp_connections|payments mutual_tls"] != nil)
                for telemetry in [["--telemetry", "cloud-monitoring"], []] {
                    let result = try ProcessCapture.run(
                        MeshtopBinary.url,
                        [
                            "replay", "--prometheus", server.baseURL, "--at", "\(later)", "--window",
                            "\(later - earlier)ms", "--once", "--format", "json",
                        ] + telemetry
                    )
                    #expect(result.status == 0, "\(telemetry): \(result.error)")
                    let object = try Self.document(result.output)
                    let figures = try Self.namespaceFigures(object)
                    #expect(figures == judged, "\(telemetry): meshtop \(figures), PromQL \(judged)")
                    let sources = try #require(object["sources"] as? [[String: Any]])
                    #expect(sources.map { $0["telemetry"] as? String } == ["cloud-monitoring"], "\(telemetry)")
                    let mesh = try #require(object["mesh"] as? [String: Any])
                    #expect(mesh["handshake_failures_per_second"] is NSNull)
                    #expect(mesh["handshake_failures"] is NSNull)
                    let notes = try #require(object["notes"] as? [String])
                    #expect(notes.contains { $0.contains("not available from Cloud Monitoring") })
                    // The caller-only edge is the client side's view and stays unknown.
                    let edges = try #require(object["edges"] as? [[String: Any]])
                    let callerOnly = try #require(edges.first { $0["destination"] as? String == "external/mainframe" })
                    #expect(callerOnly["destination_reported"] as? Bool == false)
                }
            }
        }

        @Test func federationUnderThePathPrefixTheFallbackTheDashboardAndRecordAllReadCSM() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let exporter = try FakeSidecarServer(mesh: .cloudServiceMesh)
            defer { exporter.stop() }
            try await withPrometheus(scraping: exporter.targets, routePrefix: Self.routePrefix) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(exporter, atLeast: 1)
                _ = try await PrometheusPolling.freezeAndSettleCloudMonitoring(exporter, client)
                let base = ["report", "--format", "json", "--prometheus", server.baseURL]
                let federated = try ProcessCapture.run(MeshtopBinary.url, base)
                let forced = try ProcessCapture.run(MeshtopBinary.url, base + ["--telemetry", "cloud-monitoring"])
                let istioOnly = try ProcessCapture.run(
                    MeshtopBinary.url,
                    base + ["--prometheus-mode", "query", "--telemetry", "istio"]
                )
                #expect(federated.status == 0, "\(federated.error)")
                #expect(forced.status == 0, "\(forced.error)")
                #expect(istioOnly.status == 0, "\(istioOnly.error)")
                #expect(!federated.error.contains("query mode"))
                #expect(forced.error.contains("query mode"))
                let fromFederation = try Self.namespaceFigures(try Self.document(federated.output))
                let fromQueries = try Self.namespaceFigures(try Self.document(forced.output))
                #expect(!fromFederation.isEmpty)
                #expect(fromFederation == fromQueries)
                #expect(try Self.namespaceFigures(try Self.document(istioOnly.output)).isEmpty)

                let dashboard = try ProcessCapture.run(
                    MeshtopBinary.url,
                    ["--prometheus", server.baseURL, "--once", "--width", "200"]
                )
                #expect(dashboard.status == 0, "\(dashboard.error)")
                #expect(dashboard.output.contains("telemetry cloud-monitoring: no handshakes or certificates"))

                let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "meshtop-csm-\(UUID().uuidString)"
                )
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: directory) }
                let recording = directory.appendingPathComponent("csm.mtrec.gz").path
                let recorded = try ProcessCapture.run(
                    MeshtopBinary.url,
                    [
                        "record", "--prometheus", server.baseURL, "--telemetry", "cloud-monitoring", "-o", recording,
                        "--interval", "1s", "--duration", "3s", "--quiet",
                    ]
                )
                #expect(recorded.status == 0, "\(recorded.error)")
                let replayed = try ProcessCapture.run(
                    MeshtopBinary.url,
                    ["replay", recording, "--once", "--format", "json"]
                )
                #expect(replayed.status == 0, "\(replayed.error)")
                let sources = try #require(try Self.document(replayed.output)["sources"] as? [[String: Any]])
                #expect(sources.map { $0["telemetry"] as? String } == ["cloud-monitoring"])
            }
        }

        @Test func checkAndPlanJudgeCSMsWindowInEveryModeAlike() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-csm-check-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let policyFile = folder.appendingPathComponent("policies.yaml")
            // PERMISSIVE everywhere: legacy/batch's plaintext (NONE) to shop/cart blocks STRICT in shop.
            try """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: default, namespace: istio-system}
            spec: {mtls: {mode: PERMISSIVE}}
            """.write(to: policyFile, atomically: true, encoding: .utf8)
            let exporter = try FakeSidecarServer(mesh: .cloudServiceMesh)
            defer { exporter.stop() }
            try await withPrometheus(scraping: exporter.targets, routePrefix: Self.routePrefix) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                let (earlier, later) = try await Self.window(exporter, client)
                let common = [
                    "--format", "json", "--policies", policyFile.path, "--min-observations", "1", "--from",
                    "\(earlier)", "--to", "\(later)", "--prometheus", server.baseURL,
                ]
                for command in ["check", "plan"] {
                    var answers: [NSDictionary] = []
                    for variant in [
                        ["--prometheus-mode", "query"], ["--prometheus-mode", "federate"],
                        ["--prometheus-mode", "query", "--telemetry", "cloud-monitoring"],
                    ] {
                        let result = try ProcessCapture.run(MeshtopBinary.url, [command] + common + variant)
                        // A blocked namespace is not a finding: both commands succeed.
                        #expect(result.status == 0, "\(command) \(variant): \(result.error)")
                        let object = try #require(
                            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? NSDictionary
                        )
                        answers.append(object)
                    }
                    #expect(answers.dropFirst().allSatisfy { $0 == answers[0] }, "\(command): \(answers)")
                    if command == "check" {
                        let namespaces = try #require(answers[0]["namespaces"] as? [[String: Any]])
                        let shop = try #require(namespaces.first { $0["name"] as? String == "shop" })
                        #expect((shop["blockers"] as? [Any])?.isEmpty == false, "\(shop)")
                    }
                }
                // Federation is not offered by Cloud Monitoring: forcing its telemetry falls back to queries.
                let forced = try ProcessCapture.run(
                    MeshtopBinary.url,
                    ["check"] + common + ["--telemetry", "cloud-monitoring"]
                )
                #expect(forced.status == 0, "\(forced.error)")
                #expect(forced.error.contains("query mode"), "\(forced.error)")
            }
        }

        @Test func aServerHoldingBothShapesIsNotDoubleCounted() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let sidecars = try FakeSidecarServer(mesh: .shopInBothShapes)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets, routePrefix: Self.routePrefix) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                _ = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let judged = try await PrometheusJudge(client: client).totals(at: PrometheusClock.nowMilliseconds())
                for mode in ["query", "federate"] {
                    let result = try ProcessCapture.run(
                        MeshtopBinary.url,
                        ["report", "--format", "json", "--prometheus", server.baseURL, "--prometheus-mode", mode]
                    )
                    #expect(result.status == 0, "\(mode): \(result.error)")
                    let object = try Self.document(result.output)
                    let requests = try Self.namespaceFigures(object).filter { $0.key.hasPrefix("requests|") }
                    let expected = judged.namespaces.filter { $0.key.hasPrefix("requests|") && $0.value != 0 }
                    #expect(!expected.isEmpty)
                    #expect(requests == expected, "\(mode): meshtop \(requests), PromQL \(expected)")
                    let source = try #require((object["sources"] as? [[String: Any]])?.first)
                    #expect(source["telemetry"] as? String == "istio", "\(mode)")
                    #expect((source["notes"] as? [String])?.first?.contains("not counted") == true, "\(mode)")
                    let mesh = try #require(object["mesh"] as? [String: Any])
                    #expect(mesh["handshake_failures"] is Double, "\(mode)")
                }
            }
        }
    }
}
