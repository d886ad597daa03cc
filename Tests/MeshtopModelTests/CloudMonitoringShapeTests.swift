import Foundation
import MeshtopModel
import MeshtopTelemetry
import Testing

/// Cloud Service Mesh's managed telemetry as Cloud Monitoring names it in PromQL, read by the model.
@Suite struct CloudMonitoringShapeTests {
    static let first: Int64 = 1_700_000_000_000
    static let second: Int64 = first + 60_000

    /// A `service_server_*` or `service_client_*` series between `source` and `destination` (`ns/workload`).
    static func csm(
        _ metric: String = "istio_io:service_server_request_count",
        from source: String,
        to destination: String,
        policy: String?,
        resource: String? = "istio_canonical_service",
        _ value: Double
    ) -> Sample {
        let from = source.split(separator: "/").map(String.init)
        let to = destination.split(separator: "/").map(String.init)
        var labels: [(String, String)] = [
            ("destination_principal", "spiffe://cluster.local/ns/\(to[0])/sa/\(to[1])"),
            ("destination_workload_name", to[1]),
            ("destination_workload_namespace", to[0]),
            ("request_protocol", "http"),
            ("response_code", "200"),
            ("source_principal", "spiffe://cluster.local/ns/\(from[0])/sa/\(from[1])"),
            ("source_workload_name", from[1]),
            ("source_workload_namespace", from[0]),
        ]
        if let policy { labels.append(("service_authentication_policy", policy)) }
        if let resource { labels.append(("monitored_resource", resource)) }
        return MeshSamples.sample(metric, labels, value)
    }

    /// Server series decide the class, client series are the caller's view, other resources are ignored.
    static func scrape(_ index: Int) -> [Sample] {
        func pick(_ values: (Double, Double)) -> Double { index == 0 ? values.0 : values.1 }
        return [
            csm(from: "shop/frontend", to: "shop/cart", policy: "MUTUAL_TLS", pick((100, 160))),
            // The same requests written against a second monitored resource must not count again.
            csm(
                from: "shop/frontend",
                to: "shop/cart",
                policy: "MUTUAL_TLS",
                resource: "k8s_container",
                pick((1, 900))
            ),
            csm(from: "legacy/batch", to: "shop/cart", policy: "NONE", pick((10, 25))),
            // Nor without a resource: there is no telling which copy it is.
            csm(from: "legacy/batch", to: "shop/cart", policy: "NONE", resource: nil, pick((0, 400))),
            csm(from: "shop/cart", to: "shop/db", policy: nil, pick((0, 3))),
            csm(
                "istio_io:service_server_connection_open_count",
                from: "shop/cart",
                to: "shop/db",
                policy: "MUTUAL_TLS",
                pick((5, 7))
            ),
            // Only the caller saw cart → pay/legacy.
            csm(
                "istio_io:service_client_request_count",
                from: "shop/cart",
                to: "pay/legacy",
                policy: nil,
                pick((2, 9))
            ),
        ]
    }

    static func snapshot() -> MeshSnapshot {
        let model = MeshModel()
        model.scrape(scrape(0), at: first, source: "csm")
        model.scrape(scrape(1), at: second, source: "csm")
        return model.snapshot()
    }

    @Test func serverSeriesDecideTheClassByTheirAuthenticationPolicy() throws {
        let snapshot = Self.snapshot()
        let shop = try #require(snapshot.namespaces.first { $0.name == "shop" })
        #expect(shop.traffic.requests.mutualTLS == 60)
        #expect(shop.traffic.requests.plaintext == 15)
        #expect(shop.traffic.requests.unknown + shop.traffic.requests.unverified == 3)
        #expect(shop.traffic.tcpConnections.mutualTLS == 2)
        #expect(snapshot.mesh.requests.mutualTLS == 60)
    }

    @Test func workloadNamesAndCallerOnlyEdgesComeFromTheirLabels() throws {
        let snapshot = Self.snapshot()
        let plaintext = try #require(
            snapshot.edges.first {
                $0.source.description == "legacy/batch" && $0.destination.description == "shop/cart"
            }
        )
        #expect(plaintext.traffic.requests.plaintext == 15)
        #expect(plaintext.sourcePrincipal == "spiffe://cluster.local/ns/legacy/sa/batch")
        #expect(!plaintext.isSourceReportedOnly)
        let callerOnly = try #require(snapshot.edges.first { $0.destination.description == "pay/legacy" })
        #expect(callerOnly.isSourceReportedOnly)
        #expect(callerOnly.traffic.requests.unknown == 7)
    }

    @Test func theSourceSaysItIsCloudMonitoringAndHandshakesAreNotMeasured() throws {
        let snapshot = Self.snapshot()
        let source = try #require(snapshot.sources.first)
        #expect(source.telemetry == .cloudMonitoring)
        #expect(snapshot.handshakesUnavailable)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(snapshot.json().utf8)) as? [String: Any]
        )
        let mesh = try #require(json["mesh"] as? [String: Any])
        #expect(mesh["handshake_failures_per_second"] is NSNull)
        #expect(mesh["handshake_failures"] is NSNull)
        let notes = try #require(json["notes"] as? [String])
        #expect(notes == ["handshake failures and certificates are not available from Cloud Monitoring"])
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.first?["telemetry"] as? String == "cloud-monitoring")
        #expect(snapshot.textReport().contains("handshakes       not available from Cloud Monitoring"))
    }

    @Test func istioSourcesStillMeasureHandshakes() throws {
        let snapshot = MeshModel.single([
            MeshSamples.istio(reporter: "destination", from: "a/x", to: "a/y", policy: "mutual_tls", 5)
        ])
        #expect(snapshot.sources.first?.telemetry == .istio)
        #expect(!snapshot.handshakesUnavailable)
        #expect(snapshot.notes.isEmpty)
    }

    @Test func aSourceHoldingBothShapesCountsIstiosOwnMetricsOnce() throws {
        func both(_ index: Int) -> [Sample] {
            let value: Double = index == 0 ? 100 : 130
            return [
                MeshSamples.istio(
                    reporter: "destination",
                    from: "shop/frontend",
                    to: "shop/cart",
                    policy: "mutual_tls",
                    value
                ),
                Self.csm(from: "shop/frontend", to: "shop/cart", policy: "MUTUAL_TLS", value),
            ]
        }
        let model = MeshModel()
        model.scrape(both(0), at: Self.first, source: "prometheus")
        model.scrape(both(1), at: Self.second, source: "prometheus")
        let snapshot = model.snapshot()
        #expect(snapshot.mesh.requests.mutualTLS == 30)
        let source = try #require(snapshot.sources.first)
        #expect(source.telemetry == .istio)
        #expect(source.notes.first?.contains("not counted") == true)
    }
}
