import MeshtopModel

extension WorkloadSummary {
    /// The traffic tables show: the per-second ``rates`` over a window, or the counter totals of a single
    /// scrape (no ``rates``), whose titles then lose their `/S`.
    package var shownTraffic: TrafficCounts { rates ?? traffic }

    /// The failed handshakes tables show, in the same unit as ``shownTraffic``: the per-second
    /// ``handshakeFailuresPerSecond`` over a window, never the count behind it.
    package var shownHandshakeFailures: Double {
        rates == nil ? handshakeFailures.total : handshakeFailuresPerSecond ?? 0
    }
}
