import MeshtopDashboard
import MeshtopModel
import Testing

/// A mesh read only from Cloud Monitoring: the screens say what it cannot tell instead of showing zeros.
struct CloudMonitoringScreenTests {
    static let time: Int64 = 1_787_320_935_000

    static func snapshot(telemetry: TelemetryShape) -> MeshSnapshot {
        let traffic = TrafficCounts(requests: ClassCounts(mutualTLS: 90, plaintext: 10))
        return MeshSnapshot(
            time: time,
            windowStart: time - 60_000,
            windowEnd: time,
            isWindow: true,
            mesh: traffic,
            meshRates: traffic,
            namespaces: [NamespaceSummary(name: "shop", traffic: traffic, rates: traffic, workloadCount: 1)],
            sources: [
                SourceHealth(
                    name: "https://monitoring.googleapis.com/v1/projects/demo/location/global/prometheus",
                    scrapes: 2,
                    firstScrape: time - 60_000,
                    lastScrape: time,
                    telemetry: telemetry
                )
            ]
        )
    }

    static func screen(_ telemetry: TelemetryShape, key: Character? = nil) -> String {
        var state = SampleModel.state(width: 160, height: 30)
        state.apply(.model(DashboardModel(snapshot: snapshot(telemetry: telemetry))))
        if let key { state.apply(.key(.character(key))) }
        return DashboardRenderer.render(state).plainText()
    }

    @Test func theStatusBarNamesTheTelemetryAndTheFailureColumnIsNotAZero() throws {
        let overview = Self.screen(.cloudMonitoring)
        #expect(overview.contains("telemetry cloud-monitoring: no handshakes or certificates"))
        let row = try #require(overview.split(separator: "\n").first { $0.contains("shop") })
        #expect(row.contains("n/a"))
        let istio = Self.screen(.istio)
        #expect(istio.contains("telemetry istio"))
        #expect(!istio.contains("n/a"))
    }

    @Test func theCertificateScreenSaysTheyAreNotAvailableFromCloudMonitoring() {
        #expect(
            Self.screen(.cloudMonitoring, key: "5").contains(
                "handshake failures and certificates are not available from Cloud Monitoring"
            )
        )
        #expect(Self.screen(.istio, key: "5").contains("no certificate expiry in the telemetry"))
    }

    @Test func theSourcesScreenNamesEachSourcesTelemetry() throws {
        let screen = Self.screen(.cloudMonitoring, key: "8")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("monitoring.googleapis.com") })
        #expect(row.contains("cloud-monitoring"))
    }
}
