/// Requests, TCP connections and TCP bytes, each split by ``SecurityClass``.
///
/// For a single scrape these are counter totals since the proxies started; for a window of scrapes they
/// are increases over the window (counter resets handled as Prometheus `increase()` does).
package struct TrafficCounts: Sendable, Hashable {
    /// HTTP and gRPC requests (`istio_requests_total`, Linkerd `request_total`).
    package var requests: ClassCounts
    /// TCP connections opened (`istio_tcp_connections_opened_total`, Linkerd `tcp_open_total`).
    package var tcpConnections: ClassCounts
    /// TCP bytes sent plus received (`istio_tcp_{sent,received}_bytes_total`).
    package var tcpBytes: ClassCounts

    /// Creates counts; every figure defaults to zero.
    package init(requests: ClassCounts = .zero, tcpConnections: ClassCounts = .zero, tcpBytes: ClassCounts = .zero) {
        self.requests = requests
        self.tcpConnections = tcpConnections
        self.tcpBytes = tcpBytes
    }

    /// All zero.
    package static let zero = TrafficCounts()

    /// Whether nothing was counted.
    package var isZero: Bool { requests.isZero && tcpConnections.isZero && tcpBytes.isZero }

    /// Whether the destination saw plaintext requests or connections.
    package var hasPlaintext: Bool { requests.plaintext + tcpConnections.plaintext > 0 }

    /// Whether the destination reported `unknown` security (ambient plaintext) for requests or connections.
    package var hasUnverified: Bool { requests.unverified + tcpConnections.unverified > 0 }

    /// Adds two counts figure by figure.
    package static func + (lhs: TrafficCounts, rhs: TrafficCounts) -> TrafficCounts {
        TrafficCounts(
            requests: lhs.requests + rhs.requests,
            tcpConnections: lhs.tcpConnections + rhs.tcpConnections,
            tcpBytes: lhs.tcpBytes + rhs.tcpBytes
        )
    }

    /// Adds `rhs` to `lhs` figure by figure.
    package static func += (lhs: inout TrafficCounts, rhs: TrafficCounts) { lhs = lhs + rhs }

    /// Every figure divided by `seconds`: rates per second.
    package func perSecond(over seconds: Double) -> TrafficCounts {
        TrafficCounts(
            requests: requests.perSecond(over: seconds),
            tcpConnections: tcpConnections.perSecond(over: seconds),
            tcpBytes: tcpBytes.perSecond(over: seconds)
        )
    }

    /// The share of destination-reported requests and connections that is not mutual TLS, or nil when the
    /// destination reported none.
    package var insecureShare: Double? {
        let combined = requests + tcpConnections
        return combined.insecureShare
    }
}
