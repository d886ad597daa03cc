import MeshtopTelemetry
import Testing

struct EnvoyStatsJSONParserTests {
    /// Feeds `text` in chunks of `chunkSize` bytes.
    static func parse(_ text: String, chunkSize: Int = 1 << 16) -> EnvoyCollector {
        var parser = EnvoyStatsJSONParser()
        var collector = EnvoyCollector()
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            bytes[start..<end].withUnsafeBytes { parser.feed($0, into: &collector) }
            start = end
        }
        parser.finish(into: &collector)
        return collector
    }

    static let document = """
        {"stats":[
          {"name":"cluster_manager.cds.version","value":11549674845441926298},
          {"name":"cluster.outbound|80||catalog.istioinaction.svc.cluster.local.ssl.versions.TLSv1.3","value":1},
          {"value":"abc 123 ~!@#$%^&*()-_=+;:'\\",\\u003c.\\u003e/?", "name":"name"},
          {"name":"server.load","value":0.25},
          {"histograms":{"supported_quantiles":[0,25,50,75,90,95,99,99.5,99.9,100],
            "computed_quantiles":[{"name":"cluster.xds-grpc.upstream_cx_length_ms","values":[
              {"cumulative":200,"interval":200},{"interval":null,"cumulative":207.5},{"interval":302.5,"cumulative":302.5},
              {"cumulative":306.25,"interval":306.25},{"cumulative":308.5,"interval":308.5},{"cumulative":309.25,"interval":309.25},
              {"interval":309.85,"cumulative":309.85},{"cumulative":309.925,"interval":309.925},
              {"interval":309.985,"cumulative":309.985},{"cumulative":310,"interval":310}]}]}}
        ]}
        """

    @Test func statsBecomeTheSeriesOfTheTextForm() throws {
        let result = Self.parse(Self.document)
        #expect(result.issues.isEmpty)
        #expect(result.samples.count == 14)
        let version = result.samples[0]
        #expect(version.name == "envoy_cluster_manager_cds_version")
        #expect(version.exactValue == 11_549_674_845_441_926_298)
        #expect(version.kind == .gauge)
        let ssl = result.samples[1]
        #expect(ssl.name == "envoy_cluster_ssl_versions_TLSv1_3")
        #expect(ssl[label: "cluster_name"] == "outbound|80||catalog.istioinaction.svc.cluster.local")
        let readout = result.samples[2]
        #expect(readout.kind == .textReadout)
        #expect(readout[label: "text_value"] == #"abc 123 ~!@#$%^&*()-_=+;:'",<.>/?"#)
        #expect(result.samples[3].value == 0.25)
        #expect(result.samples[3].exactValue == nil)
        let quantiles = result.samples.suffix(10)
        #expect(quantiles.allSatisfy { $0.name == "envoy_cluster_upstream_cx_length_ms" && $0.kind == .summary })
        #expect(
            quantiles.map { $0[label: "quantile"] } == [
                "0", "0.25", "0.5", "0.75", "0.9", "0.95", "0.99", "0.995", "0.999", "1",
            ]
        )
        #expect(quantiles.map(\.value) == [200, 207.5, 302.5, 306.25, 308.5, 309.25, 309.85, 309.925, 309.985, 310])
        #expect(result.samples[1].line == 3)
        #expect(quantiles.first?.line == 7)
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func chunkBoundariesDoNotChangeTheResult(chunkSize: Int) {
        let whole = Self.parse(Self.document)
        let chunked = Self.parse(Self.document, chunkSize: chunkSize)
        #expect(chunked.samples == whole.samples)
        #expect(chunked.issues.isEmpty)
    }

    @Test func textAndJSONGiveTheSameSamples() {
        let text = EnvoyTestInput.parseText(
            """
            cluster.outbound|9080||reviews.default.svc.cluster.local;.ssl.handshake: 12
            istiocustom.istio_build.component.proxy.tag.1.17.8: 1
            listener.[__]_10002.ssl.handshake: 3
            """
        )
        let json = Self.parse(
            """
            {"stats":[{"name":"cluster.outbound|9080||reviews.default.svc.cluster.local;.ssl.handshake","value":12},
            {"name":"istiocustom.istio_build.component.proxy.tag.1.17.8","value":1},
            {"name":"listener.[__]_10002.ssl.handshake","value":3}]}
            """
        )
        #expect(json.samples.map(\.name) == text.samples.map(\.name))
        #expect(json.samples.map(\.labels) == text.samples.map(\.labels))
        #expect(json.samples.map(\.exactValue) == text.samples.map(\.exactValue))
    }

    @Test func bucketHistogramsBecomeCumulativeBuckets() {
        let result = Self.parse(
            """
            {"stats":[{"histograms":[{"name":"h1","buckets":[{"upper_bound":0.5,"interval":0,"cumulative":0},
            {"interval":1,"upper_bound":250,"cumulative":1},{"upper_bound":1800000,"cumulative":3,"interval":3}]}]}]}
            """
        )
        #expect(result.issues.isEmpty)
        #expect(result.declarations.map(\.kind) == [.histogram])
        #expect(result.samples.map { $0[label: "le"] } == ["0.5", "250", "1800000"])
        #expect(result.samples.map(\.exactValue) == [0, 1, 3])
        #expect(result.samples.allSatisfy { $0.name == "envoy_h1_bucket" })
    }

    @Test func detailedHistogramsUseTheirTotals() {
        let result = Self.parse(
            """
            {"stats":[{"histograms":{"supported_percentiles":[0,25,50,75,90,95,99,99.5,99.9,100],
            "details":[{"name":"cluster.xds-grpc.upstream_rq_time","totals":[{"lower_bound":1,"width":0.1,"count":2},
            {"lower_bound":2,"width":1,"count":3}],"intervals":[],"percentiles":[{"cumulative":1,"interval":1}]}]}}]}
            """
        )
        #expect(result.issues.isEmpty)
        #expect(
            result.samples.map(\.name) == Array(repeating: "envoy_cluster_upstream_rq_time_bucket", count: 3) + [
                "envoy_cluster_upstream_rq_time_count"
            ]
        )
        #expect(result.samples.map { $0[label: "le"] } == ["1.1", "3", "+Inf", nil])
        #expect(result.samples.map(\.exactValue) == [2, 5, 5, 5])
    }

    @Test func combinedHistogramsUseTheirTerseTotals() {
        let result = Self.parse(
            """
            {"stats":[{"supported_percentiles":[0,25,50,75,90,95,99,99.5,99.9,100]},
            {"histograms":[{"name":"cluster.outbound|80||a.b.svc.cluster.local;.upstream_cx_length_ms",
            "totals":[[1,0.5,4],[10,1,1]],"intervals":[[1,0.5,1]],"percentiles":[1,1,1,1,1,1,1,1,1,1]}]}]}
            """
        )
        #expect(result.issues.isEmpty)
        #expect(result.samples.map { $0[label: "le"] } == ["1.5", "11", "+Inf", nil])
        #expect(result.samples.map(\.exactValue) == [4, 5, 5, 5])
        #expect(result.samples.allSatisfy { $0[label: "cluster_name"] == "outbound|80||a.b.svc.cluster.local" })
    }

    @Test func escapedStringsAreDecoded() throws {
        let result = Self.parse(
            #"{"stats":[{"name":"server.note","value":"tab\there \"quoted\" \ud83d\ude00 \u00e9"}]}"#
        )
        #expect(result.issues.isEmpty)
        let sample = try #require(result.samples.first)
        #expect(sample[label: "text_value"] == "tab\there \"quoted\" \u{1F600} \u{E9}")
    }

    @Test(arguments: [
        (#"{"stats":[{"name":"a","value":1},]}"#, 1, 34),
        ("{\"stats\":[\n  {\"name\":\"a\" \"value\":1}]}", 2, 15),
        (#"{"stats":[{"name":"a","value":tru}]}"#, 1, 31),
        (#"{"stats":[{"name":"a","value":1}"#, 1, 33),
        ("\u{1B}[31m", 1, 1),
        (#"{"stats":[{"name":"unterminated}]}"#, 1, 19),
    ])
    func malformedJSONIsReportedWhereItBreaks(text: String, line: Int, column: Int) throws {
        let result = Self.parse(text)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.line == line)
        #expect(issue.column == column)
        #expect(issue.reason.hasPrefix("JSON: "))
        #expect(!issue.reason.contains("\u{1B}"))
    }

    @Test(arguments: ["12x3", "NaN", "1.2.3", "tru", "0x10", "--1"])
    func oneMalformedValueCostsThatStatOnly(value: String) throws {
        let text = """
            {"stats":[{"name":"server.a","value":1},
            {"name":"server.b","value":\(value)},
            {"name":"server.c","value":3},
            {"histograms":{"supported_quantiles":[50],"computed_quantiles":[
              {"name":"cluster.x.upstream_cx_length_ms","values":[{"cumulative":\(value),"interval":1}]},
              {"name":"cluster.y.upstream_cx_length_ms","values":[{"cumulative":2,"interval":2}]}]}}]}
            """
        for chunkSize in [1, 5, 1 << 16] {
            let result = Self.parse(text, chunkSize: chunkSize)
            #expect(result.issues.count == 2, "\(result.issues)")
            #expect(result.issues.first?.line == 2)
            let names = Set(result.samples.map(\.name))
            #expect(names.contains("envoy_server_a"))
            #expect(names.contains("envoy_server_c"))
            #expect(!names.contains("envoy_server_b"))
            let clusters = result.samples.filter { $0.name.contains("upstream_cx_length_ms") }.map(\.labelDictionary)
            #expect(clusters.contains { $0.values.contains("y") }, "\(clusters)")
            #expect(!clusters.contains { $0.values.contains("x") })
        }
    }
}
