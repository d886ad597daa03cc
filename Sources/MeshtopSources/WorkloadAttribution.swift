/// The workload a raw per-pod dump belongs to, given on the command line as `ns/workload=URL`.
package struct WorkloadAttribution: Sendable, Hashable, CustomStringConvertible {
    /// The Kubernetes namespace.
    package var namespace: String
    /// The workload name within the namespace.
    package var workload: String

    /// Creates an attribution.
    package init(namespace: String, workload: String) {
        self.namespace = namespace
        self.workload = workload
    }

    /// Parses `ns/workload`; returns nil unless both parts are non-empty and there is exactly one slash.
    package init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        guard !text.contains(where: { $0 == " " || $0 == "=" || $0.isNewline }) else { return nil }
        self.init(namespace: String(parts[0]), workload: String(parts[1]))
    }

    /// The `ns/workload` form.
    package var description: String { "\(namespace)/\(workload)" }
}
