/// Writes one sidecar's Envoy admin `/stats` text: a cluster per mesh service, then histograms.
struct EnvoyStatsDumpWriter {
    let mesh: MeshShape
    var random: SplitMix64
    let sink: (String) -> Void
    private static let clusterStats = [
        "assignment_stale", "bind_errors", "default.total_match_count", "lb_healthy_panic", "max_host_weight",
        "membership_change", "membership_healthy", "membership_total", "ssl.connection_error",
        "ssl.fail_verify_cert_hash", "ssl.fail_verify_error", "ssl.fail_verify_no_cert", "ssl.fail_verify_san",
        "ssl.handshake", "ssl.no_certificate", "ssl.session_reused", "ssl.versions.TLSv1.3",
        "ssl.ciphers.TLS_AES_128_GCM_SHA256", "ssl.curves.X25519", "upstream_cx_active", "upstream_cx_total",
        "upstream_rq_200", "upstream_rq_2xx", "upstream_rq_active", "upstream_rq_total",
        "circuit_breakers.default.remaining_cx_pools", "client_ssl_socket_factory.ssl_context_update_by_sds",
    ]

    init(mesh: MeshShape, seed: UInt64, sink: @escaping (String) -> Void) {
        self.mesh = mesh
        self.random = SplitMix64(seed: seed ^ 0xE7)
        self.sink = sink
    }

    mutating func write(lineBudget: Int) {
        var written = 0
        var buffer = "cluster_manager.cds.version_text: \"2026-11-23T12:00:00Z/42\"\n"
        written += 1
        let counterLines = lineBudget * 9 / 10
        var pass = 0
        while written < counterLines {
            for workload in mesh.workloads where written < counterLines {
                let port = 9080 + pass
                let cluster = "outbound|\(port)||\(workload.app).\(workload.namespace).svc.cluster.local"
                for stat in Self.clusterStats where written < counterLines {
                    let value: UInt64 =
                        stat.hasSuffix("remaining_cx_pools") ? 18_446_744_073_709_551_614 : random.next() % 100_000
                    buffer += "cluster.\(cluster).\(stat): \(value)\n"
                    written += 1
                }
                if buffer.utf8.count > 1 << 16 {
                    sink(buffer)
                    buffer = ""
                }
            }
            pass += 1
        }
        buffer += "listener.0.0.0.0_15006.ssl.fail_verify_no_cert: \(random.next() % 50)\n"
        buffer += "server.days_until_first_cert_expiring: 0\n"
        written += 2
        var index = 0
        while written < lineBudget {
            let workload = mesh.workloads[index % mesh.workloads.count]
            let name =
                "cluster.outbound|9080||\(workload.app).\(workload.namespace).svc.cluster.local.upstream_cx_length_ms"
            if index % 3 == 0 {
                buffer += "\(name): No recorded values\n"
            } else {
                let base = Double(random.next() % 1000) / 8
                buffer += "\(name): P0(nan,\(base)) P25(nan,\(base * 1.5)) P50(nan,\(base * 2)) P75(nan,\(base * 3)) "
                buffer += "P90(nan,\(base * 4)) P95(nan,\(base * 5)) P99(nan,\(base * 7)) P99.5(nan,\(base * 8)) "
                buffer += "P99.9(nan,\(base * 9)) P100(nan,\(base * 10))\n"
            }
            written += 1
            index += 1
            if buffer.utf8.count > 1 << 16 {
                sink(buffer)
                buffer = ""
            }
        }
        sink(buffer)
    }
}
