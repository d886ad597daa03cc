import MeshtopTelemetry
import Testing

struct EnvoyStatsParserTests {
    @Test(arguments: [
        (#"cluster_manager.cds.version_text: "2025-05-03T12:39:09Z/11""#, "2025-05-03T12:39:09Z/11"),
        // Envoy's own render test: quotes and punctuation inside are not escaped.
        (#"name: "abc 123 ~!@#$%^&*()-_=+;:'",<.>/?""#, #"abc 123 ~!@#$%^&*()-_=+;:'",<.>/?"#),
        (#"server.hot_restart_generation: """#, ""),
    ])
    func textReadoutsKeepTheirRawContent(line: String, text: String) throws {
        let result = EnvoyTestInput.parseText(line)
        #expect(result.issues.isEmpty)
        let sample = try #require(result.samples.first)
        #expect(sample.kind == .textReadout)
        #expect(sample.value == 1)
        #expect(sample[label: "text_value"] == text)
    }

    @Test func quantileLinesBecomeSummarySamples() throws {
        let result = EnvoyTestInput.parseText(
            "cluster.xds-grpc.upstream_cx_length_ms: P0(nan,1) P25(nan,13.85) P50(nan,26.125) P75(nan,30.75) "
                + "P90(nan,38.7) P95(nan,59.7) P99(nan,791.4) P99.5(nan,795.6999999999999) P99.9(nan,799.14) P100(nan,800.0)"
        )
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.family) == ["envoy_cluster_upstream_cx_length_ms"])
        #expect(result.declarations.map(\.kind) == [.summary])
        #expect(
            result.samples.map { $0[label: "quantile"] } == [
                "0", "0.25", "0.5", "0.75", "0.9", "0.95", "0.99", "0.995", "0.999", "1",
            ]
        )
        #expect(
            result.samples.map(\.value) == [1, 13.85, 26.125, 30.75, 38.7, 59.7, 791.4, 795.6999999999999, 799.14, 800]
        )
        for sample in result.samples {
            #expect(sample.name == "envoy_cluster_upstream_cx_length_ms")
            #expect(sample.kind == .summary)
            #expect(sample[label: "cluster_name"] == "xds-grpc")
        }
    }

    @Test func histogramsWithoutValuesOnlyDeclareTheirFamily() {
        let result = EnvoyTestInput.parseText("cluster.xds-grpc.upstream_cx_connect_ms: No recorded values")
        #expect(result.samples.isEmpty)
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.family) == ["envoy_cluster_upstream_cx_connect_ms"])
    }

    @Test func bucketLinesBecomeHistogramBuckets() throws {
        // Envoy's render test for histogram_buckets=cumulative.
        let result = EnvoyTestInput.parseText(
            "h1: B0.5(0,0) B1(0,0) B5(0,0) B10(0,0) B25(0,0) B50(0,0) B100(0,0) B250(1,1) "
                + "B500(3,3) B1000(3,3) B2500(3,3) B5000(3,3) B10000(3,3) B30000(3,3) B60000(3,3) "
                + "B300000(3,3) B600000(3,3) B1.8e+06(3,3) B3.6e+06(3,3)"
        )
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.kind) == [.histogram])
        #expect(result.samples.count == 19)
        #expect(result.samples.allSatisfy { $0.name == "envoy_h1_bucket" && $0.family == "envoy_h1" })
        #expect(result.samples.map { $0[label: "le"] ?? "" }.suffix(3) == ["600000", "1800000", "3600000"])
        #expect(result.samples[7][label: "le"] == "250")
        #expect(result.samples[7].exactValue == 1)
        #expect(result.samples[0][label: "le"] == "0.5")
    }

    @Test func detailedBlocksSpanSeveralLines() throws {
        let result = EnvoyTestInput.parseText(
            """
            cluster.xds-grpc.upstream_rq_time:
              totals=1,0.1:2, 2,1:3
              intervals=1,0.1:1
              summary=P0(1,1) P25(1.0375,1.0375) P50(2.05,2.05)
            server.live: 1
            """
        )
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.family) == ["envoy_cluster_upstream_rq_time"])
        #expect(result.declarations.map(\.kind) == [.histogram])
        let buckets = result.samples.filter { $0.name == "envoy_cluster_upstream_rq_time_bucket" }
        #expect(buckets.map { $0[label: "le"] } == ["1.1", "3", "+Inf"])
        #expect(buckets.map(\.exactValue) == [2, 5, 5])
        #expect(buckets.allSatisfy { $0[label: "cluster_name"] == "xds-grpc" && $0.line == 2 })
        let count = try #require(result.samples.first { $0.name == "envoy_cluster_upstream_rq_time_count" })
        #expect(count.exactValue == 5)
        #expect(result.samples.last?.name == "envoy_server_live")
        #expect(result.samples.last?.line == 5)
    }

    @Test(arguments: [
        ("no separator here", 1, 18, "expected `name: value`"),
        (": 5", 1, 1, "empty stat name"),
        ("server.live: many", 1, 14, "value is not"),
        ("server.live: 99999999999999999999", 1, 14, "64 bits"),
        (#"server.version_text: "unterminated"#, 1, 35, "unterminated"),
        ("h: P0(nan,1) P25nan", 1, 14, "malformed quantile"),
        ("h: B1(0,x)", 1, 9, "malformed number"),
        ("   totals=1,1:1", 1, 1, "indented line"),
        ("h:\n  colours=red", 2, 3, "expected `totals=`"),
    ])
    func badLinesAreReportedWithTheirPosition(text: String, line: Int, column: Int, reason: String) throws {
        let result = EnvoyTestInput.parseText(text + "\nserver.live: 1")
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.line == line)
        #expect(issue.column == column)
        #expect(issue.reason.contains(reason))
        #expect(result.samples.last?.name == "envoy_server_live")
    }

    @Test func theDatadogMultipleServicesDumpLoadsCompletely() throws {
        let text = try EnvoyTestInput.fixture("envoy-admin-stats-raw-multiple-services-datadog.envoy")
        let lineCount = text.split(separator: "\n").count
        let result = EnvoyTestInput.parseText(text)
        #expect(result.issues.isEmpty)
        #expect(result.samples.count == lineCount)
        let expiry = try #require(result.samples.first { $0.name == "envoy_server_days_until_first_cert_expiring" })
        #expect(expiry.exactValue == 2_147_483_647)
        #expect(expiry.kind == .gauge)
        let clusters = Set(result.samples.compactMap { $0[label: "cluster_name"] })
        #expect(clusters == ["service1", "service2"])
        let listeners = Set(result.samples.compactMap { $0[label: "listener_address"] })
        #expect(listeners == ["0.0.0.0_80"])
        let attempts = result.samples.filter { $0.name == "envoy_cluster_update_attempt" }
        #expect(attempts.map(\.exactValue) == [136, 136])
    }
}
