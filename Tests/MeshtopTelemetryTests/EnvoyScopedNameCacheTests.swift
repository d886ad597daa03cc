import MeshtopTelemetry
import Testing

/// The parser remembers how cluster and listener stats map; a stat must map the same whatever came before it.
struct EnvoyScopedNameCacheTests {
    /// Stats that repeat under many scopes, with response codes, both scopes, certificates and look-alikes
    /// (same length and end bytes, different middles).
    static let stats = [
        "upstream_cx_total", "upstream_rq_200", "upstream_rq_503", "upstream_rq_2xx", "upstream_rq_5xx",
        "ssl.handshake", "ssl.connection_error", "ssl.fail_verify_no_cert", "ssl.versions.TLSv1.3",
        "ssl.certificate.default.expiration_unix_time_seconds", "upstream_cx_active", "upstream_rx_active",
        "membership_healthy", "circuit_breakers.default.cx_open", "downstream_cx_total", "bind_errors",
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
}
