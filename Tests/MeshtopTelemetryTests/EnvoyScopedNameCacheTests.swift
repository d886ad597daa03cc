import MeshtopTelemetry
import Testing

/// The parser remembers how cluster and listener stats map; a stat must map the same whatever came before it.
struct EnvoyScopedNameCacheTests {
    /// Stats that repeat under many scopes, with response codes, both scopes, certificates and look-alikes:
    /// the `_ab_`/`_cd_` pair differs only in bytes the cache key does not read, so only the byte check
    /// tells them apart.
    static let stats = [
        "upstream_cx_total", "upstream_rq_200", "upstream_rq_503", "upstream_rq_2xx", "upstream_rq_5xx",
        "ssl.handshake", "ssl.connection_error", "ssl.fail_verify_no_cert", "ssl.versions.TLSv1.3",
        "ssl.certificate.default.expiration_unix_time_seconds", "upstream_cx_active", "upstream_rx_active",
        "membership_healthy", "circuit_breakers.default.cx_open", "downstream_cx_total", "bind_errors",
        "upstream_ab_connect_timeout_ms", "upstream_cd_connect_timeout_ms",
    ]

    static var dump: String {
        var lines: [String] = []
        for index in 0..<40 {
            for stat in stats {
                lines.append("cluster.outbound|80||svc-\(index).ns.svc.cluster.local.\(stat): \(index)")
                lines.append("listener.10.0.0.\(index)_15006.\(stat): \(index + 1)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everyLineMapsAsItWouldAlone() {
        let text = Self.dump
        let together = EnvoyTestInput.parseText(text)
        var alone: [Sample] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            // Parsed alone, every line is line 1; renumber to compare the rest.
            alone += EnvoyTestInput.parseText(String(line) + "\n").samples.map { sample in
                var numbered = sample
                numbered.line = index + 1
                return numbered
            }
        }
        #expect(together.issues.isEmpty)
        #expect(together.samples.count == alone.count)
        let differing = zip(together.samples, alone).filter { $0 != $1 }
        #expect(differing.isEmpty, "first difference: \(String(describing: differing.first))")
        let codes = together.samples.filter { $0.labelDictionary["response_code"] == "503" }
        #expect(codes.count == 80)
        #expect(codes.allSatisfy { $0.name.hasSuffix("_upstream_rq") })
    }

    /// Cluster names that end in a delimiter or a qualifier, hold dots or look like stats, each followed by
    /// all of its stats as in a sorted dump, so that most lines reuse the cluster name of the line before.
    static let clusterNames = [
        "outbound|80||svc.ns.svc.cluster.local", "outbound|80||svc.ns.svc.cluster.local;", "db.internal",
        "web.canary", "a", "db.default.dc1.internal.2f5e.consul", "outbound|80||x.upstream_cx_total", "b.external",
    ]

    @Test func statsOfOneClusterMapAsTheyWouldAlone() {
        let stats =
            Self.stats + [
                "internal.upstream_rq_200", "custom_thing", "zone.a.b.upstream_rq_200",
                "ssl.ciphers.TLS_AES_128_GCM_SHA256",
            ]
        var lines: [String] = []
        for round in 0..<3 {
            for cluster in Self.clusterNames {
                for stat in stats { lines.append("cluster.\(cluster).\(stat): \(round)") }
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        let together = EnvoyTestInput.parseText(text)
        let alone = lines.flatMap { EnvoyTestInput.parseText($0 + "\n").samples }
        #expect(together.issues.isEmpty)
        #expect(together.samples.count == alone.count)
        let differing = zip(together.samples, alone).filter { $0.name != $1.name || $0.labels != $1.labels }
        #expect(differing.isEmpty, "first difference: \(String(describing: differing.first))")
        let qualified = together.samples.filter { $0.labelDictionary["cluster_name"] == "db" }
        #expect(qualified.contains { $0.name == "envoy_cluster_internal_upstream_rq" })
    }

    /// More distinct stats than the cache keeps entries for: it starts over, and every line still maps
    /// as it would alone.
    @Test func moreStatsThanTheCacheHoldsStillMapAsTheyWouldAlone() {
        var lines: [String] = []
        for cluster in ["a", "b.internal", "c;"] {
            for index in 0..<1300 { lines.append("cluster.\(cluster).upstream_custom_\(index)_total: \(index)") }
        }
        let together = EnvoyTestInput.parseText(lines.joined(separator: "\n") + "\n")
        let alone = lines.flatMap { EnvoyTestInput.parseText($0 + "\n").samples }
        #expect(together.issues.isEmpty)
        #expect(together.samples.count == 3900)
        let differing = zip(together.samples, alone).filter { $0.name != $1.name || $0.labels != $1.labels }
        #expect(differing.isEmpty, "first difference: \(String(describing: differing.first))")
    }
}
