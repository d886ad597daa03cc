import Foundation
import Testing

/// The bundled sample (`sample-telemetry/`) as a user first meets it: each proxy counted once, the
/// proxy-less destination visible, and its policies loaded when the dashboard starts without arguments.
@Suite struct SampleTelemetryTests {
    /// Rates that `generate.py` writes into the recording (its `HTTP_EDGES` and story constants).
    enum Generator {
        /// `istio-ingressgateway -> payments/api`, all mutual TLS.
        static let ingressToAPI = 6.0
        /// `legacy/batch-reporter`, still without a sidecar, into `payments/api` before the flip: plaintext.
        static let plaintextIntoAPI = 1.5
        /// `legacy/billing-cron`'s plaintext TCP connections into `payments/ledger` before the flip.
        static let plaintextIntoLedger = 0.4
        /// `bookinfo/reviews-v3 -> legacy/inventory`, reported by the caller alone.
        static let reviewsToInventory = 2.0
        /// Each scrape adds rate × 15 s × a factor in 0.85…1.15, rounded; over the 20 scrapes of five
        /// minutes that averages out to within a few percent. Counting a proxy twice would be 100 % off.
        static let tolerance = 0.05
    }

    /// `meshtop report --format json` of the sample from minute 1 to minute 6, all before the STRICT flip.
    private static func firstMinutes() throws -> [String: Any] {
        try ReportCommandTests.reportJSON([ReportCommandTests.sampleRecording, "--from", "+1m", "--to", "+6m"])
    }

    /// The edge `source -> destination` of a report.
    private static func edge(_ report: [String: Any], _ source: String, _ destination: String) throws -> [String: Any] {
        let edges = try #require(report["edges"] as? [[String: Any]])
        return try #require(
            edges.first { $0["source"] as? String == source && $0["destination"] as? String == destination },
            "no edge \(source) -> \(destination)"
        )
    }

    /// The seconds between an edge's first and last samples in the window: the scrapes of the source that
    /// reports it (the federation is scraped 0.2 s after the sidecars, so it has one interval less here).
    private static func seconds(of edge: [String: Any]) throws -> Double {
        let first = try #require(edge["first_seen"] as? Int64)
        let last = try #require(edge["last_seen"] as? Int64)
        return Double(last - first) / 1000
    }

    /// Expects `increase / seconds` to be `expected` per second, within the generator's jitter.
    private static func expectRate(
        _ increase: Double?,
        over seconds: Double,
        is expected: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(seconds >= 285, "fewer than 19 scrape intervals", sourceLocation: sourceLocation)
        let rate = (increase ?? 0) / seconds
        #expect(
            abs(rate - expected) <= expected * Generator.tolerance,
            "\(rate)/s, expected \(expected)/s",
            sourceLocation: sourceLocation
        )
    }

    @Test func eachPaymentsProxyIsCountedOnce() throws {
        let report = try Self.firstMinutes()
        let ingress = try Self.edge(report, "istio-system/istio-ingressgateway", "payments/api")
        let ingressRequests = try ReportCommandTests.counts(ingress, "requests")
        Self.expectRate(ingressRequests["mutual_tls"], over: try Self.seconds(of: ingress), is: Generator.ingressToAPI)
        #expect(ingressRequests["none"] == 0)

        let batch = try Self.edge(report, "unknown/unknown", "payments/api")
        Self.expectRate(
            try ReportCommandTests.counts(batch, "requests")["none"],
            over: try Self.seconds(of: batch),
            is: Generator.plaintextIntoAPI
        )
        let billing = try Self.edge(report, "unknown/unknown", "payments/ledger")
        Self.expectRate(
            try ReportCommandTests.counts(billing, "tcp_connections")["none"],
            over: try Self.seconds(of: billing),
            is: Generator.plaintextIntoLedger
        )
        // The namespace adds up the same plaintext, once.
        let payments = try ReportCommandTests.entry(report, "namespaces", "name", "payments")
        Self.expectRate(
            try ReportCommandTests.counts(payments, "requests")["none"],
            over: try Self.seconds(of: batch),
            is: Generator.plaintextIntoAPI
        )
        // payments/ledger's certificate is read from its own Envoy only, so it is warned about once.
        let alerts = try #require(report["alerts"] as? [[String: Any]])
        let ledgerCertificates = alerts.filter {
            $0["code"] as? String == "CERT001" && $0["workload"] as? String == "ledger"
        }
        #expect(ledgerCertificates.count == 1)
    }

    @Test func theCallerOnlyEdgeToTheUnmeshedInventoryShowsWithItsAlert() throws {
        let report = try Self.firstMinutes()
        let inventory = try Self.edge(report, "bookinfo/reviews-v3", "legacy/inventory")
        #expect(inventory["destination_has_proxy"] as? Bool == false)
        #expect(inventory["destination_reported"] as? Bool == false)
        // A caller's proxy cannot know how the destination received the request: its class is unknown.
        Self.expectRate(
            try ReportCommandTests.counts(inventory, "requests")["unknown"],
            over: try Self.seconds(of: inventory),
            is: Generator.reviewsToInventory
        )
        let alerts = try #require(report["alerts"] as? [[String: Any]])
        let alert = try #require(alerts.first { $0["code"] as? String == "MTLS003" })
        #expect(alert["namespace"] as? String == "legacy")
        #expect(alert["workload"] as? String == "inventory")
        #expect((alert["summary"] as? String)?.contains("bookinfo/reviews-v3") == true)
    }

    @Test func theDashboardShowsTheSampleWithItsOwnPolicies() throws {
        let sample = try TmuxEndToEndTests.run(["--once", "--width", "120"])
        #expect(sample.status == 0)
        let lines = sample.text.split(separator: "\n")
        let header = try #require(lines.first { $0.hasPrefix("NAMESPACE") })
        #expect(header.contains("READY?") && header.contains("MODE"))
        let legacy = try #require(lines.first { $0.hasPrefix("legacy") })
        #expect(legacy.contains("BLOCKED") && legacy.contains("PERMISSIVE"))

        // Given explicitly, the recording is shown as it is, without policies.
        let plain = try TmuxEndToEndTests.run(["--once", "--width", "120", ReportCommandTests.sampleRecording])
        #expect(plain.status == 0)
        #expect(!plain.text.contains("READY?"))
    }
}
