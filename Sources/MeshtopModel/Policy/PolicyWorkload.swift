/// A workload as policy resolution sees it: where it lives and the labels its pods carry.
package struct PolicyWorkload: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the labels came from, which decides whether a selector match is certain.
    package enum LabelSource: String, Sendable, Hashable, Codable {
        /// Real pod labels (`--pods`): selector matches are exact.
        case pods
        /// Only the `app` / `version` labels that telemetry carries: selector matches are a guess.
        case telemetry
    }

    /// The workload's namespace.
    package var namespace: String
    /// The workload name (Deployment, StatefulSet, … or the `app` label).
    package var name: String
    /// The pod labels selectors are matched against.
    package var labels: [String: String]
    /// Where `labels` came from.
    package var labelSource: LabelSource

    /// Creates a workload.
    package init(namespace: String, name: String, labels: [String: String], labelSource: LabelSource) {
        self.namespace = namespace
        self.name = name
        self.labels = labels
        self.labelSource = labelSource
    }

    /// A workload known only from telemetry: its `app` and `version` labels, when the telemetry has them.
    package static func fromTelemetry(namespace: String, name: String, app: String?, version: String?) -> PolicyWorkload
    {
        var labels: [String: String] = [:]
        if let app, !app.isEmpty, app != "unknown" { labels["app"] = app }
        if let version, !version.isEmpty, version != "unknown" { labels["version"] = version }
        return PolicyWorkload(namespace: namespace, name: name, labels: labels, labelSource: .telemetry)
    }

    /// `namespace/name`.
    package var description: String { "\(namespace)/\(name)" }

    /// The fully qualified host of the service assumed to front this workload: its `app` label (else its
    /// name) in its namespace. meshtop has no Service objects, so this is the usual naming convention.
    package var serviceHost: String {
        ServiceHost.fullyQualified(service: labels["app"] ?? name, namespace: namespace)
    }

    /// Whether every label of `selector` is on this workload with the same value.
    package func matches(_ selector: [String: String]) -> Bool {
        selector.allSatisfy { key, value in labels[key] == value }
    }
}
