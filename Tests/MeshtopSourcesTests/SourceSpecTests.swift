import Foundation
import MeshtopSources
import MeshtopTelemetry
import Testing

@Suite struct SourceSpecTests {
    @Test func aNamedURLKeepsItsName() throws {
        let spec = try SourceSpec(parsing: "prom=http://prometheus:9090/federate?match[]={job=\"envoy\"}")
        #expect(spec.name == "prom")
        #expect(spec.location == .http("http://prometheus:9090/federate?match[]={job=\"envoy\"}"))
        #expect(spec.workload == nil)
    }

    @Test func aNamespaceWorkloadLabelAttributesTheDump() throws {
        let spec = try SourceSpec(parsing: "payments/ledger=http://10.0.0.7:15000/stats")
        #expect(spec.workload == WorkloadAttribution(namespace: "payments", workload: "ledger"))
        #expect(spec.name == "payments/ledger")
        #expect(spec.location == .http("http://10.0.0.7:15000/stats"))
    }

    @Test func aURLWithEqualsSignsInItsQueryIsNotMistakenForAName() throws {
        let spec = try SourceSpec(parsing: "http://prom:9090/federate?match[]=istio_requests_total")
        #expect(spec.location == .http("http://prom:9090/federate?match[]=istio_requests_total"))
        #expect(spec.name == "http://prom:9090/federate?match%5B%5D=istio_requests_total")
    }

    @Test func credentialsInAURLNeverReachItsName() throws {
        let spec = try SourceSpec(parsing: "https://admin:hunter22@envoy:15000/stats?token=abcd1234&format=json")
        #expect(!spec.name.contains("hunter22"))
        #expect(!spec.name.contains("abcd1234"))
        #expect(spec.name.contains("format=json"))
    }

    @Test func stdinFilesAndDirectoriesAreRecognised() throws {
        let directory = try TemporaryDirectory()
        #expect(try SourceSpec(parsing: "-").location == .standardInput)
        #expect(try SourceSpec(parsing: directory.url.path).location == .directory(directory.url.path))
        #expect(try SourceSpec(parsing: "dumps/sidecar.prom").location == .file("dumps/sidecar.prom"))
        #expect(try SourceSpec(parsing: "side=dumps/a=b.prom").location == .file("dumps/a=b.prom"))
        #expect(throws: SourceError.self) { try SourceSpec(parsing: "name=") }
    }

    @Test func frameHeadersRoundTripAwkwardNames() throws {
        let frame = ScrapeFrame(
            bytes: Array("up 1".utf8),
            source: "my source=100%",
            timestampMilliseconds: 1_795_442_535_123,
            format: .envoyStats,
            workload: WorkloadAttribution(namespace: "payments", workload: "api")
        )
        let stored = FrameHeader.storedText(of: frame)
        let line = String(decoding: stored.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        #expect(
            line
                == "# meshtop-frame ts=1795442535123 source=my%20source%3D100%25 format=envoy bytes=4 workload=payments/api"
        )
        let (header, start) = try #require(FrameHeader.parse(stored))
        #expect(header == FrameHeader(describing: frame))
        #expect(Array(stored[start...]) == Array("up 1\n".utf8))
    }
}
