/// Successful handshakes and the `ssl.*` counters by reason, for one listener, cluster or workload.
package struct HandshakeCounts: Sendable, Hashable {
    /// Successful handshakes (`ssl.handshake`).
    package var handshakes: Double
    /// The counters by reason, indexed by ``HandshakeFailureReason/rawValue``.
    package var byReason: [Double]

    /// Creates counts; zero by default.
    package init(handshakes: Double = 0, byReason: [HandshakeFailureReason: Double] = [:]) {
        self.handshakes = handshakes
        self.byReason = HandshakeFailureReason.allCases.map { byReason[$0] ?? 0 }
    }

    /// All zero.
    package static let zero = HandshakeCounts()

    /// The counter for one reason.
    package subscript(reason: HandshakeFailureReason) -> Double {
        get { byReason[reason.rawValue] }
        set { byReason[reason.rawValue] = newValue }
    }

    /// Failed handshakes: every reason but `no_certificate`.
    package var failures: Double {
        HandshakeFailureReason.allCases.reduce(0) { $1.isFailure ? $0 + self[$1] : $0 }
    }

    /// Failures over all attempts (failures plus successful handshakes), or nil without any attempt.
    package var failureRatio: Double? {
        let attempts = failures + handshakes
        return attempts > 0 ? failures / attempts : nil
    }

    /// Adds two counts reason by reason.
    package static func + (lhs: HandshakeCounts, rhs: HandshakeCounts) -> HandshakeCounts {
        var sum = lhs
        sum.handshakes += rhs.handshakes
        for index in sum.byReason.indices { sum.byReason[index] += rhs.byReason[index] }
        return sum
    }

    /// Adds `rhs` to `lhs` reason by reason, in place (`lhs = lhs + rhs` copied the counters every time).
    package static func += (lhs: inout HandshakeCounts, rhs: HandshakeCounts) {
        lhs.handshakes += rhs.handshakes
        for index in lhs.byReason.indices { lhs.byReason[index] += rhs.byReason[index] }
    }
}
