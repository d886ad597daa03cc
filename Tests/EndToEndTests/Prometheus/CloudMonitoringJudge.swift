import MeshtopSources

/// Asks the server in PromQL what Cloud Service Mesh's figures are: the answers meshtop must agree with.
struct CloudMonitoringJudge {
    let client: PrometheusQueryClient

    /// `requests|NS policy` (and `connections|…`) → the server-reported increase between two instants,
    /// of the `istio_canonical_service` resource, with the policy in meshtop's words.
    func namespaces(from earlier: Int64, to later: Int64) async throws -> [String: Double] {
        var figures: [String: Double] = [:]
        for (figure, metric) in [
            ("requests", "istio_io:service_server_request_count"),
            ("tcp_connections", "istio_io:service_server_connection_open_count"),
        ] {
            let query =
                "sum by (destination_workload_namespace, service_authentication_policy) "
                + #"(\#(metric){monitored_resource="istio_canonical_service"})"#
            for (time, sign) in [(earlier, -1.0), (later, 1.0)] {
                for element in try await client.query(query, at: time).series {
                    let policy =
                        switch element.metric["service_authentication_policy"] {
                        case "MUTUAL_TLS": "mutual_tls"
                        case "NONE": "none"
                        default: "unknown"
                        }
                    let namespace = element.metric["destination_workload_namespace"] ?? ""
                    figures["\(figure)|\(namespace) \(policy)", default: 0] += sign * (element.value.number ?? .nan)
                }
            }
        }
        return figures.filter { $0.value != 0 }
    }
}
