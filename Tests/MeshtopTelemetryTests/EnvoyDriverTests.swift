import MeshtopTelemetry
import Testing

struct EnvoyDriverTests {
    @Test func theStreamingDriverSniffsBothEnvoyFormatsAndAgrees() throws {
        let text = "cluster.xds-grpc;.ssl.handshake: 7\nserver.days_until_first_cert_expiring: 4294967295\n"
        let json =
            #"{"stats":[{"name":"cluster.xds-grpc;.ssl.handshake","value":7},"#
            + #"{"name":"server.days_until_first_cert_expiring","value":4294967295}]}"#
        let fromText = TelemetryParser.parse(Array(text.utf8))
        let fromJSON = TelemetryParser.parse(Array(json.utf8))
        #expect(fromText.format == .envoyStats)
        #expect(fromJSON.format == .envoyStatsJSON)
        #expect(fromText.issues.isEmpty)
        #expect(fromJSON.issues.isEmpty)
        #expect(
            fromJSON.samples.map(\.name) == [
                "envoy_cluster_ssl_handshake", "envoy_server_days_until_first_cert_expiring",
            ]
        )
        #expect(fromJSON.samples.map(\.name) == fromText.samples.map(\.name))
        #expect(fromJSON.samples.map(\.labels) == fromText.samples.map(\.labels))
        #expect(fromJSON.samples.map(\.exactValue) == [7, 4_294_967_295])
    }
}
