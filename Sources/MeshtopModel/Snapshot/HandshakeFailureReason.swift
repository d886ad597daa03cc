/// An Envoy `ssl.*` counter that explains how a TLS handshake ended.
package enum HandshakeFailureReason: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// `ssl.connection_error`: TLS failed for a reason other than certificate verification.
    case connectionError
    /// `ssl.fail_verify_no_cert`: the peer presented no certificate although one was required.
    case failVerifyNoCert
    /// `ssl.fail_verify_error`: the peer's certificate did not verify against the trusted CA.
    case failVerifyError
    /// `ssl.fail_verify_san`: the peer's certificate names an identity that is not allowed.
    case failVerifySAN
    /// `ssl.fail_verify_cert_hash`: the peer's certificate does not match the pinned hash.
    case failVerifyCertHash
    /// `ssl.no_certificate`: a handshake that succeeded without a client certificate (one-way TLS).
    case noCertificate

    /// The Envoy stat name after `ssl.` (`connection_error`, `fail_verify_no_cert`, …).
    package var statName: String { staticStatName.description }

    /// The stat name as a static string, for byte comparisons; ``statName`` is made from it.
    var staticStatName: StaticString {
        switch self {
        case .connectionError: "connection_error"
        case .failVerifyNoCert: "fail_verify_no_cert"
        case .failVerifyError: "fail_verify_error"
        case .failVerifySAN: "fail_verify_san"
        case .failVerifyCertHash: "fail_verify_cert_hash"
        case .noCertificate: "no_certificate"
        }
    }

    /// Whether the counter counts failed handshakes (all but ``noCertificate``).
    package var isFailure: Bool { self != .noCertificate }

    /// What the counter means for an operator, in one sentence.
    package var explanation: String {
        switch self {
        case .connectionError:
            "TLS connections failed for a reason other than certificate checks: protocol or cipher mismatch, "
                + "a peer that spoke plaintext to a TLS port, or a connection cut during the handshake."
        case .failVerifyNoCert:
            "A client came without a certificate: a plaintext or unmeshed client hitting a port that requires "
                + "mutual TLS (STRICT)."
        case .failVerifyError:
            "A peer's certificate was not signed by a trusted CA: mismatched roots after a CA rotation, or a "
                + "peer from another trust domain."
        case .failVerifySAN:
            "A peer's certificate names an identity this proxy does not accept: wrong service account or "
                + "destination rule subjectAltNames."
        case .failVerifyCertHash:
            "A peer's certificate did not match the pinned certificate hash."
        case .noCertificate:
            "Handshakes succeeded without a client certificate: the client is not authenticated (one-way TLS)."
        }
    }

    /// Finds the reason for an Envoy stat name after `ssl.`.
    package init?(statName: String) {
        guard let reason = Self.allCases.first(where: { $0.statName == statName }) else { return nil }
        self = reason
    }

    package static func < (lhs: HandshakeFailureReason, rhs: HandshakeFailureReason) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
