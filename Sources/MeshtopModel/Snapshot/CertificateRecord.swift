/// Where a certificate's expiry was reported from, which also sets how soon is too soon.
package enum CertificateKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// An Istio workload certificate (`istio_agent_cert_expiry_seconds`): short-lived, rotated at half-life.
    case workload = "workload"
    /// The istiod CA root (`citadel_server_root_cert_expiry_*`).
    case istioRoot = "istio-ca-root"
    /// The istiod CA signing chain (`citadel_server_cert_chain_expiry_*`).
    case istioChain = "istio-ca-chain"
    /// One certificate loaded by Envoy (`…ssl.certificate.<name>.expiration_unix_time_seconds`).
    case envoy = "envoy"
    /// Envoy's coarse `server.days_until_first_cert_expiring` (whole days).
    case envoyFirstExpiring = "envoy-first-expiring"
    /// A cert-manager Certificate (`certmanager_certificate_expiration_timestamp_seconds`).
    case certManager = "cert-manager"
    /// A certificate watched by x509-certificate-exporter (`x509_cert_not_after`).
    case x509 = "x509"
    /// A Linkerd proxy identity certificate (`identity_cert_expiration_timestamp_seconds`).
    case linkerd = "linkerd"

    /// Whether certificates of this kind live hours, not months (warn late, not 30 days ahead).
    package var isShortLived: Bool {
        switch self {
        case .workload, .envoy, .envoyFirstExpiring, .linkerd: true
        case .istioRoot, .istioChain, .certManager, .x509: false
        }
    }

    /// A short phrase for people (`Istio CA root`).
    package var label: String {
        switch self {
        case .workload: "Istio workload certificate"
        case .istioRoot: "Istio CA root"
        case .istioChain: "Istio CA chain"
        case .envoy: "Envoy certificate"
        case .envoyFirstExpiring: "Envoy first expiring certificate"
        case .certManager: "cert-manager certificate"
        case .x509: "x509 certificate"
        case .linkerd: "Linkerd identity certificate"
        }
    }

    package static func < (lhs: CertificateKind, rhs: CertificateKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How close a certificate is to its end, by the thresholds of its kind.
package enum CertificateUrgency: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Far from expiry.
    case ok
    /// Inside the warning threshold.
    case warning
    /// Inside the critical threshold.
    case critical
    /// Past its not-after time.
    case expired
    /// The reported expiry is no time meshtop can judge (outside ``UnixMilliseconds/range``, such as `1e19`).
    case invalid
    /// cert-manager reported no not-after (value 0): the certificate was never issued.
    case notIssued = "not-issued"

    private var rank: Int {
        switch self {
        case .ok: 0
        case .warning: 1
        case .invalid: 2
        case .notIssued: 3
        case .critical: 4
        case .expired: 5
        }
    }

    package static func < (lhs: CertificateUrgency, rhs: CertificateUrgency) -> Bool { lhs.rank < rhs.rank }
}

/// One certificate's expiry, normalised to an absolute not-after time.
package struct CertificateRecord: Sendable, Hashable {
    /// The namespace the certificate belongs to (its workload's, its Secret's or cert-manager's).
    package var namespace: String
    /// The workload using it, when the telemetry says (nil for CA and cert-manager certificates).
    package var workload: String?
    /// Where the expiry came from.
    package var kind: CertificateKind
    /// A name: cert-manager Certificate name, Envoy cert name, `root`, `default`, a Secret or file path.
    package var name: String
    /// The not-after time in unix seconds, within ``UnixMilliseconds/secondsRange``; nil when the certificate
    /// was never issued or its reported expiry is ``CertificateUrgency/invalid`` (the value is in ``evidence``).
    package var notAfter: Int64?
    /// Seconds from the snapshot time to ``notAfter`` (negative once expired); nil without a ``notAfter``.
    package var secondsLeft: Int64?
    /// How close to expiry it is, by the thresholds of its kind.
    package var urgency: CertificateUrgency
    /// The source whose scrape reported it.
    package var source: String
    /// The series it came from.
    package var evidence: SeriesEvidence?

    /// Creates a record.
    package init(
        namespace: String,
        workload: String?,
        kind: CertificateKind,
        name: String,
        notAfter: Int64?,
        secondsLeft: Int64?,
        urgency: CertificateUrgency,
        source: String,
        evidence: SeriesEvidence? = nil
    ) {
        self.namespace = namespace
        self.workload = workload
        self.kind = kind
        self.name = name
        self.notAfter = notAfter
        self.secondsLeft = secondsLeft
        self.urgency = urgency
        self.source = source
        self.evidence = evidence
    }
}
