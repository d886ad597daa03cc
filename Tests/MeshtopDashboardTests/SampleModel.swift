import MeshtopDashboard
import MeshtopModel

/// A small fixed mesh for screen tests: a STRICT namespace, a PERMISSIVE one with plaintext
/// clients, a legacy one with DISABLE, hostile and wide names, alerts and certificates.
enum SampleModel {
    /// 2026-08-21 14:02:15 UTC.
    static let now: Int64 = 1_787_320_935_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 24 * hour

    static let api = WorkloadID(namespace: "payments", name: "api")
    static let ledger = WorkloadID(namespace: "payments", name: "ledger")
    static let web = WorkloadID(namespace: "checkout", name: "web")
    static let cart = WorkloadID(namespace: "checkout", name: "cart")
    static let batch = WorkloadID(namespace: "legacy", name: "batch\u{1B}[31mred")
    static let wide = WorkloadID(namespace: "legacy", name: "表示-service")
    static let outside = WorkloadID(namespace: "unknown", name: "unknown")

    static var model: DashboardModel {
        DashboardModel(
            dataTime: now,
            workloads: [
                WorkloadFigures(
                    id: api,
                    mode: .permissive,
                    requests: ClassCounts(mutualTLS: 71.4, plaintext: 12.3, unknown: 4),
                    connections: ClassCounts(mutualTLS: 3.2, plaintext: 1.1),
                    plaintextSources: 3,
                    handshakeFailures: 0.4,
                    soonestCertificate: 20 * 3_600,
                    plaintextTrend: [2, 4, 8, 12, 12.3],
                    principal: "spiffe://cluster.local/ns/payments/sa/api"
                ),
                WorkloadFigures(
                    id: ledger,
                    mode: .strict,
                    requests: ClassCounts(mutualTLS: 40),
                    connections: ClassCounts(mutualTLS: 1),
                    soonestCertificate: 5 * 86_400,
                    plaintextTrend: [0, 0, 0],
                    principal: "spiffe://cluster.local/ns/payments/sa/ledger"
                ),
                WorkloadFigures(
                    id: web,
                    mode: .strict,
                    requests: ClassCounts(mutualTLS: 120),
                    connections: ClassCounts(mutualTLS: 6),
                    soonestCertificate: 40 * 86_400,
                    plaintextTrend: [0, 0, 0, 0]
                ),
                WorkloadFigures(
                    id: cart,
                    mode: .strict,
                    requests: ClassCounts(mutualTLS: 33.3),
                    soonestCertificate: 12 * 86_400
                ),
                WorkloadFigures(
                    id: batch,
                    mode: .disable,
                    requests: ClassCounts(plaintext: 2.5),
                    connections: ClassCounts(plaintext: 0.5),
                    plaintextSources: 1,
                    plaintextTrend: [3, 2, 2.5]
                ),
                WorkloadFigures(id: wide, mode: nil, requests: ClassCounts(unverified: 1.5, unknown: 0.5)),
            ],
            namespaces: [
                NamespaceFigures(
                    name: "payments",
                    mode: .permissive,
                    workloadCount: 2,
                    requests: ClassCounts(mutualTLS: 111.4, plaintext: 12.3, unknown: 4),
                    connections: ClassCounts(mutualTLS: 4.2, plaintext: 1.1),
                    plaintextSources: 3,
                    handshakeFailures: 0.4,
                    soonestCertificate: 20 * 3_600,
                    plaintextTrend: [2, 4, 8, 12, 12.3]
                ),
                NamespaceFigures(
                    name: "checkout",
                    mode: .strict,
                    workloadCount: 2,
                    requests: ClassCounts(mutualTLS: 153.3),
                    connections: ClassCounts(mutualTLS: 6),
                    soonestCertificate: 12 * 86_400,
                    plaintextTrend: [0, 0, 0, 0]
                ),
                NamespaceFigures(
                    name: "legacy",
                    mode: .disable,
                    workloadCount: 2,
                    requests: ClassCounts(plaintext: 2.5, unverified: 1.5, unknown: 0.5),
                    connections: ClassCounts(plaintext: 0.5),
                    plaintextSources: 1,
                    plaintextTrend: [3, 2, 2.5]
                ),
            ],
            edges: [
                EdgeSummary(
                    source: web,
                    destination: api,
                    securityClass: .mutualTLS,
                    requestRate: 71.4,
                    connectionRate: 3.2,
                    sourcePrincipal: "spiffe://cluster.local/ns/checkout/sa/web",
                    destinationPrincipal: "spiffe://cluster.local/ns/payments/sa/api"
                ),
                EdgeSummary(
                    source: outside,
                    destination: api,
                    securityClass: .plaintext,
                    requestRate: 9.1,
                    connectionRate: 0.8
                ),
                EdgeSummary(
                    source: batch,
                    destination: api,
                    securityClass: .plaintext,
                    requestRate: 3.2,
                    connectionRate: 0.3
                ),
                EdgeSummary(
                    source: api,
                    destination: ledger,
                    securityClass: .mutualTLS,
                    requestRate: 40,
                    connectionRate: 1,
                    sourcePrincipal: "spiffe://cluster.local/ns/payments/sa/api"
                ),
                EdgeSummary(source: cart, destination: wide, securityClass: .unverified, requestRate: 1.5),
                EdgeSummary(
                    source: outside,
                    destination: batch,
                    securityClass: .plaintext,
                    requestRate: 2.5,
                    connectionRate: 0.5
                ),
            ],
            handshakeFailures: [
                HandshakeFailureSummary(
                    workload: api,
                    reason: "fail_verify_no_cert",
                    rate: 0.3,
                    explanation:
                        "a client connected without a certificate: a plaintext or non-mesh client hit a port that requires mTLS"
                ),
                HandshakeFailureSummary(
                    workload: api,
                    reason: "connection_error",
                    rate: 0.1,
                    explanation: "the TLS handshake broke off: often a client speaking plaintext to a TLS port"
                ),
            ],
            certificates: [
                CertificateSummary(
                    namespace: "payments",
                    workload: "api",
                    kind: "workload",
                    expiresAt: now + 20 * hour
                ),
                CertificateSummary(
                    namespace: "payments",
                    workload: "ledger",
                    kind: "workload",
                    expiresAt: now + 5 * day
                ),
                CertificateSummary(
                    namespace: "checkout",
                    workload: "cart",
                    kind: "workload",
                    expiresAt: now + 12 * day
                ),
                CertificateSummary(namespace: "checkout", workload: "web", kind: "workload", expiresAt: now + 40 * day),
                CertificateSummary(namespace: "istio-system", workload: nil, kind: "root", expiresAt: now + 341 * day),
                CertificateSummary(namespace: "legacy", workload: "old", kind: "workload", expiresAt: now - 2 * day),
            ],
            alerts: [
                AlertSummary(
                    severity: .critical,
                    since: now - 15 * 60_000,
                    workload: api,
                    message: "plaintext requests from 3 sources while the namespace is PERMISSIVE"
                ),
                AlertSummary(
                    severity: .warning,
                    since: now - 2 * hour,
                    workload: ledger,
                    message: "certificate expires in 5d"
                ),
                AlertSummary(
                    severity: .critical,
                    since: now - 3 * hour,
                    namespace: "legacy",
                    message: "mTLS is DISABLEd"
                ),
                AlertSummary(
                    severity: .info,
                    since: now - 30 * 60_000,
                    workload: wide,
                    message: "TLS without a verified peer"
                ),
                AlertSummary(
                    severity: .warning,
                    since: now - 40 * 60_000,
                    workload: api,
                    message: "TLS001 handshakes failed until the batch job got a sidecar",
                    resolvedAt: now - 10 * 60_000
                ),
            ],
            evidence: [
                EvidenceItem(
                    workload: api,
                    figure: "plaintext req/s",
                    series:
                        #"istio_requests_total{connection_security_policy="none",destination_workload="api",source_workload="unknown"}"#,
                    value: 9.1
                ),
                EvidenceItem(
                    workload: api,
                    figure: "mTLS req/s",
                    series:
                        #"istio_requests_total{connection_security_policy="mutual_tls",destination_workload="api",source_workload="web"}"#,
                    value: 71.4
                ),
            ],
            sources: [
                SourceStatus(name: "istio-sidecar.prom"),
                SourceStatus(name: "http://10.0.0.9:15090/stats", error: "connection refused\u{7}"),
            ]
        )
    }

    static func state(width: Int, height: Int, ascii: Bool = false) -> AppState {
        var state = AppState(model: model, width: width, height: height, ascii: ascii)
        state.apply(.tick(now: now + 15_000))
        return state
    }
}
