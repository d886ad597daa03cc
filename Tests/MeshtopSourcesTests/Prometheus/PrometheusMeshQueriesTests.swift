import MeshtopSources
import Testing

struct PrometheusMeshQueriesTests {
    /// Applies the `label_replace` rules of ``PrometheusMeshQueries`` the way Prometheus does: each rule
    /// whose fully anchored regex matches the source label overwrites the workload.
    private func workload(pod: String) throws -> String {
        var workload = ""
        for (source, pattern) in PrometheusMeshQueries.workloadRules where source == "pod" {
            let regex = try Regex("^(?:" + pattern + ")$")
            if let match = try regex.wholeMatch(in: pod), let group = match.output[1].substring {
                workload = String(group)
            }
        }
        return workload
    }

    @Test(arguments: [
        ("reviews-v1-7f8c9d4b5-x2k4p", "reviews-v1"),
        ("web-5k2xq", "web"),
        ("db-0", "db"),
        ("ledger-12", "ledger"),
        ("my-service-abcdef-x2k4p", "my-service-abcdef"),
        ("web-6d9f7c8b5-12345", "web-6d9f7c8b5"),
        ("standalone", "standalone"),
        ("istio-ingressgateway-5c7d8f9b6c-abcde", "istio-ingressgateway"),
    ])
    func podNamesBecomeWorkloadNamesOnTheServerAsInTheModel(pod: String, expected: String) throws {
        #expect(try workload(pod: pod) == expected)
    }

    @Test func trafficIsSummedPerEdgePolicyAndReporterAndMarksZtunnels() {
        let query = PrometheusMeshQueries.istioTraffic
        #expect(query.hasPrefix("sum by (__name__, meshtop_proxy, reporter, source_workload, "))
        #expect(query.contains(#"({__name__=~"istio_requests_total|istio_tcp_connections_opened_total|"#))
        #expect(query.contains(#"_total", pod!~"ztunnel.*"}) or label_replace(sum by (__name__, meshtop_proxy, "#))
        #expect(query.hasSuffix(#"_total", pod=~"ztunnel.*"}), "meshtop_proxy", "ztunnel", "__name__", ".*")"#))
    }

    @Test func certificateExpiriesAreNotSummedWithHandshakeCounters() {
        #expect(PrometheusMeshQueries.handshakes.contains(#"__name__!~".*_certificate_expiration_unix_time_seconds""#))
        #expect(PrometheusMeshQueries.certificates.hasPrefix("min by (__name__, namespace, meshtop_workload, "))
    }
}
