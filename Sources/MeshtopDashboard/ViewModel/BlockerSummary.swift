import MeshtopModel

/// One reason a switch to STRICT would break traffic, in the words the readiness screen shows.
package struct BlockerSummary: Hashable, Sendable {
    /// Why it blocks, in plain words (`plaintext caller`, `DestinationRule without mTLS`).
    package var reason: String
    /// The caller (`namespace/workload`) or the rule (`namespace/name`).
    package var source: String
    /// The destination workload.
    package var destination: WorkloadID
    /// The destination port, when known.
    package var port: Int?
    /// Non-mTLS requests and connections seen; nil for rules, which block whatever the traffic.
    package var observations: Double?

    /// Creates a blocker summary.
    package init(
        reason: String,
        source: String,
        destination: WorkloadID,
        port: Int? = nil,
        observations: Double? = nil
    ) {
        self.reason = reason
        self.source = source
        self.destination = destination
        self.port = port
        self.observations = observations
    }

    /// `legacy/batch → shop/cart:8080 plaintext caller`, with the arrow of `glyphs`.
    package func sentence(_ glyphs: Glyphs) -> String {
        let portText = port.map { ":\($0)" } ?? ""
        return "\(source) \(glyphs.arrow) \(destination.namespace)/\(destination.name)\(portText) \(reason)"
    }
}

extension BlockerSummary {
    /// The dashboard's form of a model blocker; the destination `namespace/workload` is split at its first `/`.
    init(_ blocker: ReadinessBlocker) {
        let parts = blocker.destination.split(separator: "/", maxSplits: 1).map(String.init)
        self.init(
            reason: blocker.kind.title,
            source: blocker.source,
            destination: WorkloadID(namespace: parts.first ?? "", name: parts.count > 1 ? parts[1] : ""),
            port: blocker.port,
            observations: blocker.kind == .destinationRuleDisablesTLS ? nil : blocker.observations
        )
    }
}
