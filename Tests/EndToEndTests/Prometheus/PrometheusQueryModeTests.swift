import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// Query mode against a real server: the aggregations run, and their answers are the served sums.
    @Suite(
        "Prometheus query mode",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed")
    )
    struct PrometheusQueryModeTests {
        @Test func queryModeRendersOneSamplePerEdgeAndPolicyWithTheServedTotals() async throws {
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                let ticks = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let source = try PrometheusQuerySource(base: server.baseURL)
                let scrape = try await source.scrape()
                let text = String(decoding: scrape.bytes, as: UTF8.self)
                let lines = text.split(separator: "\n").filter { $0.hasPrefix("istio_requests_total{") }
                let rendered = Dictionary(
                    lines.map { line in (RenderedLine(line).edgeKey, RenderedLine(line).value) },
                    uniquingKeysWith: +
                )
                let expected = sidecars.mesh.edgeTotals(of: "istio_requests_total", ticks: ticks)
                #expect(rendered.filter { !$0.key.hasSuffix(" unknown") } == expected.mapValues(Double.init))
                #expect(text.contains(#"source_principal="spiffe://cluster.local/ns/legacy/sa/batch \"old\\job\"""#))
                let failures = sidecars.mesh.total(of: "envoy_listener_ssl_connection_error", ticks: ticks) {
                    $0["namespace"] == "payments"
                }
                #expect(
                    text.contains(
                        #"envoy_listener_ssl_connection_error{deployment="ledger",listener_address="0.0.0.0_15006",namespace="payments"} "#
                            + "\(failures)\n"
                    )
                )
                #expect(
                    text.contains(
                        #"istio_agent_cert_expiry_seconds{deployment="cart",namespace="shop",resource_name="default"} 172800"#
                    )
                )
                #expect(scrape.skipped == 0)
            }
        }

        @Test func ztunnelSeriesAreSummedApartAndMarkedAsTheProxy() async throws {
            let edge: [(String, String)] = [
                ("reporter", "destination"), ("source_workload", "cart"), ("source_workload_namespace", "shop"),
                ("source_principal", "spiffe://cluster.local/ns/shop/sa/cart"), ("destination_workload", "ledger"),
                ("destination_workload_namespace", "payments"),
                ("destination_principal", "spiffe://cluster.local/ns/payments/sa/ledger"),
                ("connection_security_policy", "mutual_tls"),
            ]
            // With a handshake counter per pod, which tells when Prometheus stored the frozen values.
            let requests = { (base: Int, step: Int) in
                [
                    FakeMesh.Series(
                        name: "istio_requests_total",
                        kind: "counter",
                        labels: edge,
                        base: base,
                        step: step
                    ),
                    FakeMesh.Series(
                        name: "envoy_listener_ssl_handshake",
                        kind: "counter",
                        labels: [("listener_address", "0.0.0.0_15006")],
                        base: 1,
                        step: 1
                    ),
                ]
            }
            let mesh = FakeMesh(pods: [
                FakeMesh.Pod(namespace: "payments", name: "ledger-0", series: requests(100, 3)),
                FakeMesh.Pod(namespace: "istio-system", name: "ztunnel-x7k2p", series: requests(40, 2)),
                FakeMesh.Pod(namespace: "istio-system", name: "ztunnel-q9w8e", series: requests(10, 1)),
            ])
            let sidecars = try FakeSidecarServer(mesh: mesh)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                let ticks = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let text = String(
                    decoding: try await PrometheusQuerySource(base: server.baseURL).scrape().bytes,
                    as: UTF8.self
                )
                let lines = text.split(separator: "\n").filter { $0.hasPrefix("istio_requests_total{") }
                let ztunnel = mesh.total(of: "istio_requests_total", ticks: ticks) {
                    $0["pod"]?.hasPrefix("ztunnel") == true
                }
                let sidecar = mesh.total(of: "istio_requests_total", ticks: ticks) { $0["pod"] == "ledger-0" }
                #expect(lines.count == 2)
                #expect(lines.filter { $0.contains(#",pod="ztunnel","#) && $0.hasSuffix(" \(ztunnel)") }.count == 1)
                #expect(lines.filter { !$0.contains("pod=") && $0.hasSuffix(" \(sidecar)") }.count == 1)
            }
        }
    }
}

/// One rendered sample line, read back just enough to compare with the fake mesh.
private struct RenderedLine {
    var labels: [String: String] = [:]
    var value: Double = 0

    init(_ line: Substring) {
        guard let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}") else { return }
        value = Double(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)) ?? .nan
        var rest = line[line.index(after: open)..<close]
        while let equals = rest.firstIndex(of: "=") {
            let name = String(rest[..<equals])
            var index = rest.index(equals, offsetBy: 2)
            var value = ""
            while index < rest.endIndex, rest[index] != "\"" {
                if rest[index] == "\\" { index = rest.index(after: index) }
                value.append(rest[index])
                index = rest.index(after: index)
            }
            labels[name] = value
            rest = rest[rest.index(after: index)...].drop { $0 == "," }
        }
    }

    var edgeKey: String { FakeMesh.edgeKey(labels) }
}
