extension FakeMesh {
    /// Cloud Service Mesh's managed telemetry as Cloud Monitoring names it in PromQL, served by one exporter:
    /// mutual TLS inside `shop`, plaintext from `legacy`, TCP connections, an edge only the caller reported,
    /// and the same requests written against a second monitored resource, which must not count again.
    static let cloudServiceMesh = FakeMesh(pods: [
        Pod(
            namespace: "csm-exporter",
            name: "exporter-0",
            series: [
                csm(
                    server: true,
                    from: ("shop", "frontend"),
                    to: ("shop", "cart"),
                    policy: "MUTUAL_TLS",
                    code: "200",
                    step: 3
                ),
                csm(
                    server: true,
                    from: ("shop", "frontend"),
                    to: ("shop", "cart"),
                    policy: "MUTUAL_TLS",
                    code: "503",
                    step: 1
                ),
                csm(
                    server: true,
                    from: ("shop", "frontend"),
                    to: ("shop", "cart"),
                    policy: "MUTUAL_TLS",
                    code: "200",
                    step: 50,
                    resource: "k8s_container"
                ),
                csm(
                    server: true,
                    from: ("legacy", "batch"),
                    to: ("shop", "cart"),
                    policy: "NONE",
                    code: "200",
                    step: 2
                ),
                csm(
                    server: true,
                    from: ("shop", "cart"),
                    to: ("payments", "ledger"),
                    policy: "MUTUAL_TLS",
                    code: "200",
                    step: 6
                ),
                csm(
                    "connection_open_count",
                    server: true,
                    from: ("shop", "cart"),
                    to: ("payments", "ledger"),
                    policy: "MUTUAL_TLS",
                    code: "0",
                    step: 1
                ),
                csm(
                    server: false,
                    from: ("legacy", "batch"),
                    to: ("external", "mainframe"),
                    policy: nil,
                    code: "200",
                    step: 9
                ),
            ]
        )
    ])

    /// ``shop`` with every destination-reported request also written in Cloud Monitoring's shape, as one
    /// server holding both Managed Prometheus's Istio metrics and CSM's own would.
    static let shopInBothShapes = FakeMesh(
        pods: shop.pods.map { pod in
            var mirrored = pod
            for series in pod.series where series.name == "istio_requests_total" {
                let labels = Dictionary(series.labels, uniquingKeysWith: { first, _ in first })
                guard labels["reporter"] == "destination" else { continue }
                mirrored.series.append(
                    csm(
                        server: true,
                        from: (labels["source_workload_namespace"] ?? "", labels["source_workload"] ?? ""),
                        to: (labels["destination_workload_namespace"] ?? "", labels["destination_workload"] ?? ""),
                        policy: labels["connection_security_policy"] == "mutual_tls" ? "MUTUAL_TLS" : "NONE",
                        code: labels["response_code"] ?? "200",
                        step: series.step,
                        base: series.base
                    )
                )
            }
            return mirrored
        }
    )

    /// One `istio_io:service_{server,client}_<view>` counter.
    private static func csm(
        _ view: String = "request_count",
        server: Bool,
        from source: (String, String),
        to destination: (String, String),
        policy: String?,
        code: String,
        step: Int,
        base: Int = 0,
        resource: String = "istio_canonical_service"
    ) -> Series {
        var labels = [
            ("destination_principal", "spiffe://cluster.local/ns/\(destination.0)/sa/\(destination.1)"),
            ("destination_workload_name", destination.1),
            ("destination_workload_namespace", destination.0),
            ("monitored_resource", resource),
            ("request_protocol", view == "request_count" ? "http" : "tcp"),
            ("response_code", code),
            ("source_principal", "spiffe://cluster.local/ns/\(source.0)/sa/\(source.1)"),
            ("source_workload_name", source.1),
            ("source_workload_namespace", source.0),
        ]
        if let policy { labels.append(("service_authentication_policy", policy)) }
        let side = server ? "server" : "client"
        return Series(name: "istio_io:service_\(side)_\(view)", kind: "counter", labels: labels, base: base, step: step)
    }
}
