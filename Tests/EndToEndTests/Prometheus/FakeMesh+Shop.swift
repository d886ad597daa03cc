extension FakeMesh {
    /// Three namespaces, five workloads, six pods: mutual TLS inside `shop`, plaintext from `legacy` into
    /// `payments` (with a principal that needs escaping), a caller-only edge, TCP traffic, handshake
    /// failures and workload certificates.
    static let shop = FakeMesh(pods: [
        Pod(
            namespace: "shop",
            name: "frontend-7f8c9d4b5-x2k4p",
            series: inbound(
                to: ("shop", "frontend"),
                from: ("istio-system", "istio-ingressgateway"),
                policy: "mutual_tls",
                step: 5
            )
                + outbound(from: ("shop", "frontend"), to: ("shop", "cart"), step: 7)
                + sidecar(handshakeStep: 3, failureStep: 0, expiry: 86_400 * 20)
        ),
        Pod(
            namespace: "shop",
            name: "cart-5d6f7a8b9-q1w2e",
            series: inbound(to: ("shop", "cart"), from: ("shop", "frontend"), policy: "mutual_tls", step: 4)
                + sidecar(handshakeStep: 2, failureStep: 0, expiry: 86_400 * 30)
        ),
        Pod(
            namespace: "shop",
            name: "cart-5d6f7a8b9-r3t4y",
            series: inbound(to: ("shop", "cart"), from: ("shop", "frontend"), policy: "mutual_tls", step: 3)
                + inbound(to: ("shop", "cart"), from: ("legacy", "batch"), policy: "none", step: 1)
                + sidecar(handshakeStep: 2, failureStep: 1, expiry: 86_400 * 2)
        ),
        Pod(
            namespace: "payments",
            name: "ledger-0",
            series: inbound(to: ("payments", "ledger"), from: ("shop", "cart"), policy: "mutual_tls", step: 6)
                + inbound(
                    to: ("payments", "ledger"),
                    from: ("legacy", "batch"),
                    policy: "none",
                    step: 2,
                    principal: #"spiffe://cluster.local/ns/legacy/sa/batch "old\job""#
                )
                + tcpInbound(to: ("payments", "ledger"), from: ("shop", "cart"), policy: "mutual_tls", step: 1)
                + sidecar(handshakeStep: 4, failureStep: 2, expiry: 86_400 * 10)
        ),
        Pod(
            namespace: "legacy",
            name: "batch-6b7c8d9e1-z9y8x",
            series: outbound(from: ("legacy", "batch"), to: ("payments", "ledger"), step: 2)
                + outbound(from: ("legacy", "batch"), to: ("external", "mainframe"), step: 9)
        ),
    ])

    private typealias Workload = (namespace: String, name: String)

    private static func principal(_ workload: Workload) -> String {
        "spiffe://cluster.local/ns/\(workload.namespace)/sa/\(workload.name)"
    }

    /// Destination-reported requests, in two response codes so sums must add series up.
    private static func inbound(
        to destination: Workload,
        from source: Workload,
        policy: String,
        step: Int,
        principal sourcePrincipal: String? = nil
    ) -> [Series] {
        ["200", "503"].enumerated().map { index, code in
            Series(
                name: "istio_requests_total",
                kind: "counter",
                labels: istioLabels(
                    reporter: "destination",
                    source: source,
                    sourcePrincipal: sourcePrincipal ?? principal(source),
                    destination: destination,
                    policy: policy
                ) + [("response_code", code)],
                base: 100 * (index + 1) + step,
                step: index == 0 ? step : 1
            )
        }
    }

    /// Source-reported requests (the caller's view: security `unknown`).
    private static func outbound(from source: Workload, to destination: Workload, step: Int) -> [Series] {
        [
            Series(
                name: "istio_requests_total",
                kind: "counter",
                labels: istioLabels(
                    reporter: "source",
                    source: source,
                    sourcePrincipal: principal(source),
                    destination: destination,
                    policy: "unknown"
                ) + [("response_code", "200")],
                base: 50,
                step: step
            )
        ]
    }

    /// Destination-reported TCP connections and bytes.
    private static func tcpInbound(to destination: Workload, from source: Workload, policy: String, step: Int)
        -> [Series]
    {
        let labels = istioLabels(
            reporter: "destination",
            source: source,
            sourcePrincipal: principal(source),
            destination: destination,
            policy: policy
        )
        return [
            Series(name: "istio_tcp_connections_opened_total", kind: "counter", labels: labels, base: 10, step: step),
            Series(name: "istio_tcp_sent_bytes_total", kind: "counter", labels: labels, base: 4096, step: 1500 * step),
            Series(
                name: "istio_tcp_received_bytes_total",
                kind: "counter",
                labels: labels,
                base: 2048,
                step: 700 * step
            ),
        ]
    }

    /// Inbound TLS handshakes and failures, an outbound cluster's handshakes, the workload certificate and
    /// the proxy build.
    private static func sidecar(handshakeStep: Int, failureStep: Int, expiry: Int) -> [Series] {
        let listener = [("listener_address", "0.0.0.0_15006")]
        return [
            Series(
                name: "envoy_listener_ssl_handshake",
                kind: "counter",
                labels: listener,
                base: 1000,
                step: handshakeStep
            ),
            Series(
                name: "envoy_listener_ssl_connection_error",
                kind: "counter",
                labels: listener,
                base: 3,
                step: failureStep
            ),
            Series(
                name: "envoy_cluster_ssl_handshake",
                kind: "counter",
                labels: [("cluster_name", "outbound|8080||cart.shop.svc.cluster.local")],
                base: 500,
                step: handshakeStep
            ),
            Series(
                name: "istio_agent_cert_expiry_seconds",
                kind: "gauge",
                labels: [("resource_name", "default")],
                base: expiry,
                step: 0
            ),
            Series(
                name: "istio_build",
                kind: "gauge",
                labels: [("component", "proxy"), ("tag", "1.24.0")],
                base: 1,
                step: 0
            ),
        ]
    }

    private static func istioLabels(
        reporter: String,
        source: Workload,
        sourcePrincipal: String,
        destination: Workload,
        policy: String
    ) -> [(String, String)] {
        [
            ("reporter", reporter),
            ("source_workload", source.name),
            ("source_canonical_service", source.name),
            ("source_workload_namespace", source.namespace),
            ("source_principal", sourcePrincipal),
            ("destination_workload", destination.name),
            ("destination_workload_namespace", destination.namespace),
            ("destination_principal", principal(destination)),
            ("destination_service", "\(destination.name).\(destination.namespace).svc.cluster.local"),
            ("request_protocol", "http"),
            ("response_flags", "-"),
            ("connection_security_policy", policy),
        ]
    }
}
