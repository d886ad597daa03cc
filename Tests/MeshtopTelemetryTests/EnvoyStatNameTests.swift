import MeshtopTelemetry
import Testing

/// One raw `/stats` line and the series its Prometheus form carries.
struct EnvoyNameCase: Sendable, CustomTestStringConvertible {
    var line: String
    var name: String
    var labels: [String: String]
    var kind: MetricKind

    var testDescription: String { line }
}

struct EnvoyStatNameTests {
    static let catalog = "outbound|80||catalog.istioinaction.svc.cluster.local"
    static let kumaCluster = "kri_msvc_default_east_kuma-demo_my-service_5050"
    static let kumaCertificate = "spiffe://default.local-zone.mesh.local/ns/kuma-demo/sa/default"

    static let cases: [EnvoyNameCase] = [
        // telemetry-formats §2.1: Istio 1.17.8 outbound cluster, dotted cluster name, dynamic ssl stats.
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.ciphers.TLS_AES_128_GCM_SHA256: 1",
            name: "envoy_cluster_ssl_ciphers_TLS_AES_128_GCM_SHA256",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.connection_error: 0",
            name: "envoy_cluster_ssl_connection_error",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.curves.X25519: 1",
            name: "envoy_cluster_ssl_curves_X25519",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.fail_verify_san: 0",
            name: "envoy_cluster_ssl_fail_verify_san",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.handshake: 1",
            name: "envoy_cluster_ssl_handshake",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.sigalgs.rsa_pss_rsae_sha256: 1",
            name: "envoy_cluster_ssl_sigalgs_rsa_pss_rsae_sha256",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).ssl.versions.TLSv1.3: 1",
            name: "envoy_cluster_ssl_versions_TLSv1_3",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        // Istio >= 1.23 delimiter.
        EnvoyNameCase(
            line: "cluster.outbound|80||catalog.ns.svc.cluster.local;.ssl.handshake: 1",
            name: "envoy_cluster_ssl_handshake",
            labels: ["cluster_name": "outbound|80||catalog.ns.svc.cluster.local"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.xds-grpc;.upstream_cx_active: 1",
            name: "envoy_cluster_upstream_cx_active",
            labels: ["cluster_name": "xds-grpc"],
            kind: .gauge
        ),
        // Listeners: inbound, IPv6, SDS stats, and one that is not an address.
        EnvoyNameCase(
            line: "listener.0.0.0.0_15006.ssl.handshake: 0",
            name: "envoy_listener_ssl_handshake",
            labels: ["listener_address": "0.0.0.0_15006"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "listener.0.0.0.0_15006.server_ssl_socket_factory.ssl_context_update_by_sds: 6",
            name: "envoy_listener_server_ssl_socket_factory_ssl_context_update_by_sds",
            labels: ["listener_address": "0.0.0.0_15006"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "listener.[__]_10002.ssl.handshake: 1",
            name: "envoy_listener_ssl_handshake",
            labels: ["listener_address": "[__]_10002"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "listener.10.96.3.7_9080.downstream_cx_active: 4",
            name: "envoy_listener_downstream_cx_active",
            labels: ["listener_address": "10.96.3.7_9080"],
            kind: .gauge
        ),
        EnvoyNameCase(
            line: "listener.admin.downstream_cx_active: 1",
            name: "envoy_listener_admin_downstream_cx_active",
            labels: [:],
            kind: .gauge
        ),
        // Certificate expiry (§2.3), cert names with `://` and `/`.
        EnvoyNameCase(
            line: "cluster.\(kumaCluster).ssl.certificate.\(kumaCertificate).expiration_unix_time_seconds: 1765823243",
            name: "envoy_cluster_ssl_certificate_expiration_unix_time_seconds",
            labels: ["cluster_name": kumaCluster, "envoy_tls_certificate": kumaCertificate],
            kind: .gauge
        ),
        EnvoyNameCase(
            line: "listener.0.0.0.0_15006.ssl.certificate.default.expiration_unix_time_seconds: 1765823243",
            name: "envoy_listener_ssl_certificate_expiration_unix_time_seconds",
            labels: ["listener_address": "0.0.0.0_15006", "envoy_tls_certificate": "default"],
            kind: .gauge
        ),
        EnvoyNameCase(
            line: "server.days_until_first_cert_expiring: 0",
            name: "envoy_server_days_until_first_cert_expiring",
            labels: [:],
            kind: .gauge
        ),
        // Known cluster stats with dots, response codes, transport socket matches.
        EnvoyNameCase(
            line: "cluster.\(catalog).circuit_breakers.default.cx_open: 0",
            name: "envoy_cluster_circuit_breakers_default_cx_open",
            labels: ["cluster_name": catalog],
            kind: .gauge
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).client_ssl_socket_factory.ssl_context_update_by_sds: 2",
            name: "envoy_cluster_client_ssl_socket_factory_ssl_context_update_by_sds",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.\(catalog).tlsMode-istio.total_match_count: 3",
            name: "envoy_cluster_tlsMode_istio_total_match_count",
            labels: ["cluster_name": catalog],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.xds-grpc.upstream_rq_200: 5",
            name: "envoy_cluster_upstream_rq",
            labels: ["cluster_name": "xds-grpc", "response_code": "200"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.xds-grpc.internal.upstream_rq_2xx: 1",
            name: "envoy_cluster_internal_upstream_rq",
            labels: ["cluster_name": "xds-grpc", "response_code_class": "2xx"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.outbound|443||api.ssl.example.com.upstream_cx_total: 7",
            name: "envoy_cluster_upstream_cx_total",
            labels: ["cluster_name": "outbound|443||api.ssl.example.com"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.outbound|9080|v1|reviews.default.svc.cluster.local.lb_healthy_panic: 0",
            name: "envoy_cluster_lb_healthy_panic",
            labels: ["cluster_name": "outbound|9080|v1|reviews.default.svc.cluster.local"],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "cluster.outbound|9080||reviews.default.svc.cluster.local.some_new_stat: 2",
            name: "envoy_cluster_some_new_stat",
            labels: ["cluster_name": "outbound|9080||reviews.default.svc.cluster.local"],
            kind: .counter
        ),
        // No scope: `envoy_` + sanitized name.
        EnvoyNameCase(
            line: "http.admin.downstream_rq_2xx: 1",
            name: "envoy_http_admin_downstream_rq",
            labels: ["response_code_class": "2xx"],
            kind: .untyped
        ),
        EnvoyNameCase(
            line: "http.async-client.rq_total: 0",
            name: "envoy_http_async_client_rq_total",
            labels: [:],
            kind: .counter
        ),
        EnvoyNameCase(
            line: "listener_manager.total_listeners_active: 1",
            name: "envoy_listener_manager_total_listeners_active",
            labels: [:],
            kind: .gauge
        ),
        EnvoyNameCase(line: "server.uptime: 676", name: "envoy_server_uptime", labels: [:], kind: .gauge),
    ]

    @Test(arguments: cases)
    func rawStatNamesBecomeTheirPrometheusSeries(_ testCase: EnvoyNameCase) throws {
        let result = EnvoyTestInput.parseText(testCase.line)
        #expect(result.issues.isEmpty)
        let sample = try #require(result.samples.first)
        #expect(result.samples.count == 1)
        #expect(sample.name == testCase.name)
        #expect(sample.family == testCase.name)
        #expect(sample.labelDictionary == testCase.labels)
        #expect(sample.labels.count == testCase.labels.count)
        #expect(sample.kind == testCase.kind)
        let valueText = try #require(testCase.line.split(separator: " ").last)
        #expect(sample.exactValue == UInt64(valueText))
    }

    @Test func delimitedAndDottedClusterNamesGiveTheSameClusterName() throws {
        let stats = ["ssl.handshake", "ssl.versions.TLSv1.3", "upstream_cx_total", "circuit_breakers.high.rq_open"]
        for stat in stats {
            let dotted = EnvoyTestInput.parseText("cluster.\(Self.catalog).\(stat): 1").samples
            let delimited = EnvoyTestInput.parseText("cluster.\(Self.catalog);.\(stat): 1").samples
            let old = try #require(dotted.first)
            let new = try #require(delimited.first)
            #expect(old.name == new.name)
            #expect(old[label: "cluster_name"] == Self.catalog)
            #expect(new[label: "cluster_name"] == Self.catalog)
        }
    }

    @Test func valuesBeyondTwoToTheSixtyThreeKeepEveryDigit() throws {
        let result = EnvoyTestInput.parseText(
            """
            cluster_manager.cds.version: 11549674845441926298
            cluster.outbound|15020||x.ns.svc.cluster.local.circuit_breakers.default.remaining_cx_pools: 18446744073709551614
            server.days_until_first_cert_expiring: 4294967295
            """
        )
        #expect(result.issues.isEmpty)
        #expect(
            result.samples.map(\.exactValue) == [11_549_674_845_441_926_298, 18_446_744_073_709_551_614, 4_294_967_295]
        )
        #expect(result.samples.map(\.kind) == [.gauge, .gauge, .gauge])
        #expect(result.samples[0].name == "envoy_cluster_manager_cds_version")
        #expect(result.samples[1].name == "envoy_cluster_circuit_breakers_default_remaining_cx_pools")
        #expect(result.samples[1][label: "cluster_name"] == "outbound|15020||x.ns.svc.cluster.local")
    }
}
