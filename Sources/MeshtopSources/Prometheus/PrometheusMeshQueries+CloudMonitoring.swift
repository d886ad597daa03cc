import MeshtopModel

extension PrometheusMeshQueries {
    /// Cloud Service Mesh's traffic metrics as Cloud Monitoring names them in PromQL (`istio.io/service/` +
    /// view name, the first `/` mapped to `:` and the others to `_`).
    package static let cloudMonitoringCounters = [
        "istio_io:service_server_request_count", "istio_io:service_client_request_count",
        "istio_io:service_server_connection_open_count", "istio_io:service_client_connection_open_count",
    ]

    /// The labels of a Cloud Service Mesh edge: both ends, their identities and the server's policy.
    package static let cloudMonitoringEdgeLabels = [
        "source_workload_name", "source_workload_namespace", "source_principal",
        "destination_workload_name", "destination_workload_namespace", "destination_principal",
        "service_authentication_policy", "monitored_resource",
    ]

    /// One query per Cloud Service Mesh counter, summed per edge and policy on the server, of the one
    /// monitored resource the model counts (``TelemetryShape/cloudMonitoringResource``). The metrics are
    /// asked for one by one, not with a `__name__` regex or `or`, which Cloud Monitoring's PromQL and vector
    /// matching would not keep apart.
    package static var cloudMonitoringTraffic: [String] {
        let labels = (["__name__"] + cloudMonitoringEdgeLabels).joined(separator: ", ")
        return cloudMonitoringCounters.map { metric in
            #"sum by (\#(labels)) (\#(metric){monitored_resource="\#(TelemetryShape.cloudMonitoringResource)"})"#
        }
    }
}
