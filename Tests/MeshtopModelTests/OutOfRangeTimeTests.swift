import MeshtopModel
import MeshtopTelemetry
import Testing

/// Certificate gauges and frame times that are no date: each becomes a visible problem, never a trap.
@Suite struct OutOfRangeTimeTests {
    static let now: Int64 = 1_700_000_000_000
    static let owner = WorkloadID(namespace: "a", name: "w")

    static let hostileCertificates: [(String, Double)] = [
        ("istio_agent_cert_expiry_seconds", 1e19),
        ("istio_agent_cert_expiry_seconds", 9.2e18),
        ("istio_agent_cert_expiry_seconds", -9.2e18),
        ("certmanager_certificate_expiration_timestamp_seconds", 1e300),
        ("x509_cert_not_after", -1e300),
        ("cluster.x.ssl.certificate.default.expiration_unix_time_seconds", 0x1p64),
        ("envoy_server_days_until_first_cert_expiring", 1e17),
        ("x509_cert_not_after", 253_402_300_800),
    ]

    @Test(arguments: hostileCertificates)
    func anExpiryThatIsNoDateIsAnInvalidCertificateAndAnAlert(metric: String, value: Double) throws {
        let labels = [("resource_name", "default"), ("name", "web-tls"), ("namespace", "a")]
        let sample = MeshSamples.sample(metric, metric.hasPrefix("cluster.") ? [] : labels, value)
        let snapshot = MeshModel.single([sample], at: Self.now, as: Self.owner)
        let record = try #require(snapshot.certificates.first)
        #expect(record.urgency == .invalid)
        #expect(record.notAfter == nil)
        #expect(record.secondsLeft == nil)
        let alert = try #require(snapshot.alerts.first { $0.code == .certificateExpiryInvalid })
        #expect(alert.summary.contains("no date"))
        #expect(snapshot.textReport().contains("invalid"))
    }

    @Test func theLastDateInRangeIsStillADate() throws {
        let sample = MeshSamples.sample("x509_cert_not_after", [("secret_name", "s")], 253_402_300_799)
        let record = try #require(MeshModel.single([sample], at: Self.now, as: Self.owner).certificates.first)
        #expect(record.notAfter == 253_402_300_799)
        #expect(record.urgency == .ok)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func aNonFiniteExpiryIsIgnoredLikeEveryNonFiniteValue(value: Double) {
        let sample = MeshSamples.sample("istio_agent_cert_expiry_seconds", [("resource_name", "default")], value)
        let snapshot = MeshModel.single([sample], at: Self.now, as: Self.owner)
        #expect(snapshot.certificates.isEmpty)
    }

    @Test func aFrameDatedOutsideTheRangeIsRefusedAndTheRestGoesOn() {
        let model = MeshModel()
        let traffic = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 5)
        model.scrape([traffic], at: Self.now)
        for time in [Int64.max, .min, UnixMilliseconds.range.upperBound + 1] {
            var accumulator = model.makeAccumulator(source: "mesh.prom", scrapeTime: time)
            MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 9).withView {
                accumulator.consume($0)
            }
            #expect(!model.add(accumulator.frame))
        }
        #expect(model.snapshot().mesh.requests.mutualTLS == 5)
        for time in [Int64.max, .min] {
            #expect(model.snapshot(at: time).mesh.requests.mutualTLS == 5)
        }
    }

    @Test func aCertificateJudgedAtTheEndsOfTimeDoesNotOverflow() {
        let sample = MeshSamples.sample("istio_agent_cert_expiry_seconds", [("resource_name", "default")], 3600)
        let model = MeshModel()
        model.scrape([sample], at: Self.now, as: Self.owner)
        #expect(model.snapshot(at: .max).certificates.first?.urgency == .expired)
        #expect(model.snapshot(at: .min).certificates.first?.urgency == .ok)
    }
}
