/// TLS handshake outcomes of one workload: inbound (its listeners) and outbound (its clusters).
package struct HandshakeFailures: Sendable, Hashable {
    /// Outcomes on the workload's listeners: clients connecting to it.
    package var inbound: HandshakeCounts
    /// Outcomes on the workload's clusters: the workload connecting to others.
    package var outbound: HandshakeCounts
    /// Outbound outcomes by destination service (from Istio cluster names `outbound|port|subset|host`),
    /// sorted by service.
    package var outboundByService: [ServiceHandshakes]
    /// Whether the workload's dumps held any listener or cluster `ssl.*` stats at all. When false the
    /// figures are not zero but unknown (Istio hides them unless `proxyStatsMatcher` includes them).
    package var statsPresent: Bool

    /// Creates handshake outcomes.
    package init(
        inbound: HandshakeCounts = .zero,
        outbound: HandshakeCounts = .zero,
        outboundByService: [ServiceHandshakes] = [],
        statsPresent: Bool = false
    ) {
        self.inbound = inbound
        self.outbound = outbound
        self.outboundByService = outboundByService
        self.statsPresent = statsPresent
    }

    /// Inbound and outbound together.
    package var combined: HandshakeCounts { inbound + outbound }

    /// All failed handshakes, inbound and outbound.
    package var total: Double { combined.failures }
}

/// Outbound handshake outcomes towards one destination service.
package struct ServiceHandshakes: Sendable, Hashable {
    /// The destination service host (`reviews.default.svc.cluster.local`) or the raw cluster name.
    package var service: String
    /// The outcomes.
    package var counts: HandshakeCounts

    /// Creates outcomes for a service.
    package init(service: String, counts: HandshakeCounts) {
        self.service = service
        self.counts = counts
    }
}
