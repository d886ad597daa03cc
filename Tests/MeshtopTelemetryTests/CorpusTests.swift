import Foundation
import MeshtopTelemetry
import Testing

/// Every real dump loads with the right format and every sample line becomes a sample.
struct CorpusTests {
    /// The expected format of each corpus file, by file name.
    static let formats: [String: TelemetryFormat] = [
        "certmanager-controller-metrics-datadog.prom": .prometheusText,
        "envoy-admin-stats-raw-multiple-services-datadog.envoy": .envoyStats,
        "envoy-prometheus-consul-dataplane-mtls-netdata.prom": .prometheusText,
        "envoy-prometheus-kuma-dataplane-excerpt.prom": .prometheusText,
        "envoy-prometheus-standalone-netdata.prom": .prometheusText,
        "istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom": .prometheusText,
        "istio-ambient-ztunnel-1.24-metrics-datadog.prom": .openMetrics,
        "linkerd-proxy-authz-tls-no-identity.prom": .prometheusText,
        "linkerd-proxy-metrics-opaque-pod.prom": .prometheusText,
        "openmetrics-alltypes-exemplars-created.txt": .openMetrics,
        "openmetrics-histogram-multiseries.txt": .openMetrics,
        "prom-text-INVALID-duplicate-type-istio-nonconforming-datadog.prom": .prometheusText,
        "prom-text-INVALID-float-timestamp.prom": .prometheusText,
        "prom-text-INVALID-newline-in-label.prom": .prometheusText,
        "prom-text-INVALID-type-after-sample.prom": .prometheusText,
        "prom-text-edgecases-escaping-inf-nan.prom": .prometheusText,
        "prom-text-edgecases-minimal-nolabels.prom": .prometheusText,
        "prom-text-edgecases-summary-timestamps.prom": .prometheusText,
        "prometheus-selfscrape-237-families.prom": .prometheusText,
        "promtool-metrics-test.prom": .prometheusText,
    ]

    /// Files that are meant to hold issues (checked in `StrictnessTests`).
    static let invalid: Set<String> = [
        "prom-text-INVALID-duplicate-type-istio-nonconforming-datadog.prom", "prom-text-INVALID-float-timestamp.prom",
        "prom-text-INVALID-newline-in-label.prom", "prom-text-INVALID-type-after-sample.prom",
    ]

    @Test(arguments: formats.keys.sorted())
    func loadsEveryCorpusFile(name: String) throws {
        let bytes: [UInt8]
        if name.contains("netdata") {
            // GPL-3.0 files are never copied into the repository: read them from the workspace corpus.
            guard let corpus = TestFiles.sharedCorpus else {
                print("skipping \(name): ../shared/corpus is not present")
                return
            }
            bytes = try Array(Data(contentsOf: corpus.appendingPathComponent(name)))
        } else {
            bytes = try TestFiles.fixture(name)
        }
        let dump = TelemetryParser.parse(bytes)
        #expect(dump.format == Self.formats[name])
        let sampleLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter {
            let line = $0.drop { $0 == " " || $0 == "\t" }
            return !line.isEmpty && !line.hasPrefix("#")
        }
        if Self.invalid.contains(name) {
            #expect(!dump.issues.isEmpty)
        } else {
            #expect(dump.issues == [])
            #expect(!dump.samples.isEmpty)
            #expect(dump.samples.count == sampleLines.count)
        }
    }

    @Test func theSharedCorpusHoldsNoFileThisSuiteDoesNotKnow() throws {
        guard let corpus = TestFiles.sharedCorpus else {
            print("skipping: ../shared/corpus is not present")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0 != "SOURCES.md" }
        #expect(Set(names) == Set(Self.formats.keys))
    }

    @Test func keepsUInt64GaugesExactInTheIstioDump() throws {
        let dump = TelemetryParser.parse(
            try TestFiles.fixture("istio-1.11-sidecar-merged-15020-stats-prometheus-datadog.prom")
        )
        let version = try #require(dump.first(named: "envoy_cluster_manager_cds_version"))
        #expect(version.exactValue == 16_440_392_441_958_861_461)
        #expect(version.labels.isEmpty)
        #expect(version.kind == .gauge)
        let requests = dump.samples.filter { $0.name == "istio_requests_total" }
        #expect(!requests.isEmpty)
        #expect(requests.allSatisfy { $0[label: "connection_security_policy"] == "mutual_tls" })
    }

    @Test func readsTheRawEnvoyStatsDumpWithItsNoCertificatesSentinel() throws {
        let dump = TelemetryParser.parse(try TestFiles.fixture("envoy-admin-stats-raw-multiple-services-datadog.envoy"))
        let expiry = try #require(dump.first(named: "envoy_server_days_until_first_cert_expiring"))
        #expect(expiry.exactValue == 2_147_483_647)
    }

    @Test func readsTheEscapingEdgeCasesFile() throws {
        let dump = TelemetryParser.parse(try TestFiles.fixture("prom-text-edgecases-escaping-inf-nan.prom"))
        #expect(
            dump.samples.map(rendered) == [
                #"name{labelname="val1",basename="basevalue"} nan"#,
                #"name{labelname="val2",basename="base\"v\\al\nue"} 0.23 @1234567890"#,
                #"name2{labelname="val2",basename="basevalue2"} inf @54321"#,
                #"name2{labelname="val1"} -inf"#,
            ]
        )
        #expect(dump.samples.map(\.kind) == [.counter, .counter, .gauge, .gauge])
        #expect(
            dump.families == [
                DeclaredFamily(name: "name", kind: .counter, help: "two-line\n doc  str\\ing"),
                DeclaredFamily(name: "name2", kind: .gauge, help: "doc str\"ing 2"),
            ]
        )
    }

    @Test func readsTheZtunnelOpenMetricsDump() throws {
        let dump = TelemetryParser.parse(try TestFiles.fixture("istio-ambient-ztunnel-1.24-metrics-datadog.prom"))
        let opened = dump.samples.filter { $0.name == "istio_tcp_connections_opened_total" }
        #expect(!opened.isEmpty)
        #expect(opened.allSatisfy { $0.family == "istio_tcp_connections_opened" && $0.kind == .counter })
    }

    @Test func readsTheOpenMetricsExemplarDump() throws {
        let dump = TelemetryParser.parse(try TestFiles.fixture("openmetrics-alltypes-exemplars-created.txt"))
        let bucket = try #require(dump.samples.first { $0[label: "le"] == "-0.0002899999999999998" })
        #expect(bucket.value == 3)
        #expect(bucket.labels.count == 1)
        #expect(bucket.family == "rpc_durations_histogram_seconds")
        let created = try #require(dump.first(named: "promhttp_metric_handler_errors_created"))
        #expect(created.value == 1.726839813016397e+09)
        #expect(created.kind == .counter)
    }
}
