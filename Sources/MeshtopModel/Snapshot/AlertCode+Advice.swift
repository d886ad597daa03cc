extension AlertCode {
    /// What an operator can do about an alert of this code, in one sentence.
    package var advice: String {
        switch self {
        case .plaintextIntoWorkload:
            "Give the callers a sidecar (or ambient), or keep the destination PERMISSIVE until they have one."
        case .unverifiedTraffic:
            "Check the callers run in the mesh: ambient reports its plaintext passthrough as unknown."
        case .destinationWithoutProxy:
            "Inject a proxy into the destination, or accept that traffic to it cannot be mutual TLS."
        case .handshakeFailures:
            "Look at the failing reason: callers without mesh certificates, expired or wrong certificates."
        case .handshakeStatsMissing:
            "Add ssl stats to proxyStatsMatcher (inclusionRegexps: .*ssl.*) so handshake failures show."
        case .certificateExpiring:
            "Check the issuer can renew it (istiod CSR errors, cert-manager Certificate status)."
        case .certificateExpired:
            "Renew it now: connections that present it fail verification."
        case .certificateNotIssued:
            "Look at the cert-manager Certificate's events: it was never issued."
        case .certificateExpiryInvalid:
            "The gauge is not a date: check the exporter that reports it."
        case .sourceStale:
            "Check the source answers: meshtop is showing data that is getting old."
        }
    }
}
