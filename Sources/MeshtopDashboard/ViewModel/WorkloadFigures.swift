import MeshtopModel

/// A workload row: the model's ``WorkloadSummary``, with what the dashboard joins to it once per update.
///
/// Every traffic figure is the summary's own (see `WorkloadSummary+Presentation.swift`). Kept here is only
/// what the summary does not hold: the mode and STRICT verdict the policies give the workload (from the
/// ``PolicyOverlay``), and its most urgent certificate with the limits of its kind (joined from the snapshot's
/// certificates, which the summary knows only by the earliest not-after).
package struct WorkloadFigures: Hashable, Sendable {
    /// The model's figures of the workload.
    package var summary: WorkloadSummary
    /// Effective mode, when a policy was given.
    package var mode: MutualTLSMode?
    /// Where the mode comes from (`namespace policy default`), when a policy was given.
    package var modeOrigin: String?
    /// Whether it could switch to STRICT now, and who would break, when a policy was given.
    package var readiness: StrictReadiness?
    /// Seconds left on its most urgent certificate (the soonest among equally urgent ones), at the data time.
    package var soonestCertificate: Int64?
    /// The limits of that certificate's kind.
    package var soonestCertificateLimits: CertificateLimits = .unspecified

    /// Creates a row of `summary`; policy and certificate are joined by the adapter.
    package init(_ summary: WorkloadSummary) {
        self.summary = summary
    }

    /// Identity.
    package var id: WorkloadID { summary.id }
    /// Inbound requests by class: per second over a window, counter totals of a single scrape.
    package var requests: ClassCounts { summary.shownTraffic.requests }
    /// Inbound connections by class: per second over a window, counter totals of a single scrape.
    package var connections: ClassCounts { summary.shownTraffic.tcpConnections }
    /// Distinct sources sending it plaintext or unverified traffic.
    package var plaintextSources: Int { summary.insecureSources.count }
    /// Failed handshakes: per second over a window, the count of a single scrape.
    package var handshakeFailures: Double { summary.shownHandshakeFailures }
    /// Recent plaintext requests and connections per history step, oldest first, for the sparkline.
    package var plaintextTrend: [Double] { summary.history.map(\.plaintext) }
    /// SPIFFE or other principal it presents (the first, when several).
    package var principal: String? { summary.principals.first }
}
