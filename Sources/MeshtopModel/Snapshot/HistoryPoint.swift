/// One step of a namespace's or workload's recent history, for sparklines: the increases between two
/// scrapes (a source's first scrape only sets the baseline and adds no point).
package struct HistoryPoint: Sendable, Hashable {
    /// The scrape time closing the step (unix milliseconds).
    package var time: Int64
    /// Requests by class during the step.
    package var requests: ClassCounts
    /// TCP connections by class during the step.
    package var tcpConnections: ClassCounts
    /// Failed TLS handshakes during the step.
    package var handshakeFailures: Double
    /// The step's length in seconds.
    package var seconds: Double

    /// Creates a point.
    package init(
        time: Int64,
        requests: ClassCounts = .zero,
        tcpConnections: ClassCounts = .zero,
        handshakeFailures: Double = 0,
        seconds: Double = 0
    ) {
        self.time = time
        self.requests = requests
        self.tcpConnections = tcpConnections
        self.handshakeFailures = handshakeFailures
        self.seconds = seconds
    }
}
