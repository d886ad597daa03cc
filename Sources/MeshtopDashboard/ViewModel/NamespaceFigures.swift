import MeshtopModel

/// A namespace row: the model's ``NamespaceSummary``, with what the dashboard joins to it once per update.
///
/// Every traffic figure is the summary's own (see `NamespaceSummary+Presentation.swift`). Kept here is only
/// what the summary does not hold: the mode and STRICT verdict the policies give the namespace (from the
/// ``PolicyOverlay``), its migration-plan step, and its most urgent certificate with the limits of its kind
/// (joined from the snapshot's certificates, which the summary knows only by the earliest not-after).
package struct NamespaceFigures: Hashable, Sendable {
    /// The model's figures of the namespace.
    package var summary: NamespaceSummary
    /// Effective namespace-wide mode, when a policy was given.
    package var mode: MutualTLSMode?
    /// Where the mode comes from (`mesh default`), when a policy was given.
    package var modeOrigin: String?
    /// Whether the namespace could switch to STRICT now, and who would break, when a policy was given.
    package var readiness: StrictReadiness?
    /// Its step of the STRICT migration plan, in words (`switch to STRICT: PeerAuthentication …`).
    package var planStep: String?
    /// The objects of that step as YAML for `kubectl apply -f`, when it has any.
    package var planYAML: String?
    /// Seconds left on its most urgent certificate (the soonest among equally urgent ones), at the data time.
    package var soonestCertificate: Int64?
    /// The limits of that certificate's kind.
    package var soonestCertificateLimits: CertificateLimits = .unspecified

    /// Creates a row of `summary`; policy and certificate are joined by the adapter.
    package init(_ summary: NamespaceSummary) {
        self.summary = summary
    }

    /// The namespace name.
    package var name: String { summary.name }
    /// Number of workloads.
    package var workloadCount: Int { summary.workloadCount }
    /// Inbound requests by class: per second over a window, counter totals of a single scrape.
    package var requests: ClassCounts { summary.shownTraffic.requests }
    /// Inbound connections by class: per second over a window, counter totals of a single scrape.
    package var connections: ClassCounts { summary.shownTraffic.tcpConnections }
    /// Distinct sources sending plaintext into it.
    package var plaintextSources: Int { summary.plaintextSources.count }
    /// Failed handshakes: per second over a window, the count of a single scrape.
    package var handshakeFailures: Double { summary.shownHandshakeFailures }
    /// Recent plaintext requests and connections per history step, oldest first, for the sparkline.
    package var plaintextTrend: [Double] { summary.history.map(\.plaintext) }
}
