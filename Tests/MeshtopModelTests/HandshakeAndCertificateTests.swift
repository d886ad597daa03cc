import MeshtopModel
import MeshtopTelemetry
import Testing

@Suite struct HandshakeAndCertificateTests {
    static let now: Int64 = 1_700_000_000

    @Test func aDumpWithoutSSLStatsSaysSoInsteadOfZero() throws {
        let traffic = MeshSamples.istio(reporter: "destination", from: "a/x", to: "b/y", policy: "mutual_tls", 1)
        let controlPlane = MeshSamples.sample("envoy_cluster_ssl_handshake", [("cluster_name", "xds-grpc")], 4)
        let snapshot = MeshModel.single([traffic, controlPlane], as: WorkloadID(namespace: "b", name: "y"))
        let workload = try #require(snapshot.workload(WorkloadID(namespace: "b", name: "y")))
        #expect(!workload.handshakeFailures.statsPresent)
        #expect(snapshot.sources.first?.sslStatsPresent == false)
        #expect(snapshot.alerts.map(\.code) == [.handshakeStatsMissing])
    }

    static let reasons: [(String, HandshakeFailureReason)] = [
        ("connection_error", .connectionError),
        ("fail_verify_no_cert", .failVerifyNoCert),
        ("fail_verify_error", .failVerifyError),
        ("fail_verify_san", .failVerifySAN),
        ("fail_verify_cert_hash", .failVerifyCertHash),
        ("no_certificate", .noCertificate),
    ]

    @Test(arguments: reasons)
    func everyReasonIsCountedInboundAndOutbound(stat: String, reason: HandshakeFailureReason) throws {
        let samples = [
            MeshSamples.sample("envoy_listener_ssl_\(stat)", [("listener_address", "0.0.0.0_15006")], 3),
            MeshSamples.sample("cluster.outbound|80||reviews.default.svc.cluster.local.ssl.\(stat)", [], 2),
        ]
        let id = WorkloadID(namespace: "default", name: "web")
        let snapshot = MeshModel.single(samples, as: id)
        let failures = try #require(snapshot.workload(id)).handshakeFailures
        #expect(failures.inbound[reason] == 3)
        #expect(failures.outbound[reason] == 2)
        #expect(failures.outboundByService.map(\.service) == ["reviews.default.svc.cluster.local"])
        #expect(failures.total == (reason.isFailure ? 5 : 0))
        #expect(failures.statsPresent)
        #expect(!reason.explanation.isEmpty)
    }

    struct CertificateRow: CustomTestStringConvertible, Sendable {
        var name: String
        var sample: Sample
        var kind: CertificateKind?
        var secondsLeft: Int64?
        var urgency: CertificateUrgency?
        var testDescription: String { name }
    }

    static let certificateRows: [CertificateRow] = [
        CertificateRow(
            name: "a workload cert with 20 h left is fine",
            sample: MeshSamples.sample("istio_agent_cert_expiry_seconds", [("resource_name", "default")], 72_000),
            kind: .workload,
            secondsLeft: 72_000,
            urgency: .ok
        ),
        CertificateRow(
            name: "a workload cert with 90 min left warns",
            sample: MeshSamples.sample("istio_agent_cert_expiry_seconds", [("resource_name", "default")], 5_400),
            kind: .workload,
            secondsLeft: 5_400,
            urgency: .warning
        ),
        CertificateRow(
            name: "a negative time left is expired",
            sample: MeshSamples.sample("istio_agent_cert_expiry_seconds", [("resource_name", "default")], -10),
            kind: .workload,
            secondsLeft: -10,
            urgency: .expired
        ),
        CertificateRow(
            name: "a CA root with 20 days left warns",
            sample: MeshSamples.sample("citadel_server_root_cert_expiry_timestamp", [], Double(now + 20 * 86400)),
            kind: .istioRoot,
            secondsLeft: 20 * 86400,
            urgency: .warning
        ),
        CertificateRow(
            name: "the Citadel (Istio 1.4 and earlier) root gauge is the CA root",
            sample: MeshSamples.sample(
                "citadel_server_citadel_root_cert_expiry_timestamp",
                [],
                Double(now + 20 * 86400)
            ),
            kind: .istioRoot,
            secondsLeft: 20 * 86400,
            urgency: .warning
        ),
        CertificateRow(
            name: "a CA chain with 6 days left is critical",
            sample: MeshSamples.sample("citadel_server_cert_chain_expiry_seconds", [], 6 * 86400),
            kind: .istioChain,
            secondsLeft: 6 * 86400,
            urgency: .critical
        ),
        CertificateRow(
            name: "cert-manager 0 means not issued",
            sample: MeshSamples.sample(
                "certmanager_certificate_expiration_timestamp_seconds",
                [("name", "x"), ("namespace", "a")],
                0
            ),
            kind: .certManager,
            secondsLeft: nil,
            urgency: .notIssued
        ),
        CertificateRow(
            name: "x509 exporter not-after",
            sample: MeshSamples.sample(
                "x509_cert_not_after",
                [("secret_namespace", "a"), ("secret_name", "tls")],
                Double(now + 40 * 86400)
            ),
            kind: .x509,
            secondsLeft: 40 * 86400,
            urgency: .ok
        ),
        CertificateRow(
            name: "Linkerd identity",
            sample: MeshSamples.sample("identity_cert_expiration_timestamp_seconds", [], Double(now + 3600)),
            kind: .linkerd,
            secondsLeft: 3600,
            urgency: .warning
        ),
        CertificateRow(
            name: "Envoy per-certificate expiry",
            sample: MeshSamples.sample(
                "cluster.kuma.ssl.certificate.spiffe://default/ns/a/sa/b.expiration_unix_time_seconds",
                [],
                Double(now + 86400)
            ),
            kind: .envoy,
            secondsLeft: 86400,
            urgency: .ok
        ),
        CertificateRow(
            name: "Envoy 2147483647 days means no certificate",
            sample: MeshSamples.sample("envoy_server_days_until_first_cert_expiring", [], 2_147_483_647),
            kind: nil,
            secondsLeft: nil,
            urgency: nil
        ),
        CertificateRow(
            name: "Envoy 4294967295 days means no certificate",
            sample: MeshSamples.sample("server.days_until_first_cert_expiring", [], 4_294_967_295),
            kind: nil,
            secondsLeft: nil,
            urgency: nil
        ),
        CertificateRow(
            name: "Envoy whole days are taken as the middle of the day",
            sample: MeshSamples.sample("envoy_server_days_until_first_cert_expiring", [], 2),
            kind: .envoyFirstExpiring,
            secondsLeft: 2 * 86400 + 43200,
            urgency: .ok
        ),
    ]

    @Test(arguments: certificateRows)
    func certificateExpiryIsNormalised(_ row: CertificateRow) {
        let snapshot = MeshModel.single([row.sample], at: Self.now * 1000, as: WorkloadID(namespace: "a", name: "w"))
        #expect(snapshot.certificates.first?.kind == row.kind)
        #expect(snapshot.certificates.first?.secondsLeft == row.secondsLeft)
        #expect(snapshot.certificates.first?.urgency == row.urgency)
        #expect(snapshot.certificates.count == (row.kind == nil ? 0 : 1))
    }
}
