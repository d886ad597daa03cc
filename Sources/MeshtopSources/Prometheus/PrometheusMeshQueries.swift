/// The PromQL that query mode runs: server-side aggregations that keep exactly the labels the model reads.
///
/// Traffic is summed per edge and security class, handshake counters per workload and listener or
/// cluster, certificate gauges reduced to the soonest expiry per workload and certificate, so the answer
/// grows with the number of edges and workloads, not with pods or series. Pod names become workload
/// names on the server (`reviews-v1-7f8c9d4b5-x2k4p` → `reviews-v1`) and come back as a `deployment`
/// label; ztunnel pods come back as `pod="ztunnel"`.
package enum PrometheusMeshQueries {
    /// The labels of an Istio edge: who called whom, how the destination judged the connection, who said so.
    package static let istioEdgeLabels = [
        "reporter", "source_workload", "source_workload_namespace", "source_principal",
        "destination_workload", "destination_workload_namespace", "destination_principal",
        "connection_security_policy",
    ]

    /// The Istio counters meshtop reads.
    package static let istioCounters = [
        "istio_requests_total", "istio_tcp_connections_opened_total",
        "istio_tcp_sent_bytes_total", "istio_tcp_received_bytes_total",
    ]

    /// The label that carries a pod's workload through an aggregation.
    static let workloadLabel = "meshtop_workload"
    /// The label that marks ztunnel series through an aggregation.
    static let proxyLabel = "meshtop_proxy"

    /// Every query of one refresh: Istio traffic, Linkerd traffic, Envoy TLS handshakes, certificates,
    /// proxy builds.
    package static var all: [String] { [istioTraffic, linkerdTraffic, handshakes, certificates, builds] }

    /// Istio requests, connections and bytes per edge, security policy and reporter (every reporter, so
    /// edges only the caller saw stay visible).
    ///
    /// ztunnel pods' series are summed apart and marked with ``proxyLabel`` after the sum, so the marking
    /// (a `label_replace`) touches a handful of sums instead of every request series of the mesh.
    package static var istioTraffic: String {
        let names = istioCounters.joined(separator: "|")
        let labels = (["__name__", proxyLabel] + istioEdgeLabels).joined(separator: ", ")
        let sidecars = #"sum by (\#(labels)) ({__name__=~"\#(names)", pod!~"ztunnel.*"})"#
        let ztunnels = #"sum by (\#(labels)) ({__name__=~"\#(names)", pod=~"ztunnel.*"})"#
        // `or` keeps every element of both sides: only the right side has the proxy label.
        return #"\#(sidecars) or label_replace(\#(ztunnels), "\#(proxyLabel)", "ztunnel", "__name__", ".*")"#
    }

    /// Linkerd `request_total` and `tcp_open_total` per workload, direction, TLS state and peer.
    package static var linkerdTraffic: String {
        let labels = [
            "__name__", "namespace", workloadLabel, "direction", "tls", "no_tls_reason", "target_port",
            "client_id", "server_id", "dst_namespace", "dst_deployment", "peer",
        ]
        return
            "sum by (\(labels.joined(separator: ", "))) (\(withWorkload(#"{__name__=~"request_total|tcp_open_total"}"#)))"
    }

    /// Envoy listener and cluster `ssl` counters per workload and listener address or cluster.
    package static var handshakes: String {
        let selector =
            #"{__name__=~"envoy_(listener|cluster)_ssl_.*", __name__!~".*_certificate_expiration_unix_time_seconds"}"#
        let labels = [
            "__name__", "namespace", workloadLabel, "listener_address", "envoy_listener_address", "cluster_name",
            "envoy_cluster_name",
        ]
        return "sum by (\(labels.joined(separator: ", "))) (\(withWorkload(selector)))"
    }

    /// Certificate expiry gauges, the soonest per workload and certificate.
    package static var certificates: String {
        let names = [
            "istio_agent_cert_expiry_seconds", "citadel_server_.*_expiry_.*",
            "certmanager_certificate_expiration_timestamp_seconds", "x509_cert_not_after",
            "identity_cert_expiration_timestamp_seconds", "envoy_server_days_until_first_cert_expiring",
            "envoy_(listener|cluster)_ssl_certificate_expiration_unix_time_seconds",
        ]
        let labels = [
            "__name__", "namespace", workloadLabel, "resource_name", "envoy_tls_certificate", "tls_certificate",
            "certificate", "exported_namespace", "exported_name", "name", "secret_namespace", "secret_name",
            "secret_key", "configmap_namespace", "configmap_name", "filepath", "subject_CN",
        ]
        let selector = #"{__name__=~"\#(names.joined(separator: "|"))"}"#
        return "min by (\(labels.joined(separator: ", "))) (\(withWorkload(selector)))"
    }

    /// Which proxy components run (`istio_build{component="ztunnel"}` marks ambient mode).
    package static var builds: String { "max by (__name__, component) (istio_build)" }

    /// `selector` with a ``workloadLabel`` derived from `pod` by the rules the model applies to pod names
    /// (ReplicaSet, StatefulSet and DaemonSet suffixes removed; later rules win), overridden by a
    /// `deployment` label where the scrape config set one.
    static func withWorkload(_ selector: String) -> String {
        var expression = selector
        for (source, pattern) in workloadRules {
            expression = #"label_replace(\#(expression), "\#(workloadLabel)", "$1", "\#(source)", "\#(pattern)")"#
        }
        return expression
    }

    /// The `label_replace` rules that set ``workloadLabel``, as (source label, RE2 pattern), applied in order.
    package static var workloadRules: [(String, String)] {
        [
            ("pod", "(.+)"),
            ("pod", "(.+)-[a-z0-9]{5}"),
            ("pod", "(.+)-\(replicaSetHash)-\(podHash)"),
            ("pod", "(.+)-[0-9]+"),
            ("deployment", "(.+)"),
        ]
    }

    /// A ReplicaSet template hash: 6 to 10 lowercase letters or digits, at least one a digit (RE2 has no
    /// look-ahead, so one alternative per position of the first digit).
    static var replicaSetHash: String {
        let alternatives = (0...9).map { letters in
            let before = letters == 0 ? "" : "[a-z]{\(letters)}"
            return "\(before)[0-9][a-z0-9]{\(max(0, 5 - letters)),\(9 - letters)}"
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }

    /// A pod's random suffix: 5 lowercase letters or digits, not all digits (those are StatefulSet ordinals).
    static var podHash: String {
        let alternatives = (0...4).map { digits in
            let before = digits == 0 ? "" : "[0-9]{\(digits)}"
            return "\(before)[a-z][a-z0-9]{\(4 - digits)}"
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }
}
