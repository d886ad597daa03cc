import MeshtopModel

/// TLS handshake failures of one workload for one reason.
package struct HandshakeFailureSummary: Hashable, Sendable {
    /// The workload whose proxy counted them.
    package var workload: WorkloadID
    /// The counter's reason, e.g. `fail_verify_no_cert`.
    package var reason: String
    /// Failures per second.
    package var rate: Double
    /// What the reason means for an operator.
    package var explanation: String

    /// Creates a summary.
    package init(workload: WorkloadID, reason: String, rate: Double, explanation: String) {
        self.workload = workload
        self.reason = reason
        self.rate = rate
        self.explanation = explanation
    }
}
