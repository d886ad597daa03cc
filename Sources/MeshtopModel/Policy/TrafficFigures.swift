/// Requests and TCP connections over a window: counts, and per-second rates when the window has them.
///
/// Used for what a STRICT switch would refuse: for a single scrape there are counts but no rates.
package struct TrafficFigures: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Requests counted (totals for one scrape, increases over a window).
    package var requests: Double
    /// TCP connections counted.
    package var connections: Double
    /// Requests per second over the window; `nil` for a single scrape.
    package var requestsPerSecond: Double?
    /// Connections per second over the window; `nil` for a single scrape.
    package var connectionsPerSecond: Double?

    /// Creates figures.
    package init(
        requests: Double = 0,
        connections: Double = 0,
        requestsPerSecond: Double? = nil,
        connectionsPerSecond: Double? = nil
    ) {
        self.requests = requests
        self.connections = connections
        self.requestsPerSecond = requestsPerSecond
        self.connectionsPerSecond = connectionsPerSecond
    }

    /// Nothing counted, with rates of zero.
    package static let zeroRates = TrafficFigures(requestsPerSecond: 0, connectionsPerSecond: 0)

    /// Whether nothing was counted.
    package var isZero: Bool { requests == 0 && connections == 0 }

    /// Whether rates are known (a window of two or more scrapes).
    package var hasRates: Bool { requestsPerSecond != nil && connectionsPerSecond != nil }

    /// Adds figure by figure; a rate is known only when both sides know it.
    package static func + (lhs: TrafficFigures, rhs: TrafficFigures) -> TrafficFigures {
        TrafficFigures(
            requests: lhs.requests + rhs.requests,
            connections: lhs.connections + rhs.connections,
            requestsPerSecond: lhs.requestsPerSecond.flatMap { left in rhs.requestsPerSecond.map { left + $0 } },
            connectionsPerSecond: lhs.connectionsPerSecond.flatMap { left in
                rhs.connectionsPerSecond.map { left + $0 }
            }
        )
    }

    /// Only the figures that are not zero (`1.5 req/s`, `116 connections`), or `0 req/s` / `0 requests`.
    package var nonZeroDescription: String {
        let rates = requestsPerSecond.flatMap { requests in connectionsPerSecond.map { (requests, $0) } }
        let (requestText, connectionText) =
            if let rates {
                ("\(NumberText.rounded(rates.0)) req/s", "\(NumberText.rounded(rates.1)) conn/s")
            } else {
                ("\(NumberText.short(requests)) requests", "\(NumberText.short(connections)) connections")
            }
        let showsRequests = rates.map { $0.0 != 0 || $0.1 == 0 } ?? (requests != 0 || connections == 0)
        let showsConnections = rates.map { $0.1 != 0 } ?? (connections != 0)
        return [showsRequests ? requestText : nil, showsConnections ? connectionText : nil].compactMap { $0 }
            .joined(separator: ", ")
    }

    /// `1.5 req/s, 0.4 conn/s` over a window; `451 requests, 116 connections` for a single scrape.
    package var description: String {
        if let requestsPerSecond, let connectionsPerSecond {
            return "\(NumberText.rounded(requestsPerSecond)) req/s, \(NumberText.rounded(connectionsPerSecond)) conn/s"
        }
        return "\(NumberText.short(requests)) requests, \(NumberText.short(connections)) connections"
    }
}
