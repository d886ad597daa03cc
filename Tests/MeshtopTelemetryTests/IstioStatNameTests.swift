import MeshtopTelemetry
import Testing

struct IstioStatNameTests {
    /// The request of telemetry-formats §3.4 (native filter, Istio 1.17.8), tag by tag in native order.
    static let request: [(String, String)] = [
        ("reporter", "destination"), ("source_workload", "webapp"), ("source_canonical_service", "webapp"),
        ("source_canonical_revision", "latest"), ("source_workload_namespace", "istioinaction"),
        ("source_principal", "spiffe://cluster.local/ns/istioinaction/sa/webapp"), ("source_app", "webapp"),
        ("source_version", "unknown"), ("source_cluster", "Kubernetes"), ("destination_workload", "catalog"),
        ("destination_workload_namespace", "istioinaction"),
        ("destination_principal", "spiffe://cluster.local/ns/istioinaction/sa/catalog"), ("destination_app", "catalog"),
        ("destination_version", "v1"), ("destination_service", "catalog.istioinaction.svc.cluster.local"),
        ("destination_canonical_service", "catalog"), ("destination_canonical_revision", "v1"),
        ("destination_service_name", "catalog"), ("destination_service_namespace", "istioinaction"),
        ("destination_cluster", "Kubernetes"), ("request_protocol", "http"), ("response_code", "200"),
        ("grpc_response_status", ""), ("response_flags", "-"), ("connection_security_policy", "mutual_tls"),
    ]

    static let nativeLine =
        "istiocustom.istio_requests_total.reporter.destination.source_workload.webapp.source_canonical_service.webapp."
        + "source_canonical_revision.latest.source_workload_namespace.istioinaction.source_principal.spiffe://cluster.local/"
        + "ns/istioinaction/sa/webapp.source_app.webapp.source_version.unknown.source_cluster.Kubernetes.destination_workload."
        + "catalog.destination_workload_namespace.istioinaction.destination_principal.spiffe://cluster.local/ns/istioinaction/"
        + "sa/catalog.destination_app.catalog.destination_version.v1.destination_service.catalog.istioinaction.svc.cluster."
        + "local.destination_canonical_service.catalog.destination_canonical_revision.v1.destination_service_name.catalog."
        + "destination_service_namespace.istioinaction.destination_cluster.Kubernetes.request_protocol.http.response_code."
        + "200.grpc_response_status.response_flags.-.connection_security_policy.mutual_tls: 2"

    /// The same request in the Wasm encodings, with the later plugin's tag order (response code near the end).
    static func wasmLine(prefix: String, metric: String, order: [(String, String)]) -> String {
        prefix + order.map { "\($0.0)=.=\($0.1);.;" }.joined() + metric + ": 2"
    }

    @Test func theThreeEncodingsOfOneRequestDecodeToTheSameLabels() throws {
        let expected = Dictionary(uniqueKeysWithValues: Self.request)
        let reordered = Self.request.filter { $0.0 != "response_code" } + [("response_code", "200")]
        let lines = [
            Self.nativeLine,
            Self.wasmLine(prefix: "", metric: "_istio_requests_total", order: Self.request),
            Self.wasmLine(prefix: "wasmcustom.", metric: "istio_requests_total", order: reordered),
        ]
        for line in lines {
            let result = EnvoyTestInput.parseText(line)
            #expect(result.issues.isEmpty)
            let sample = try #require(result.samples.first)
            #expect(sample.name == "istio_requests_total")
            #expect(sample.kind == .counter)
            #expect(sample.exactValue == 2)
            #expect(sample.labels.count == expected.count)
            #expect(sample.labelDictionary == expected)
        }
    }

    @Test func theNativeEncodingKeepsTheFilterTagOrder() throws {
        let sample = try #require(EnvoyTestInput.parseText(Self.nativeLine).samples.first)
        #expect(sample.labels.map(\.name) == Self.request.map(\.0))
    }

    @Test func theEarlyWasmLineOfTheResearchNotesDecodes() throws {
        let line =
            "reporter=.=destination;.;source_workload=.=istio-ingressgateway;.;source_workload_namespace=.=istio-system;.;"
            + "source_principal=.=spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account;.;"
            + "source_app=.=istio-ingressgateway;.;source_version=.=unknown;.;source_canonical_service=.=istio-ingressgateway;.;"
            + "source_canonical_revision=.=latest;.;destination_workload=.=productpage-v1;.;destination_workload_namespace=.=default;.;"
            + "destination_principal=.=spiffe://cluster.local/ns/default/sa/bookinfo-productpage;.;destination_app=.=productpage;.;"
            + "destination_version=.=v1;.;destination_service=.=productpage.default.svc.cluster.local;.;"
            + "destination_service_name=.=productpage;.;destination_service_namespace=.=default;.;"
            + "destination_canonical_service=.=productpage;.;destination_canonical_revision=.=v1;.;request_protocol=.=http;.;"
            + "response_code=.=200;.;grpc_response_status=.=;.;response_flags=.=-;.;"
            + "connection_security_policy=.=mutual_tls;.;_istio_requests_total: 86"
        let sample = try #require(EnvoyTestInput.parseText(line).samples.first)
        #expect(sample.name == "istio_requests_total")
        #expect(sample.value == 86)
        #expect(sample.labels.count == 23)
        #expect(sample[label: "grpc_response_status"] == "")
        #expect(
            sample[label: "source_principal"]
                == "spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account"
        )
        #expect(sample[label: "connection_security_policy"] == "mutual_tls")
    }

    @Test func wasmHistogramsBecomeSummariesOfTheIstioFamily() throws {
        let line =
            "reporter=.=destination;.;connection_security_policy=.=mutual_tls;.;_istio_request_duration_milliseconds: "
            + "P0(nan,1.0) P25(nan,13.85) P50(nan,26.125) P75(nan,30.75) P90(nan,38.7) P95(nan,59.7) P99(nan,791.4) "
            + "P99.5(nan,795.6999999999999) P99.9(nan,799.14) P100(nan,800.0)"
        let result = EnvoyTestInput.parseText(line)
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.family) == ["istio_request_duration_milliseconds"])
        #expect(result.samples.count == 10)
        #expect(result.samples.allSatisfy { $0.labels.count == 3 && $0[label: "reporter"] == "destination" })
        #expect(result.samples.last?[label: "quantile"] == "1")
    }

    @Test(arguments: [
        ("istiocustom.istio_build.component.proxy.tag.1.17.8: 1", "1.17.8"),
        ("component.proxy.tag.1.7.1;._istio_build: 1", "1.7.1"),
    ])
    func buildInfoDecodesInBothEras(line: String, tag: String) throws {
        let sample = try #require(EnvoyTestInput.parseText(line).samples.first)
        #expect(sample.name == "istio_build")
        #expect(sample.kind == .gauge)
        #expect(sample.labelDictionary == ["component": "proxy", "tag": tag])
    }

    @Test func nativeNamesTolerateEmptyAndMissingValues() throws {
        let line =
            "istiocustom.istio_tcp_sent_bytes_total.reporter.source.source_workload.productpage-v1.source_version."
            + "source_cluster.Kubernetes.destination_service.mysql.db.svc.cluster.local.request_protocol.tcp."
            + "connection_security_policy: 1024"
        let sample = try #require(EnvoyTestInput.parseText(line).samples.first)
        #expect(sample.name == "istio_tcp_sent_bytes_total")
        #expect(
            sample.labelDictionary == [
                "reporter": "source", "source_workload": "productpage-v1", "source_version": "",
                "source_cluster": "Kubernetes", "destination_service": "mysql.db.svc.cluster.local",
                "request_protocol": "tcp", "connection_security_policy": "",
            ]
        )
    }
}
