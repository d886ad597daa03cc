/// Every limit the model judges with; all configurable.
package struct Thresholds: Sendable, Hashable {
    /// Short-lived certificates (Istio workload, Envoy, Linkerd proxy): warn with this many seconds left.
    package var shortLivedWarningSeconds: Int64
    /// Short-lived certificates: critical with this many seconds left.
    package var shortLivedCriticalSeconds: Int64
    /// Long-lived certificates (CA, cert-manager, x509): warn with this many seconds left.
    package var longLivedWarningSeconds: Int64
    /// Long-lived certificates: critical with this many seconds left.
    package var longLivedCriticalSeconds: Int64
    /// Over a window: failed handshakes per second of one workload that raise a warning.
    package var handshakeFailureWarningRate: Double
    /// Over a window: failed handshakes per second of one workload that make the alert critical.
    package var handshakeFailureCriticalRate: Double
    /// For a single scrape (totals since proxy start): failed handshakes of one workload that raise a warning.
    package var handshakeFailureWarningCount: Double
    /// A source is stale when its latest scrape is older than this many of its intervals behind the newest.
    package var staleAfterIntervals: Double
    /// The interval assumed for a source with a single scrape, in seconds.
    package var defaultScrapeIntervalSeconds: Double
    /// How many steps of history to keep per namespace and workload.
    package var historyLength: Int
    /// How many evidence series to keep per edge or workload.
    package var evidenceLimit: Int
    /// Linkerd target ports whose plaintext is expected (the proxy admin port, scraped by Prometheus).
    package var ignoredPlaintextPorts: Set<String>

    /// Creates thresholds; the defaults follow the issue and the tools operators already use.
    package init(
        shortLivedWarningSeconds: Int64 = 2 * 3600,
        shortLivedCriticalSeconds: Int64 = 30 * 60,
        longLivedWarningSeconds: Int64 = 30 * 86400,
        longLivedCriticalSeconds: Int64 = 7 * 86400,
        handshakeFailureWarningRate: Double = 0.1,
        handshakeFailureCriticalRate: Double = 1,
        handshakeFailureWarningCount: Double = 10,
        staleAfterIntervals: Double = 3,
        defaultScrapeIntervalSeconds: Double = 15,
        historyLength: Int = 60,
        evidenceLimit: Int = 4,
        ignoredPlaintextPorts: Set<String> = ["4191"]
    ) {
        self.shortLivedWarningSeconds = shortLivedWarningSeconds
        self.shortLivedCriticalSeconds = shortLivedCriticalSeconds
        self.longLivedWarningSeconds = longLivedWarningSeconds
        self.longLivedCriticalSeconds = longLivedCriticalSeconds
        self.handshakeFailureWarningRate = handshakeFailureWarningRate
        self.handshakeFailureCriticalRate = handshakeFailureCriticalRate
        self.handshakeFailureWarningCount = handshakeFailureWarningCount
        self.staleAfterIntervals = staleAfterIntervals
        self.defaultScrapeIntervalSeconds = defaultScrapeIntervalSeconds
        self.historyLength = historyLength
        self.evidenceLimit = evidenceLimit
        self.ignoredPlaintextPorts = ignoredPlaintextPorts
    }

    /// The urgency of a certificate of `kind` with `secondsLeft`.
    package func urgency(of kind: CertificateKind, secondsLeft: Int64) -> CertificateUrgency {
        certificateLimits(of: kind).urgency(secondsLeft: secondsLeft)
    }

    /// The warning and critical limits for certificates of `kind`.
    package func certificateLimits(of kind: CertificateKind) -> CertificateLimits {
        kind.isShortLived
            ? CertificateLimits(warning: shortLivedWarningSeconds, critical: shortLivedCriticalSeconds)
            : CertificateLimits(warning: longLivedWarningSeconds, critical: longLivedCriticalSeconds)
    }
}
