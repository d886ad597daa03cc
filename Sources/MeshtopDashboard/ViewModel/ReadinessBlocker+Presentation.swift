import MeshtopModel

extension ReadinessBlocker {
    /// The destination as a workload; the model's `namespace/workload` is split at its first `/`.
    package var destinationWorkload: WorkloadID {
        let parts = destination.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        return WorkloadID(namespace: String(parts[0]), name: parts.count > 1 ? String(parts[1]) : "")
    }

    /// Non-mTLS requests and connections seen; nil for rules, which block whatever the traffic, and for
    /// callers with nothing counted.
    package var seen: Double? {
        kind == .destinationRuleDisablesTLS || observations == 0 ? nil : observations
    }

    /// `legacy/batch → shop/cart:8080 plaintext caller`, with the arrow of `glyphs`.
    package func sentence(_ glyphs: Glyphs) -> String {
        let portText = port.map { ":\($0)" } ?? ""
        return "\(source) \(glyphs.arrow) \(destination)\(portText) \(kind.title)"
    }
}
